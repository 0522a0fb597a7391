import type { Actor } from "@/lib/permissions";

/**
 * One thing on the calendar, whatever its source: a session, a sitting, a workshop, a thematic
 * meeting — and, later, any other module's meetings. Dates and times are Morocco's wall clock.
 */
export interface CalendarEvent {
  /** the source's name, also the .ics address's type segment */
  type: string;
  id: number;
  title: string;
  /** what it belongs to (the session's title), when it is part of something */
  context: string | null;
  /** first day, YYYY-MM-DD */
  date: string;
  /** last day (inclusive), YYYY-MM-DD; the same as `date` for a one-day event */
  endDate: string;
  /** HH:MM, or null for a whole-day event */
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  href: string;
  /** the owning session's status, or the meeting's own */
  status: string;
  cancelled: boolean;
}

/** Inclusive range of local dates. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * A module's events: `list` for a range of days, `one` for a single event; both return only what
 * the viewer may see, in one query each, bounded by the range on indexed columns.
 */
export interface EventSource {
  type: string;
  list(viewer: Actor, range: DateRange): Promise<CalendarEvent[]>;
  one(viewer: Actor, id: number): Promise<CalendarEvent | null>;
  /**
   * Up to `limit` events of the range on each side of `today`: those starting on or after it,
   * soonest first, and those before it, latest first, each read along the source's start index.
   */
  near(viewer: Actor, range: DateRange, today: string, limit: number): Promise<CalendarEvent[]>;
}

/** Day order: earlier days first; within a day, whole-day events, then by time. */
export function compareEvents(a: CalendarEvent, b: CalendarEvent): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.startTime ?? "").localeCompare(b.startTime ?? "") ||
    a.type.localeCompare(b.type) ||
    a.id - b.id
  );
}

/** Whether an event takes place on a given day. */
export function occursOn(event: CalendarEvent, day: string): boolean {
  return event.date <= day && day <= event.endDate;
}

const DAY = 24 * 3600 * 1000;

/** How many days an event starts from `today`, either way. */
export function daysFrom(event: CalendarEvent, today: string): number {
  return Math.abs(Date.parse(`${event.date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY;
}

/**
 * The `limit` events nearest `today` by the day they start (of two as near, the one ahead first),
 * then in day order.
 */
export function nearest(events: CalendarEvent[], today: string, limit: number): CalendarEvent[] {
  const ahead = (e: CalendarEvent) => (e.date >= today ? 0 : 1);
  return [...events]
    .sort((a, b) => daysFrom(a, today) - daysFrom(b, today) || ahead(a) - ahead(b) || compareEvents(a, b))
    .slice(0, limit)
    .sort(compareEvents);
}

/** The month page shows this many of a day's programme events (sessions, sittings, workshops, meetings) starting that day. */
export const CALENDAR_EVENTS_PER_DAY = 3;

/**
 * At most `perDay` events starting on each day (the first in day and time order), and how many more
 * start that day: the month page's bound, its day page (/calendar/day/…) having the rest.
 */
export function capPerDay(events: CalendarEvent[], perDay = CALENDAR_EVENTS_PER_DAY): { events: CalendarEvent[]; moreOn: Record<string, number> } {
  const seen: Record<string, number> = {};
  const moreOn: Record<string, number> = {};
  const shown: CalendarEvent[] = [];
  for (const event of [...events].sort(compareEvents)) {
    seen[event.date] = (seen[event.date] ?? 0) + 1;
    if (seen[event.date] <= perDay) shown.push(event);
    else moreOn[event.date] = seen[event.date] - perDay;
  }
  return { events: shown, moreOn };
}
