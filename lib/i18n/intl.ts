// Counts, numbers, percentages and lists in the reader's language, over the platform's Intl: the
// browser and Node already carry CLDR's plural rules, so this costs the client bundle nothing.
import { intlLocale, type Locale } from "./config";
import { fill } from "./dictionary";

export type PluralCategory = Intl.LDMLPluralRule;

/**
 * An Arabic count in its six forms, each a whole phrase: the number is written only where Arabic
 * writes it (zero: a sentence; one: «يوم واحد»; two: the dual «يومان»; few, 3–10: «3 أيام»;
 * many, 11–99: «11 يومًا»; other, 100, 101, 102, 1000…: «100 يوم»).
 */
export type ArabicPlural = Readonly<Record<PluralCategory, string>>;

/**
 * A French count: one (0 and 1), many (whole millions: « 1 000 000 de jours »), other; and, where
 * French says nothing in words rather than « 0 », zero for exactly 0 (ICU's =0).
 */
export type FrenchPlural = Readonly<{ zero?: string; one: string; many: string; other: string }>;

/** A message that depends on a count: {count} is the number, written in the reader's locale. */
export type PluralMessage = ArabicPlural | FrenchPlural;

// Intl objects cost far more to make than to use: one per locale and options for the life of the process.
const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** 1234567 → «1.234.567» in both languages, Western digits. */
export function formatNumber(value: number, locale: Locale = "ar"): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { numberingSystem: "latn" })).format(value);
}

/** A share from 0 to 1 as a whole percentage: 0.42 → «42%» (ar), « 42 % » (fr). */
export function formatPercent(share: number, locale: Locale = "ar"): string {
  const value = Number.isFinite(share) ? share : 0;
  return cached(`p|${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0, numberingSystem: "latn" })).format(
    value,
  );
}

/** Names joined as the language joins them: «أ وب وج», « a, b et c ». */
export function formatList(items: readonly string[], locale: Locale = "ar"): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(intlLocale(locale), { type: "conjunction", style: "long" })).format(items);
}

/** The plural category CLDR gives `count` in `locale`. */
export function pluralCategory(count: number, locale: Locale = "ar"): PluralCategory {
  return cached(`r|${locale}`, () => new Intl.PluralRules(intlLocale(locale))).select(count);
}

/**
 * The form of `message` that agrees with `count`, {count} filled with the number in the reader's
 * locale and any other {placeholder} from `values`: plural(3, t.papers.daysLeft, "ar") → «بقيت 3 أيام».
 */
export function plural(count: number, message: PluralMessage, locale: Locale = "ar", values: Record<string, string | number> = {}): string {
  const forms: Partial<Record<PluralCategory, string>> = message;
  const form = (count === 0 ? forms.zero : undefined) ?? forms[pluralCategory(count, locale)] ?? message.other;
  return fill(form, { ...values, count: formatNumber(count, locale) });
}

/**
 * An entry of a table of messages read by key (errors, refusals), some of which depend on a count:
 * a plural message takes its form from `values.count`, a plain one is filled as it is.
 */
export function formatMessage(message: string | PluralMessage, values: Record<string, string | number> & { count?: number }, locale: Locale): string {
  if (typeof message === "string") return fill(message, values);
  return plural(values.count ?? Number.NaN, message, locale, values);
}
