import { TZDate } from "@date-fns/tz";

/**
 * The seed's "today". db/ does not import lib/, so this reads the same `APP_NOW` as lib/clock.ts
 * (the Vitest suite fixes it; see vitest.config.ts), else the real clock.
 *
 * The demo has two kinds of dates. The history (the 2016 elections, the 8th session of February
 * 2017, the تجذر plan's trainings of 2017–2018, the 2010 congress, the 2024–2025 visits and the
 * Peruvian agreement) keeps its real dates. What is "open now" (the evaluation campaign under way,
 * the convened 9th session and its papers, the upcoming training, this year's activities, the
 * agreement's next follow-up) is written in db/seed/data as seen on DEMO_DAY, and moved by `onSeedDay`
 * to the day the seed runs: a seed run any day shows the picture the demo was written for.
 */

const ZONE = "Africa/Casablanca";

/** The day the demo's "open now" dates are written as of (db/seed/data). */
export const DEMO_DAY = "2026-11-23";

/** The seed's instant: `APP_NOW` when it names one, else the real time. */
export function seedNow(): Date {
  const fixed = process.env.APP_NOW;
  if (fixed) {
    const at = new Date(fixed);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return new Date();
}

/** The seed's day in Morocco, YYYY-MM-DD. */
export function seedToday(now: Date = seedNow()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T12:00:00Z`) / 86_400_000);
}

/**
 * How many days the "open now" dates move: from DEMO_DAY to the seed's day, in whole weeks, so that
 * a Saturday session stays on a Saturday. The seed's day therefore falls 0 to 6 days after the
 * moved DEMO_DAY; every "upcoming" date of db/seed/data is at least a week after DEMO_DAY, so it
 * stays upcoming, and every past one stays past.
 */
export function demoShift(today: string = seedToday()): number {
  return Math.floor((dayNumber(today) - dayNumber(DEMO_DAY)) / 7) * 7;
}

/** A date of the "open now" demo (as written for DEMO_DAY), on the seed's calendar. */
export function onSeedDay(date: string, today: string = seedToday()): string {
  return addDays(date, demoShift(today));
}

/** The instant Morocco's clocks show this date and time (its offset read for that very day: UTC+0 in Ramadan). */
export function moroccoInstant(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, ZONE).getTime());
}

/** An instant of the "open now" demo, given as its Moroccan date and time for DEMO_DAY, on the seed's calendar. */
export function instantOnSeedDay(date: string, time: string, today: string = seedToday()): Date {
  return moroccoInstant(onSeedDay(date, today), time);
}

/** 5 دجنبر 2026: a date as the demo's Arabic texts write it (Moroccan month names). */
export function arabicDate(date: string): string {
  return new Intl.DateTimeFormat("ar-MA", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric", numberingSystem: "latn" }).format(new Date(`${date}T12:00:00Z`));
}
