import type { Locale } from "@/lib/i18n/config";
import { fill } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";

/** "4 فبراير 2017" for one day, "من 28 ماي 2010 إلى 30 ماي 2010" for several. */
export function dateRange(template: string, locale: Locale, start: string, end: string | null): string {
  return !end || start === end ? formatDate(start, locale) : fill(template, { start: formatDate(start, locale), end: formatDate(end, locale) });
}

/** A list kept one entry per line, back into its textarea. */
export function asLines(list: readonly string[] | null | undefined): string {
  return (list ?? []).join("\n");
}
