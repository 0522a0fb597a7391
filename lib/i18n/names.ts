import type { Locale } from "./config";

/**
 * A name in the viewer's language, from its Arabic and French (or original) spellings: the French
 * one when the page is in French and it is known, the Arabic one otherwise.
 */
export function nameIn(locale: Locale, nameAr: string, nameFr: string | null | undefined): string;
export function nameIn(locale: Locale, nameAr: string | null | undefined, nameFr: string | null | undefined): string | null;
export function nameIn(locale: Locale, nameAr: string | null | undefined, nameFr: string | null | undefined): string | null {
  return (locale === "fr" && nameFr ? nameFr : nameAr) ?? null;
}

/** The same, from a record with `nameAr` and `nameFr` (a region, a province, a branch, an organ). */
export function localName(record: { nameAr: string; nameFr?: string | null }, locale: Locale): string {
  return nameIn(locale, record.nameAr, record.nameFr);
}

/** The name in the other language, to show beneath the first one; null when there is none to add. */
export function otherNameIn(locale: Locale, nameAr: string, nameFr: string | null | undefined): string | null {
  return locale === "fr" ? (nameFr ? nameAr : null) : (nameFr ?? null);
}

/** The lang attribute of what otherNameIn gives. */
export const otherLang = (locale: Locale): Locale => (locale === "fr" ? "ar" : "fr");
