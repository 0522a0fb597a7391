import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";

/** The name in the viewer's language: French when asked and known, Arabic otherwise. */
export function placeName(locale: Locale, nameAr: string, nameFr: string | null | undefined): string {
  return locale === "fr" && nameFr ? nameFr : nameAr;
}

/** The name in the viewer's language, with the other language's name beneath it when there is one. */
export function PlaceName({ locale, nameAr, nameFr, href }: { locale: Locale; nameAr: string; nameFr: string | null; href?: string }) {
  const primary = placeName(locale, nameAr, nameFr);
  const secondary = locale === "fr" ? (nameFr ? nameAr : null) : nameFr;
  return (
    <>
      {href ? (
        <Link href={href} className="font-medium text-brand-800 underline-offset-4 hover:underline">
          {primary}
        </Link>
      ) : (
        <span className="font-medium">{primary}</span>
      )}
      {secondary ? (
        <div className="text-xs text-stone-600">
          <bdi lang={locale === "fr" ? "ar" : "fr"}>{secondary}</bdi>
        </div>
      ) : null}
    </>
  );
}
