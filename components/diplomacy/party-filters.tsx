import { Search } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { continents, countryChoices } from "@/lib/diplomacy/countries";
import type { PartyFilters as Filters } from "@/lib/diplomacy/queries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";

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

/** Search and filters as a plain GET form: every result page has its own address, and no script is needed. */
export function PartyFilters({ filters, locale, t, all }: { filters: Filters; locale: Locale; t: Dictionary["diplomacy"]; all: string }) {
  const f = t.parties.filters;
  return (
    <form method="get" action="/diplomacy/parties" role="search" aria-label={f.title} className="mb-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="party-search" label={f.search} hint={f.searchHint} className="sm:col-span-2">
          <input
            id="party-search"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            aria-describedby="party-search-hint"
            autoComplete="off"
            maxLength={100}
            className={controlClass}
          />
        </Field>
        <Field id="party-continent" label={f.continent}>
          <select id="party-continent" name="continent" defaultValue={filters.continent ?? ""} className={controlClass}>
            <option value="">{all}</option>
            {continents.map((c) => (
              <option key={c} value={c}>
                {t.continents[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="party-country" label={f.country}>
          <select id="party-country" name="country" defaultValue={filters.country ?? ""} className={controlClass}>
            <option value="">{all}</option>
            {countryChoices(locale, filters.continent).map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary", "md")}>
          <Search aria-hidden="true" size={18} />
          {f.submit}
        </button>
        <Link href="/diplomacy/parties" className={buttonClass("secondary", "md")}>
          {f.reset}
        </Link>
      </div>
    </form>
  );
}
