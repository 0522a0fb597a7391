import { todayInMorocco } from "@/lib/i18n/format";

// A deadline is a calendar day: a report is on time until the end of that day in Africa/Casablanca.

function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Calendar days from one YYYY-MM-DD to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** How many days after the deadline day an instant falls in Morocco: 0 while still on time. */
export function daysLate(deadline: string, at: Date): number {
  return Math.max(0, daysBetween(deadline, todayInMorocco(at)));
}

/**
 * Days left until the deadline day, seen from `now` in Morocco: 0 on the day itself, negative once
 * late. No default: the client bundles this file too, and there "now" must come from the server.
 */
export function daysLeft(deadline: string, now: Date): number {
  return daysBetween(todayInMorocco(now), deadline);
}

