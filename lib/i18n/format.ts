import { intlLocale, TIME_ZONE, type Locale } from "./config";
export { formatList, formatMessage, formatNumber, formatPercent, plural, type PluralMessage } from "./intl";
import * as clock from "@/lib/clock";

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  if (value instanceof Date) return value;
  // a bare calendar date (2017-02-04) is a day in Morocco, not midnight UTC
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T12:00:00Z`);
  return new Date(value);
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, numberingSystem: "latn", ...options });
    cache.set(key, f);
  }
  return f;
}

/** 4 فبراير 2017 → in ar-MA: 4 فبراير 2017 with Moroccan month names. */
export function formatDate(value: DateInput, locale: Locale = "ar"): string {
  return formatter(locale, { day: "numeric", month: "long", year: "numeric" }).format(toDate(value));
}

export function formatDateTime(value: DateInput, locale: Locale = "ar"): string {
  return formatter(locale, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    toDate(value),
  );
}

export function formatShortDate(value: DateInput, locale: Locale = "ar"): string {
  return formatter(locale, { day: "2-digit", month: "2-digit", year: "numeric" }).format(toDate(value));
}

const moroccanDay = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Morocco as YYYY-MM-DD. */
export function todayInMorocco(now = clock.now()): string {
  return moroccanDay.format(now);
}
