import type { Locale } from "@/lib/i18n/config";

export const continents = ["africa", "asia", "europe", "northAmerica", "southAmerica", "oceania"] as const;
export type Continent = (typeof continents)[number];

interface Country {
  ar: string;
  fr: string;
  continent: Continent;
}

/**
 * The countries of the party's partners, by ISO 3166-1 alpha-2 code. A party row stores only the
 * code; its continent and names come from here, so filtering by continent is `country IN (...)`.
 * The Arab countries of the Near East are in Asia, those of North Africa in Africa.
 */
export const countries = {
  // Africa
  DZ: { ar: "الجزائر", fr: "Algérie", continent: "africa" },
  MR: { ar: "موريتانيا", fr: "Mauritanie", continent: "africa" },
  TN: { ar: "تونس", fr: "Tunisie", continent: "africa" },
  LY: { ar: "ليبيا", fr: "Libye", continent: "africa" },
  EG: { ar: "مصر", fr: "Égypte", continent: "africa" },
  SD: { ar: "السودان", fr: "Soudan", continent: "africa" },
  AO: { ar: "أنغولا", fr: "Angola", continent: "africa" },
  SN: { ar: "السينغال", fr: "Sénégal", continent: "africa" },
  ML: { ar: "مالي", fr: "Mali", continent: "africa" },
  NE: { ar: "النيجر", fr: "Niger", continent: "africa" },
  BF: { ar: "بوركينا فاسو", fr: "Burkina Faso", continent: "africa" },
  CI: { ar: "كوت ديفوار", fr: "Côte d'Ivoire", continent: "africa" },
  GN: { ar: "غينيا", fr: "Guinée", continent: "africa" },
  GA: { ar: "الغابون", fr: "Gabon", continent: "africa" },
  CM: { ar: "الكاميرون", fr: "Cameroun", continent: "africa" },
  CG: { ar: "الكونغو", fr: "Congo", continent: "africa" },
  NG: { ar: "نيجيريا", fr: "Nigeria", continent: "africa" },
  GH: { ar: "غانا", fr: "Ghana", continent: "africa" },
  ET: { ar: "إثيوبيا", fr: "Éthiopie", continent: "africa" },
  KE: { ar: "كينيا", fr: "Kenya", continent: "africa" },
  TZ: { ar: "تنزانيا", fr: "Tanzanie", continent: "africa" },
  MZ: { ar: "الموزمبيق", fr: "Mozambique", continent: "africa" },
  ZA: { ar: "جنوب إفريقيا", fr: "Afrique du Sud", continent: "africa" },
  CV: { ar: "الرأس الأخضر", fr: "Cap-Vert", continent: "africa" },
  // Asia
  PS: { ar: "فلسطين", fr: "Palestine", continent: "asia" },
  LB: { ar: "لبنان", fr: "Liban", continent: "asia" },
  IQ: { ar: "العراق", fr: "Irak", continent: "asia" },
  SY: { ar: "سوريا", fr: "Syrie", continent: "asia" },
  JO: { ar: "الأردن", fr: "Jordanie", continent: "asia" },
  YE: { ar: "اليمن", fr: "Yémen", continent: "asia" },
  SA: { ar: "السعودية", fr: "Arabie saoudite", continent: "asia" },
  AE: { ar: "الإمارات", fr: "Émirats arabes unis", continent: "asia" },
  QA: { ar: "قطر", fr: "Qatar", continent: "asia" },
  KW: { ar: "الكويت", fr: "Koweït", continent: "asia" },
  BH: { ar: "البحرين", fr: "Bahreïn", continent: "asia" },
  OM: { ar: "عمان", fr: "Oman", continent: "asia" },
  TR: { ar: "تركيا", fr: "Turquie", continent: "asia" },
  IR: { ar: "إيران", fr: "Iran", continent: "asia" },
  CN: { ar: "الصين", fr: "Chine", continent: "asia" },
  VN: { ar: "الفيتنام", fr: "Viêt Nam", continent: "asia" },
  JP: { ar: "اليابان", fr: "Japon", continent: "asia" },
  KR: { ar: "كوريا الجنوبية", fr: "Corée du Sud", continent: "asia" },
  LA: { ar: "لاوس", fr: "Laos", continent: "asia" },
  IN: { ar: "الهند", fr: "Inde", continent: "asia" },
  PK: { ar: "باكستان", fr: "Pakistan", continent: "asia" },
  ID: { ar: "إندونيسيا", fr: "Indonésie", continent: "asia" },
  MY: { ar: "ماليزيا", fr: "Malaisie", continent: "asia" },
  AZ: { ar: "أذربيجان", fr: "Azerbaïdjan", continent: "asia" },
  KZ: { ar: "كازاخستان", fr: "Kazakhstan", continent: "asia" },
  // Europe
  CY: { ar: "قبرص", fr: "Chypre", continent: "europe" },
  GR: { ar: "اليونان", fr: "Grèce", continent: "europe" },
  FR: { ar: "فرنسا", fr: "France", continent: "europe" },
  ES: { ar: "إسبانيا", fr: "Espagne", continent: "europe" },
  PT: { ar: "البرتغال", fr: "Portugal", continent: "europe" },
  IT: { ar: "إيطاليا", fr: "Italie", continent: "europe" },
  BE: { ar: "بلجيكا", fr: "Belgique", continent: "europe" },
  NL: { ar: "هولندا", fr: "Pays-Bas", continent: "europe" },
  DE: { ar: "ألمانيا", fr: "Allemagne", continent: "europe" },
  GB: { ar: "المملكة المتحدة", fr: "Royaume-Uni", continent: "europe" },
  IE: { ar: "إيرلندا", fr: "Irlande", continent: "europe" },
  CH: { ar: "سويسرا", fr: "Suisse", continent: "europe" },
  AT: { ar: "النمسا", fr: "Autriche", continent: "europe" },
  SE: { ar: "السويد", fr: "Suède", continent: "europe" },
  NO: { ar: "النرويج", fr: "Norvège", continent: "europe" },
  DK: { ar: "الدنمارك", fr: "Danemark", continent: "europe" },
  FI: { ar: "فنلندا", fr: "Finlande", continent: "europe" },
  PL: { ar: "بولندا", fr: "Pologne", continent: "europe" },
  CZ: { ar: "التشيك", fr: "Tchéquie", continent: "europe" },
  HU: { ar: "هنغاريا", fr: "Hongrie", continent: "europe" },
  RO: { ar: "رومانيا", fr: "Roumanie", continent: "europe" },
  BG: { ar: "بلغاريا", fr: "Bulgarie", continent: "europe" },
  RS: { ar: "صربيا", fr: "Serbie", continent: "europe" },
  MT: { ar: "مالطا", fr: "Malte", continent: "europe" },
  RU: { ar: "روسيا", fr: "Russie", continent: "europe" },
  UA: { ar: "أوكرانيا", fr: "Ukraine", continent: "europe" },
  // North America, Central America and the Caribbean
  US: { ar: "الولايات المتحدة", fr: "États-Unis", continent: "northAmerica" },
  CA: { ar: "كندا", fr: "Canada", continent: "northAmerica" },
  MX: { ar: "المكسيك", fr: "Mexique", continent: "northAmerica" },
  CU: { ar: "كوبا", fr: "Cuba", continent: "northAmerica" },
  DO: { ar: "جمهورية الدومينيكان", fr: "République dominicaine", continent: "northAmerica" },
  GT: { ar: "غواتيمالا", fr: "Guatemala", continent: "northAmerica" },
  SV: { ar: "السلفادور", fr: "Salvador", continent: "northAmerica" },
  HN: { ar: "هندوراس", fr: "Honduras", continent: "northAmerica" },
  NI: { ar: "نيكاراغوا", fr: "Nicaragua", continent: "northAmerica" },
  CR: { ar: "كوستاريكا", fr: "Costa Rica", continent: "northAmerica" },
  PA: { ar: "بنما", fr: "Panama", continent: "northAmerica" },
  // South America
  PE: { ar: "البيرو", fr: "Pérou", continent: "southAmerica" },
  BR: { ar: "البرازيل", fr: "Brésil", continent: "southAmerica" },
  AR: { ar: "الأرجنتين", fr: "Argentine", continent: "southAmerica" },
  CL: { ar: "الشيلي", fr: "Chili", continent: "southAmerica" },
  CO: { ar: "كولومبيا", fr: "Colombie", continent: "southAmerica" },
  VE: { ar: "فنزويلا", fr: "Venezuela", continent: "southAmerica" },
  EC: { ar: "الإكوادور", fr: "Équateur", continent: "southAmerica" },
  BO: { ar: "بوليفيا", fr: "Bolivie", continent: "southAmerica" },
  PY: { ar: "الباراغواي", fr: "Paraguay", continent: "southAmerica" },
  UY: { ar: "الأوروغواي", fr: "Uruguay", continent: "southAmerica" },
  // Oceania
  AU: { ar: "أستراليا", fr: "Australie", continent: "oceania" },
  NZ: { ar: "نيوزيلندا", fr: "Nouvelle-Zélande", continent: "oceania" },
} as const satisfies Record<string, Country>;

export type CountryCode = keyof typeof countries;

export const countryCodes = Object.keys(countries) as [CountryCode, ...CountryCode[]];

export function isCountryCode(code: unknown): code is CountryCode {
  return typeof code === "string" && Object.hasOwn(countries, code);
}

/** The country's name in the viewer's language; an unknown code is shown as it is. */
export function countryName(code: string, locale: Locale): string {
  return isCountryCode(code) ? countries[code][locale] : code;
}

export function continentOf(code: string): Continent | null {
  return isCountryCode(code) ? countries[code].continent : null;
}

/** The codes of a continent's countries: the `IN (...)` list of a continent filter. */
export function countriesOf(continent: Continent): CountryCode[] {
  return countryCodes.filter((code) => countries[code].continent === continent);
}

/** The countries as choices, sorted by their name in the viewer's language. */
export function countryChoices(locale: Locale, only?: Continent | null): { value: CountryCode; label: string }[] {
  const collator = new Intl.Collator(locale === "ar" ? "ar" : "fr");
  return countryCodes
    .filter((code) => !only || countries[code].continent === only)
    .map((code) => ({ value: code, label: countries[code][locale] }))
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
