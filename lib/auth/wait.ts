import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { fill } from "@/lib/i18n/dictionary";
import { plural } from "@/lib/i18n/format";

/** How long to wait, in words: seconds under a minute, else minutes rounded up. */
export function formatWait(seconds: number, t: Dictionary, locale: Locale): string {
  const s = Math.max(1, Math.ceil(seconds));
  return s < 60 ? plural(s, t.auth.waitSeconds, locale) : plural(Math.ceil(s / 60), t.auth.waitMinutes, locale);
}

/** The refused sign-in's sentence, with its wait. */
export function throttledMessage(seconds: number, t: Dictionary, locale: Locale): string {
  return fill(t.auth.throttled, { wait: formatWait(seconds, t, locale) });
}
