import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { MemberListFilters, RegionChoice } from "@/lib/members/queries";
import { memberStatuses, organFilters } from "@/lib/members/schemas";

/** The directory's search and filters; the territory lists hold only the viewer's scope. */
export function MemberFilters({ filters, regions, t, all }: { filters: MemberListFilters; regions: RegionChoice[]; t: Dictionary["members"]; all: string }) {
  const provinceGroups = filters.regionId ? regions.filter((r) => r.id === filters.regionId) : regions;
  const provinces = (g: RegionChoice) => g.provinces.map((p) => ({ value: p.id, label: p.name }));
  return (
    <FilterBar action="/members" label={t.filters.title} submitLabel={t.filters.submit} resetLabel={t.filters.reset}>
      <FilterText name="q" type="search" label={t.filters.search} hint={t.filters.searchHint} defaultValue={filters.q} wide />
      <FilterSelect
        name="region"
        label={t.filters.region}
        allLabel={regions.length > 1 ? all : undefined}
        defaultValue={filters.regionId}
        options={regions.map((region) => ({ value: region.id, label: region.name }))}
      />
      <FilterSelect
        name="province"
        label={t.filters.province}
        allLabel={regions.flatMap((r) => r.provinces).length > 1 ? all : undefined}
        defaultValue={filters.provinceId}
        groups={provinceGroups.length > 1 ? provinceGroups.map((g) => ({ label: g.name, options: provinces(g) })) : undefined}
        options={provinceGroups.length > 1 ? undefined : provinceGroups[0] ? provinces(provinceGroups[0]) : []}
      />
      <FilterSelect name="status" label={t.filters.status} allLabel={all} defaultValue={filters.status} options={memberStatuses.map((s) => ({ value: s, label: t.status[s] }))} />
      <FilterSelect name="organ" label={t.filters.organ} allLabel={all} defaultValue={filters.organ} options={organFilters.map((o) => ({ value: o, label: t.organFilter[o] }))} />
    </FilterBar>
  );
}
