import "server-only";
import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { trainingMeetings } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { visibleTrainingCondition } from "@/lib/rooting/visibility";
import type { CalendarEvent, EventSource } from "./events";

// اللقاءات التكوينية of the تجذر plan, on the calendar of those who may see them: members the
// trainings of their home region and those they attended, officers their scope, the Bureau all.

export const trainingHref = (id: number) => `/rooting/trainings/${id}`;

async function trainingEvents(viewer: Actor, extra: SQL): Promise<CalendarEvent[]> {
  const rows = await db
    .select({
      id: trainingMeetings.id,
      title: trainingMeetings.title,
      startsOn: trainingMeetings.startsOn,
      endsOn: trainingMeetings.endsOn,
      startTime: trainingMeetings.startTime,
      venue: trainingMeetings.venue,
      city: trainingMeetings.city,
      status: trainingMeetings.status,
    })
    .from(trainingMeetings)
    .where(and(extra, visibleTrainingCondition(viewer)));
  return rows.map((r) => ({
    type: "training",
    id: r.id,
    title: r.title,
    context: null,
    date: r.startsOn,
    endDate: r.endsOn,
    // a training of several days has a start hour but no single end: shown as whole days then
    startTime: r.startsOn === r.endsOn ? r.startTime : null,
    endTime: null,
    location: [r.venue, r.city].filter(Boolean).join("، "),
    href: trainingHref(r.id),
    status: r.status,
    cancelled: false,
  }));
}

export const trainingSource: EventSource = {
  type: "training",
  // overlapping the range; trainings last a few days, so the start is bounded too (index on starts_on)
  list: (viewer, range) =>
    trainingEvents(
      viewer,
      and(lte(trainingMeetings.startsOn, range.to), gte(trainingMeetings.endsOn, range.from), gte(trainingMeetings.startsOn, sql`${range.from}::date - 31`))!,
    ),
  one: async (viewer, id) => (Number.isInteger(id) && id > 0 ? ((await trainingEvents(viewer, eq(trainingMeetings.id, id)))[0] ?? null) : null),
};
