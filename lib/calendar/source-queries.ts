import "server-only";
import { and, asc, desc, eq, gte, lt, lte, ne, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { committeeSessions, sittings, thematicMeetings, workshops } from "@/db/schema";
import { canSeeSessionStatus, type Actor } from "@/lib/permissions";
import { compareEvents, nearest, type CalendarEvent, type DateRange, type EventSource } from "./events";
import { sessionHref, sittingHref, thematicMeetingHref, workshopHref } from "./links";
import { trainingSource } from "./training-queries";
import { walked, type Walk } from "./walk";
import { hhmm, moroccoInstant, moroccoWallClock, nextDay } from "./zone";

/** Non-Bureau viewers never see a draft session, nor anything in it. */
function visibleSessions(viewer: Actor): SQL | undefined {
  return canSeeSessionStatus(viewer, "draft") ? undefined : ne(committeeSessions.status, "draft");
}

/**
 * A source built from one query: `extra` narrows it to a range of days or to one id; `walk`, when
 * given, orders and limits it. `start` is the column its events start on (a day, or an instant for
 * `instant`), indexed: `near` walks it from today both ways.
 */
function source(
  type: string,
  query: (viewer: Actor, extra: SQL, walk?: Walk) => Promise<CalendarEvent[]>,
  inRange: (range: DateRange) => SQL,
  byId: (id: number) => SQL,
  start: { column: AnyColumn; instant?: boolean },
): EventSource {
  const from = (day: string) => (start.instant ? moroccoInstant(day) : day);
  return {
    type,
    list: (viewer, range) => query(viewer, inRange(range)),
    one: async (viewer, id) => (Number.isInteger(id) && id > 0 ? ((await query(viewer, byId(id)))[0] ?? null) : null),
    near: async (viewer, range, today, limit) => {
      const [ahead, behind] = await Promise.all([
        query(viewer, and(inRange(range), gte(start.column, from(today)))!, { orderBy: asc(start.column), limit }),
        query(viewer, and(inRange(range), lt(start.column, from(today)))!, { orderBy: desc(start.column), limit }),
      ]);
      return [...ahead, ...behind];
    },
  };
}

const sessionSource = source(
  "session",
  async (viewer, extra, walk) => {
    const query = db
      .select({
        id: committeeSessions.id,
        title: committeeSessions.title,
        startsOn: committeeSessions.startsOn,
        endsOn: committeeSessions.endsOn,
        venue: committeeSessions.venue,
        city: committeeSessions.city,
        status: committeeSessions.status,
      })
      .from(committeeSessions)
      .where(and(extra, visibleSessions(viewer)))
      .$dynamic();
    const rows = await walked(query, walk);
    return rows.map((r) => ({
      type: "session",
      id: r.id,
      title: r.title,
      context: null,
      date: r.startsOn,
      endDate: r.endsOn,
      startTime: null,
      endTime: null,
      location: `${r.venue}، ${r.city}`,
      href: sessionHref(r.id),
      status: r.status,
      cancelled: false,
    }));
  },
  // overlapping the range; sessions last days, so the start is bounded too (index on starts_on)
  (range) => and(lte(committeeSessions.startsOn, range.to), gte(committeeSessions.endsOn, range.from), gte(committeeSessions.startsOn, sql`${range.from}::date - 31`))!,
  (id) => eq(committeeSessions.id, id),
  { column: committeeSessions.startsOn },
);

const sittingSource = source(
  "sitting",
  async (viewer, extra, walk) => {
    const query = db
      .select({
        id: sittings.id,
        title: sittings.title,
        date: sittings.date,
        startTime: sittings.startTime,
        endTime: sittings.endTime,
        sessionId: committeeSessions.id,
        sessionTitle: committeeSessions.title,
        venue: committeeSessions.venue,
        city: committeeSessions.city,
        status: committeeSessions.status,
      })
      .from(sittings)
      .innerJoin(committeeSessions, eq(committeeSessions.id, sittings.sessionId))
      .where(and(extra, visibleSessions(viewer)))
      .$dynamic();
    const rows = await walked(query, walk);
    return rows.map((r) => ({
      type: "sitting",
      id: r.id,
      title: r.title,
      context: r.sessionTitle,
      date: r.date,
      endDate: r.date,
      startTime: hhmm(r.startTime),
      endTime: hhmm(r.endTime),
      location: `${r.venue}، ${r.city}`,
      href: sittingHref(r.sessionId, r.id),
      status: r.status,
      cancelled: false,
    }));
  },
  // through the session (index on starts_on), then the sitting's own (session_id, date) index
  (range) =>
    and(
      lte(committeeSessions.startsOn, range.to),
      gte(committeeSessions.endsOn, range.from),
      gte(committeeSessions.startsOn, sql`${range.from}::date - 31`),
      gte(sittings.date, range.from),
      lte(sittings.date, range.to),
    )!,
  (id) => eq(sittings.id, id),
  { column: sittings.date },
);

const workshopSource = source(
  "workshop",
  async (viewer, extra, walk) => {
    const query = db
      .select({
        id: workshops.id,
        number: workshops.number,
        title: workshops.title,
        date: workshops.date,
        startTime: workshops.startTime,
        endTime: workshops.endTime,
        room: workshops.room,
        sessionId: committeeSessions.id,
        sessionTitle: committeeSessions.title,
        venue: committeeSessions.venue,
        city: committeeSessions.city,
        status: committeeSessions.status,
      })
      .from(workshops)
      .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
      .where(and(extra, visibleSessions(viewer)))
      .$dynamic();
    const rows = await walked(query, walk);
    return rows.map((r) => ({
      type: "workshop",
      id: r.id,
      title: r.title,
      context: r.sessionTitle,
      date: r.date,
      endDate: r.date,
      startTime: hhmm(r.startTime),
      endTime: hhmm(r.endTime),
      location: [r.room, r.venue, r.city].filter(Boolean).join("، "),
      href: workshopHref(r.sessionId, r.id),
      status: r.status,
      cancelled: false,
    }));
  },
  (range) => and(gte(workshops.date, range.from), lte(workshops.date, range.to))!,
  (id) => eq(workshops.id, id),
  { column: workshops.date },
);

const thematicMeetingSource = source(
  "meeting",
  async (viewer, extra, walk) => {
    const query = db
      .select({
        id: thematicMeetings.id,
        theme: thematicMeetings.theme,
        city: thematicMeetings.city,
        venue: thematicMeetings.venue,
        startsAt: thematicMeetings.startsAt,
        status: thematicMeetings.status,
        sessionId: committeeSessions.id,
        sessionTitle: committeeSessions.title,
      })
      .from(thematicMeetings)
      .innerJoin(committeeSessions, eq(committeeSessions.id, thematicMeetings.sessionId))
      .where(and(extra, visibleSessions(viewer)))
      .$dynamic();
    const rows = await walked(query, walk);
    return rows.map((r) => {
      const local = moroccoWallClock(r.startsAt);
      return {
        type: "meeting",
        id: r.id,
        title: r.theme,
        context: r.sessionTitle,
        date: local.date,
        endDate: local.date,
        startTime: local.time,
        endTime: null,
        location: [r.venue, r.city].filter(Boolean).join("، "),
        href: thematicMeetingHref(r.sessionId),
        status: r.status,
        cancelled: r.status === "cancelled",
      };
    });
  },
  (range) => and(gte(thematicMeetings.startsAt, moroccoInstant(range.from)), lt(thematicMeetings.startsAt, moroccoInstant(nextDay(range.to))))!,
  (id) => eq(thematicMeetings.id, id),
  { column: thematicMeetings.startsAt, instant: true },
);

/**
 * Every module's events. A later module (training meetings) adds its source here: the calendar,
 * the .ics downloads and the subscription feed then show its events too.
 */
export const calendarSources: Record<string, EventSource> = {
  session: sessionSource,
  sitting: sittingSource,
  workshop: workshopSource,
  meeting: thematicMeetingSource,
  training: trainingSource,
};

/**
 * At most `limit` events of the range, the nearest `today` first (see `nearest`), in day and time
 * order: each source reads at most `limit` on either side of today along its start index, so the
 * cost holds however many events the range has.
 */
export async function nearestEvents(viewer: Actor, range: DateRange, today: string, limit: number, sources: EventSource[] = Object.values(calendarSources)): Promise<CalendarEvent[]> {
  const lists = await Promise.all(sources.map((s) => s.near(viewer, range, today, limit)));
  return nearest(lists.flat(), today, limit);
}

/** What the viewer may see between two days, from every source, in day and time order. */
export async function calendarEvents(viewer: Actor, range: DateRange, sources: EventSource[] = Object.values(calendarSources)): Promise<CalendarEvent[]> {
  const lists = await Promise.all(sources.map((s) => s.list(viewer, range)));
  return lists.flat().sort(compareEvents);
}

/** One event by its type and id, if the viewer may see it. */
export async function calendarEvent(viewer: Actor, type: string, id: number): Promise<CalendarEvent | null> {
  const found = Object.hasOwn(calendarSources, type) ? calendarSources[type] : undefined;
  return found ? found.one(viewer, id) : null;
}
