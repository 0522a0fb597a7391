export const locales = ["ar", "fr"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ar";
export const LOCALE_COOKIE = "locale";
export const TIME_ZONE = "Africa/Casablanca";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function dirOf(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** The Intl locale: ar-MA gives the Moroccan month names (يناير … يوليوز، غشت، شتنبر … دجنبر). */
export function intlLocale(locale: Locale): string {
  return locale === "ar" ? "ar-MA" : "fr-MA";
}
