import { TZDate } from "@date-fns/tz";
import { addDays, format, parseISO } from "date-fns";
import { TIME_ZONE } from "@/lib/i18n/config";

/** The instant Morocco's clocks show this date and time (its offset changes in Ramadan). */
export function moroccoInstant(date: string, time = "00:00"): TZDate {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new TZDate(y, m - 1, d, hh, mm, 0, TIME_ZONE);
}

/** Morocco's date and time at an instant. */
export function moroccoWallClock(instant: Date): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), TIME_ZONE);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}

export function nextDay(date: string): string {
  return format(addDays(parseISO(date), 1), "yyyy-MM-dd");
}

/** 09:30:00 → 09:30 */
export function hhmm(value: string | null): string | null {
  return value ? value.slice(0, 5) : null;
}
