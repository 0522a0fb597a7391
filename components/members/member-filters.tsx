import { Search } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { MemberListFilters, RegionChoice } from "@/lib/members/queries";
import { memberStatuses, organFilters } from "@/lib/members/schemas";

const controlClass =
  "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base text-stone-900 shadow-xs focus:border-brand-600";

function Field({ id, label, hint, children, className }: { id: string; label: string; hint?: string; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The directory's search and filters: a plain GET form, so it works without JavaScript and every
 * result page has its own address. The territory lists hold only the viewer's scope.
 */
export function MemberFilters({
  filters,
  regions,
  t,
  all,
}: {
  filters: MemberListFilters;
  regions: RegionChoice[];
  t: Dictionary["members"];
  all: string;
}) {
  const provinceGroups = filters.regionId ? regions.filter((r) => r.id === filters.regionId) : regions;
  return (
    <form method="get" action="/members" role="search" aria-label={t.filters.title} className="mb-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Field id="member-search" label={t.filters.search} hint={t.filters.searchHint} className="col-span-2 lg:col-span-4">
          <input
            id="member-search"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            aria-describedby="member-search-hint"
            autoComplete="off"
            maxLength={100}
            className={controlClass}
          />
        </Field>
        <Field id="member-region" label={t.filters.region}>
          <select id="member-region" name="region" defaultValue={filters.regionId ?? ""} className={controlClass}>
            {regions.length > 1 ? <option value="">{all}</option> : null}
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="member-province" label={t.filters.province}>
          <select id="member-province" name="province" defaultValue={filters.provinceId ?? ""} className={controlClass}>
            {regions.flatMap((r) => r.provinces).length > 1 ? <option value="">{all}</option> : null}
            {provinceGroups.length > 1
              ? provinceGroups.map((region) => (
                  <optgroup key={region.id} label={region.name}>
                    {region.provinces.map((province) => (
                      <option key={province.id} value={province.id}>
                        {province.name}
                      </option>
                    ))}
                  </optgroup>
                ))
              : provinceGroups[0]?.provinces.map((province) => (
                  <option key={province.id} value={province.id}>
                    {province.name}
                  </option>
                ))}
          </select>
        </Field>
        <Field id="member-status" label={t.filters.status}>
          <select id="member-status" name="status" defaultValue={filters.status ?? ""} className={controlClass}>
            <option value="">{all}</option>
            {memberStatuses.map((status) => (
              <option key={status} value={status}>
                {t.status[status]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="member-organ" label={t.filters.organ}>
          <select id="member-organ" name="organ" defaultValue={filters.organ ?? ""} className={controlClass}>
            <option value="">{all}</option>
            {organFilters.map((organ) => (
              <option key={organ} value={organ}>
                {t.organFilter[organ]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary", "md")}>
          <Search aria-hidden="true" size={18} />
          {t.filters.submit}
        </button>
        <Link href="/members" className={buttonClass("secondary", "md")}>
          {t.filters.reset}
        </Link>
      </div>
    </form>
  );
}
