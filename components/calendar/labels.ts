import { intlLocale, type Locale } from "@/lib/i18n/config";

const utc = (date: string) => new Date(`${date}T12:00:00Z`);

/** "مارس 2027" */
export function monthTitle(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC", numberingSystem: "latn" }).format(utc(`${month}-01`));
}

/** Monday to Sunday, long and short. */
export function weekdayNames(locale: Locale): { long: string; short: string }[] {
  const long = new Intl.DateTimeFormat(intlLocale(locale), { weekday: "long", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(intlLocale(locale), { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + i, 12));
    return { long: long.format(day), short: short.format(day) };
  });
}

/** "السبت 6 مارس" */
export function dayTitle(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC", numberingSystem: "latn" }).format(utc(date));
}

export const icsHref = (type: string, id: number) => `/api/calendar/event/${type}/${id}.ics`;

export const typeTones = { session: "green", sitting: "blue", workshop: "amber", meeting: "neutral" } as const;
export function toneOf(type: string) {
  return (typeTones as Record<string, "green" | "blue" | "amber" | "neutral">)[type] ?? "neutral";
}

/** The trainings list of one day: where the calendar's "+K more" leads. */
export const trainingsOfDay = (day: string) => `/rooting/trainings?from=${day}&to=${day}`;

/** A day's whole programme: where the calendar's "+K more" of sessions, sittings and workshops leads. */
export const dayHref = (day: string) => `/calendar/day/${day}`;
