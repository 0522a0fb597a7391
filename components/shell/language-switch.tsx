import { Languages } from "lucide-react";
import { setLocale } from "@/lib/auth/actions";
import type { Locale } from "@/lib/i18n/config";

/**
 * A plain form: switching language needs no client JavaScript. Without `returnTo` the action comes
 * back to the page the switch was pressed on, query string included: the page the request came
 * from (its Referer, sent whole to this same site whether the form posts or the script does).
 */
export function LanguageSwitch({ locale, label, returnTo, className }: { locale: Locale; label: string; returnTo?: string; className?: string }) {
  const other: Locale = locale === "ar" ? "fr" : "ar";
  return (
    <form action={setLocale} className={className}>
      <input type="hidden" name="locale" value={other} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <button
        type="submit"
        lang={other}
        className="inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100"
      >
        <Languages aria-hidden="true" size={18} />
        {label}
      </button>
    </form>
  );
}
