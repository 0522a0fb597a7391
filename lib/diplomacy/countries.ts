import type { Locale } from "@/lib/i18n/config";

export const continents = ["africa", "asia", "europe", "northAmerica", "southAmerica", "oceania"] as const;
export type Continent = (typeof continents)[number];

/**
 * The countries of the party's partners, by ISO 3166-1 alpha-2 code and continent. A party row
 * stores only the code; its continent comes from here, so filtering by continent is
 * `country IN (...)`, and its names from the Unicode CLDR data that ships with Node and the
 * browsers (Intl.DisplayNames). The Arab countries of the Near East are in Asia, those of North
 * Africa in Africa.
 */
const codesByContinent = {
  africa: ["DZ", "MR", "TN", "LY", "EG", "SD", "AO", "SN", "ML", "NE", "BF", "CI", "GN", "GA", "CM", "CG", "NG", "GH", "ET", "KE", "TZ", "MZ", "ZA", "CV"],
  asia: ["PS", "LB", "IQ", "SY", "JO", "YE", "SA", "AE", "QA", "KW", "BH", "OM", "TR", "IR", "CN", "VN", "JP", "KR", "LA", "IN", "PK", "ID", "MY", "AZ", "KZ"],
  europe: ["CY", "GR", "FR", "ES", "PT", "IT", "BE", "NL", "DE", "GB", "IE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "CZ", "HU", "RO", "BG", "RS", "MT", "RU", "UA"],
  northAmerica: ["US", "CA", "MX", "CU", "DO", "GT", "SV", "HN", "NI", "CR", "PA"],
  southAmerica: ["PE", "BR", "AR", "CL", "CO", "VE", "EC", "BO", "PY", "UY"],
  oceania: ["AU", "NZ"],
} as const satisfies Record<Continent, readonly string[]>;

export type CountryCode = (typeof codesByContinent)[Continent][number];

const continentByCode = new Map<string, Continent>(continents.flatMap((c) => codesByContinent[c].map((code) => [code, c] as const)));

export const countryCodes = continents.flatMap((c) => codesByContinent[c]) as CountryCode[] as [CountryCode, ...CountryCode[]];

/** Where the party's own usage differs from CLDR's: it writes فلسطين, not "the Palestinian territories". */
const partyUsage: Partial<Record<CountryCode, Record<Locale, string>>> = {
  PS: { ar: "فلسطين", fr: "Palestine" },
};

const displayNames: Partial<Record<Locale, Intl.DisplayNames>> = {};

export function isCountryCode(code: unknown): code is CountryCode {
  return typeof code === "string" && continentByCode.has(code);
}

/** The country's name in the viewer's language; an unknown code is shown as it is. */
export function countryName(code: string, locale: Locale): string {
  if (!isCountryCode(code)) return code;
  const names = (displayNames[locale] ??= new Intl.DisplayNames([locale], { type: "region", fallback: "code" }));
  return partyUsage[code]?.[locale] ?? names.of(code) ?? code;
}

export function continentOf(code: string): Continent | null {
  return continentByCode.get(code) ?? null;
}

/** The codes of a continent's countries: the `IN (...)` list of a continent filter. */
export function countriesOf(continent: Continent): CountryCode[] {
  return [...codesByContinent[continent]];
}

/** The countries as choices, sorted by their name in the viewer's language. */
export function countryChoices(locale: Locale, only?: Continent | null): { value: CountryCode; label: string }[] {
  const collator = new Intl.Collator(locale === "ar" ? "ar" : "fr");
  return countryCodes
    .filter((code) => !only || continentOf(code) === only)
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Counts by country folded into counts by continent, in the continents' fixed order. */
export function countsByContinent(byCountry: { country: string; count: number }[]): { continent: Continent; count: number }[] {
  const totals = new Map<Continent, number>();
  for (const row of byCountry) {
    const continent = continentOf(row.country);
    if (continent) totals.set(continent, (totals.get(continent) ?? 0) + row.count);
  }
  return continents.filter((c) => totals.has(c)).map((continent) => ({ continent, count: totals.get(continent)! }));
}

/** Orders country codes by their names in the viewer's language (الجزائر before الصين, not DZ after CN). */
export function byCountryName(locale: Locale): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale === "ar" ? "ar" : "fr");
  return (a, b) => collator.compare(countryName(a, locale), countryName(b, locale));
}
