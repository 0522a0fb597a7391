import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { continents, countryChoices } from "@/lib/diplomacy/countries";
import type { PartyFilters as Filters } from "@/lib/diplomacy/queries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** The partner parties' search and filters: by name, continent and country. */
export function PartyFilters({ filters, locale, t, all }: { filters: Filters; locale: Locale; t: Dictionary["diplomacy"]; all: string }) {
  const f = t.parties.filters;
  return (
    <FilterBar action="/diplomacy/parties" label={f.title} submitLabel={f.submit} resetLabel={f.reset}>
      <FilterText name="q" type="search" label={f.search} hint={f.searchHint} defaultValue={filters.q} wide />
      <FilterSelect name="continent" label={f.continent} allLabel={all} defaultValue={filters.continent} options={continents.map((c) => ({ value: c, label: t.continents[c] }))} />
      <FilterSelect name="country" label={f.country} allLabel={all} defaultValue={filters.country} options={countryChoices(locale, filters.continent)} />
    </FilterBar>
  );
}
