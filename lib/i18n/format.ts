import { intlLocale, TIME_ZONE, type Locale } from "./config";
import { fill } from "./dictionary";
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

// Intl objects cost far more to make than to use: one per locale for the life of the process.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();
const moroccanDay = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

export function formatNumber(value: number, locale: Locale = "ar"): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), { numberingSystem: "latn" });
    numberFormats.set(locale, f);
  }
  return f.format(value);
}

/** Today's date in Morocco as YYYY-MM-DD. */
export function todayInMorocco(now = clock.now()): string {
  return moroccanDay.format(now);
}

/** A count in its plural form: Arabic has six (دقيقة واحدة، دقيقتين، 3 دقائق، 11 دقيقة …), French two. */
export function plural(count: number, forms: Record<Intl.LDMLPluralRule, string>, locale: Locale = "ar"): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, rules);
  }
  const form = rules.select(count);
  return fill(forms[form], { count: formatNumber(count, locale) });
}
