import "server-only";
import { fill, type Dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, plural } from "@/lib/i18n/format";

/** The three ways a reminder says how near a due day is: in some days, tomorrow, today. */
export interface DueTexts {
  soon: string;
  tomorrow: string;
  today: string;
}

/** A reminder's sentence for `left` days before `dueOn` (0 or less: today), the days in words and the date in the reader's language. */
export function dueSentence(t: Dictionary, locale: Locale, texts: DueTexts, left: number, dueOn: string): string {
  const date = formatDate(dueOn, locale);
  if (left <= 0) return fill(texts.today, { date });
  if (left === 1) return fill(texts.tomorrow, { date });
  return fill(texts.soon, { date, days: plural(left, t.auth.days, locale) });
}
