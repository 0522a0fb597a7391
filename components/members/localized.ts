import type { Locale } from "@/lib/i18n/config";

/** A territory's or organ's name in the viewer's language; Arabic when there is no French one. */
export function nameIn(locale: Locale, nameAr: string, nameFr: string | null | undefined): string {
  return locale === "fr" && nameFr ? nameFr : nameAr;
}
