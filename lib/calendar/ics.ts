import { TZDate } from "@date-fns/tz";
import ical, { ICalEventStatus } from "ical-generator";
import { TIME_ZONE } from "@/lib/i18n/config";
import type { CalendarEvent } from "./events";
import { vtimezone } from "./vtimezone";
import { moroccoInstant, nextDay } from "./zone";

const HOUR = 3600 * 1000;

/** The product in every event's UID: an event downloaded, attached to an email or in the feed is one event to a calendar app. */
export const ICS_PRODUCT = "party-life";

/**
 * An iCalendar file of these events with Morocco's times (DTSTART;TZID=Africa/Casablanca:…) and a
 * VTIMEZONE that carries Morocco's real offsets over the events' years.
 */
export function toIcs(events: CalendarEvent[], options: { name: string; origin: string; product: string }): string {
  const calendar = ical({ name: options.name, prodId: { company: options.product, product: "calendar", language: "AR" } });
  calendar.x([["X-WR-TIMEZONE", TIME_ZONE]]);
  for (const event of events) {
    const allDay = event.startTime === null;
    const start = moroccoInstant(event.date, event.startTime ?? "00:00");
    const end = allDay
      ? moroccoInstant(nextDay(event.endDate))
      : event.endTime && event.endTime > event.startTime!
        ? moroccoInstant(event.endDate, event.endTime)
        : new TZDate(start.getTime() + 2 * HOUR, TIME_ZONE);
    calendar.createEvent({
      id: `${event.type}-${event.id}@${options.product}`,
      start,
      end,
      allDay,
      timezone: TIME_ZONE,
      summary: event.title,
      description: event.context ?? undefined,
      location: event.location ?? undefined,
      url: new URL(event.href, options.origin).toString(),
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  const text = calendar.toString();
  if (events.length === 0) return text;
  let [first, last] = [Infinity, -Infinity];
  for (const e of events) {
    first = Math.min(first, Number(e.date.slice(0, 4)));
    last = Math.max(last, Number(e.endDate.slice(0, 4)));
  }
  // ical-generator writes the TZID but no VTIMEZONE of its own here: ours goes before the first event
  return text.replace("BEGIN:VEVENT", `${vtimezone(TIME_ZONE, first, last)}\r\nBEGIN:VEVENT`);
}
