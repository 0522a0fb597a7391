import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import { shortTime } from "./time";

type SessionsText = Dictionary["sessions"];

/** الدورة الثامنة for 8; past the dictionary's ordinals, الدورة 21. */
export function sessionName(t: SessionsText, ordinal: number): string {
  const word = t.ordinals[ordinal - 1];
  return word ? fill(t.ordinalName, { ordinal: word }) : fill(t.ordinalNumber, { n: ordinal });
}

export function dateRange(t: SessionsText, locale: Locale, start: string, end: string): string {
  return start === end ? formatDate(start, locale) : fill(t.dates.range, { start: formatDate(start, locale), end: formatDate(end, locale) });
}

export function timeRange(t: SessionsText, start: string, end: string | null): string {
  return end ? fill(t.dates.time, { start: shortTime(start), end: shortTime(end) }) : shortTime(start);
}

/** الورشة الأولى for 1: workshops are numbered within their session. */
export function workshopName(t: SessionsText, number: number): string {
  const word = t.ordinals[number - 1];
  return word ? fill(t.workshop.name, { ordinal: word, n: number }) : fill(t.workshop.nameNumber, { n: number });
}
