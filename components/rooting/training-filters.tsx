import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { TrainingFilters } from "@/lib/rooting/schemas";
import { trainingLevels, trainingStatuses } from "@/lib/rooting/schemas";

/** The trainings' filters: level, region, status, plan and a span of dates. */
export function TrainingFiltersForm({
  filters,
  regions,
  plans,
  t,
}: {
  filters: TrainingFilters;
  regions: { id: number; name: string }[];
  plans: { id: number; title: string }[];
  t: Dictionary["rooting"];
}) {
  const f = t.trainings.filters;
  return (
    <FilterBar action="/rooting/trainings" label={f.title} submitLabel={f.apply} resetLabel={f.reset}>
      <FilterSelect name="level" label={f.level} allLabel={f.all} defaultValue={filters.level} options={trainingLevels.map((l) => ({ value: l, label: t.levels[l] }))} />
      <FilterSelect name="region" label={f.region} allLabel={f.all} defaultValue={filters.region} options={regions.map((r) => ({ value: r.id, label: r.name }))} />
      <FilterSelect name="status" label={f.status} allLabel={f.all} defaultValue={filters.status} options={trainingStatuses.map((s) => ({ value: s, label: t.statuses[s] }))} />
      <FilterSelect name="plan" label={f.plan} allLabel={f.all} defaultValue={filters.plan} options={plans.map((p) => ({ value: p.id, label: p.title }))} />
      <FilterText name="from" type="date" label={f.from} defaultValue={filters.from} />
      <FilterText name="to" type="date" label={f.to} defaultValue={filters.to} />
    </FilterBar>
  );
}
