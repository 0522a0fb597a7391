import { TIME_ZONE } from "@/lib/i18n/config";

function wallClockOf(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

/**
 * The instant at which the clocks of `zone` show this date and time. Morocco's offset changes
 * (UTC+1, back to UTC+0 during Ramadan), so the offset is read for that very day, not assumed;
 * the database's own zone rules are not used because PGlite's are incomplete for Morocco.
 */
export function zonedInstant(date: string, time: string, zone = TIME_ZONE): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall - (wallClockOf(wall, zone) - wall);
  // a second pass settles a guess that fell on the other side of an offset change
  instant = wall - (wallClockOf(instant, zone) - instant);
  return new Date(instant);
}

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant in `zone`. */
export function localDateTime(instant: Date, zone = TIME_ZONE): { date: string; time: string } {
  const iso = new Date(wallClockOf(instant.getTime(), zone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** 09:30:00 → 09:30 */
export function shortTime(value: string | null | undefined): string {
  return value ? value.slice(0, 5) : "";
}

/** Every date from start to end inclusive, as YYYY-MM-DD (bounded: a session lasts days, not years). */
export function daysBetween(start: string, end: string, max = 31): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`) && days.length < max; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
