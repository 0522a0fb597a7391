// Dates for the browser tests, relative to today: the e2e server seeds its demo and judges dates on
// the real clock (or APP_NOW when the run sets one: db/seed/today.ts reads it, as the server does),
// and the browser's clock is real too, so no spec names a fixed day it takes for the future or past.
import { ninthSessionOn } from "../db/seed/data/sessions";
import { addDays, arabicDate, seedToday } from "../db/seed/today";

export { arabicDate };

/** A day in Morocco, `days` from today (negative: before), as date inputs want it (YYYY-MM-DD). */
export function moroccoDay(days = 0): string {
  return addDays(seedToday(), days);
}

/** "مارس 2027": a month as the calendar names it. */
export function arabicMonth(date: string): string {
  return new Intl.DateTimeFormat("ar-MA", { timeZone: "UTC", month: "long", year: "numeric", numberingSystem: "latn" }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * The seeded 9th session, where the seed put it today (some three months ahead): its days and its
 * opening sitting at 10:00 on Moroccan clocks. A run across the midnight that moves the demo by a
 * week (once a week) would see the previous week's dates: start it again.
 */
export const ninthSession = (() => {
  const s = ninthSessionOn(seedToday());
  return {
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    month: s.startsOn.slice(0, 7),
    openingIcs: `${s.opening.date.replaceAll("-", "")}T100000`,
    // the parallel workshops' afternoon, as an .ics writes it
    workshopIcs: { start: `${s.workshopTime.date.replaceAll("-", "")}T${s.workshopTime.startTime.replace(":", "")}00`, end: `${s.workshopTime.date.replaceAll("-", "")}T${s.workshopTime.endTime.replace(":", "")}00` },
  };
})();
