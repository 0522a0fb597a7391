import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { nameIn, otherLang, otherNameIn } from "@/lib/i18n/names";

/** The name in the viewer's language, with the other language's name beneath it when there is one. */
export function PlaceName({ locale, nameAr, nameFr, href }: { locale: Locale; nameAr: string; nameFr: string | null; href?: string }) {
  const primary = nameIn(locale, nameAr, nameFr);
  const secondary = otherNameIn(locale, nameAr, nameFr);
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
          <bdi lang={otherLang(locale)}>{secondary}</bdi>
        </div>
      ) : null}
    </>
  );
}
