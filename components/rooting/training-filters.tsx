import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { TrainingFilters } from "@/lib/rooting/schemas";
import { trainingLevels, trainingStatuses } from "@/lib/rooting/schemas";

type Text = Dictionary["rooting"];

const control = "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 focus:border-brand-600";

/** The list's filters as a plain GET form: each filtered list has its own address, no script needed. */
export function TrainingFiltersForm({ filters, regions, plans, t }: { filters: TrainingFilters; regions: { id: number; name: string }[]; plans: { id: number; title: string }[]; t: Text }) {
  const f = t.trainings.filters;
  const select = (name: string, label: string, value: string | number | undefined, options: { value: string | number; label: string }[]) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{f.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/rooting/trainings" aria-label={f.title} className="mb-5 rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-6">
        {select("level", f.level, filters.level, trainingLevels.map((l) => ({ value: l, label: t.levels[l] })))}
        {select("region", f.region, filters.region, regions.map((r) => ({ value: r.id, label: r.name })))}
        {select("status", f.status, filters.status, trainingStatuses.map((s) => ({ value: s, label: t.statuses[s] })))}
        {select("plan", f.plan, filters.plan, plans.map((p) => ({ value: p.id, label: p.title })))}
        <div className="space-y-1">
          <label htmlFor="filter-from" className="block text-sm font-medium text-stone-800">
            {f.from}
          </label>
          <input id="filter-from" name="from" type="date" dir="ltr" defaultValue={filters.from ?? ""} className={control} />
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-to" className="block text-sm font-medium text-stone-800">
            {f.to}
          </label>
          <input id="filter-to" name="to" type="date" dir="ltr" defaultValue={filters.to ?? ""} className={control} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary", "sm")}>
          {f.apply}
        </button>
        <Link href="/rooting/trainings" className={buttonClass("ghost", "sm")}>
          {f.reset}
        </Link>
      </div>
    </form>
  );
}
