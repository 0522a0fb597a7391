import "server-only";
import { and, eq } from "drizzle-orm";
import { addDays, addMonths, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from "date-fns";
import { db } from "@/db";
import { users } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import type { Actor } from "@/lib/permissions";
import type { DateRange } from "./events";
import { CALENDAR_TOKEN, monthParam } from "./schemas";
import { nearestEvents } from "./source-queries";

export { calendarEvent, calendarEvents, calendarSources } from "./source-queries";

const day = (d: Date) => format(d, "yyyy-MM-dd");

/** The month asked for (`2027-03`), else this month in Morocco. */
export function monthOf(param: string | undefined, today = todayInMorocco()): string {
  return monthParam.safeParse(param).success ? param! : today.slice(0, 7);
}

/** The days a month's grid shows: whole weeks, Monday first. */
export function monthGrid(month: string): { range: DateRange; weeks: string[][]; previous: string; next: string } {
  const first = parseISO(`${month}-01`);
  const start = startOfWeek(startOfMonth(first), { weekStartsOn: 1 });
  const end = endOfWeek(endOfMonth(first), { weekStartsOn: 1 });
  const weeks: string[][] = [];
  for (let d = start; d <= end; d = addDays(d, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => day(addDays(d, i))));
  return {
    range: { from: day(start), to: day(end) },
    weeks,
    previous: format(addMonths(first, -1), "yyyy-MM"),
    next: format(addMonths(first, 1), "yyyy-MM"),
  };
}

/** A month's own days, for the list view. */
export function monthRange(month: string): DateRange {
  const first = parseISO(`${month}-01`);
  return { from: day(first), to: day(endOfMonth(first)) };
}

/*
 * The subscription feed (عنوان الاشتراك) is re-read by calendar apps every few hours, and each read
 * replaces what they show: it carries the last FEED_DAYS_BEHIND days and the coming
 * FEED_DAYS_AHEAD, at most FEED_MAX_EVENTS events, the nearest today first. A month back is what a
 * calendar is looked back on for, a year ahead what is planned; an event further off than the
 * bound reaches enters as the days pass. The calendar page has them all.
 */
export const FEED_DAYS_BEHIND = 30;
export const FEED_DAYS_AHEAD = 365;
export const FEED_MAX_EVENTS = 60;

export function feedRange(today = todayInMorocco()): DateRange {
  const now = parseISO(today);
  return { from: day(addDays(now, -FEED_DAYS_BEHIND)), to: day(addDays(now, FEED_DAYS_AHEAD)) };
}

/** The account a subscription token belongs to, as the policy sees it; null for an unknown or revoked one. */
export async function actorByCalendarToken(token: string): Promise<Actor | null> {
  if (!CALENDAR_TOKEN.test(token)) return null;
  const [row] = await db
    .select({ id: users.id, role: users.role, scopeRegionId: users.scopeRegionId, scopeProvinceId: users.scopeProvinceId })
    .from(users)
    .where(and(eq(users.calendarToken, token), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

/** The feed's events for a token, or null when the token opens nothing. */
export async function feedEvents(token: string, today = todayInMorocco()) {
  const actor = await actorByCalendarToken(token);
  return actor ? nearestEvents(actor, feedRange(today), today, FEED_MAX_EVENTS) : null;
}

export async function calendarTokenOf(userId: number): Promise<string | null> {
  const [row] = await db.select({ token: users.calendarToken }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.token ?? null;
}
