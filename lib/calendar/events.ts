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
