import { Languages } from "lucide-react";
import { Suspense } from "react";
import { setLocale } from "@/lib/auth/actions";
import type { Locale } from "@/lib/i18n/config";
import { CurrentPageInput } from "./current-page-input";

/**
 * A plain form: switching language needs no client JavaScript. Without `returnTo` it comes back to
 * the page it was pressed on, query string included (read in the browser, or from the request's
 * own Referer by the action when the script has not run).
 */
export function LanguageSwitch({ locale, label, returnTo, className }: { locale: Locale; label: string; returnTo?: string; className?: string }) {
  const other: Locale = locale === "ar" ? "fr" : "ar";
  return (
    <form action={setLocale} className={className}>
      <input type="hidden" name="locale" value={other} />
      {returnTo ? (
        <input type="hidden" name="returnTo" value={returnTo} />
      ) : (
        <Suspense fallback={null}>
          <CurrentPageInput name="returnTo" />
        </Suspense>
      )}
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
