import "server-only";
import { and, asc, desc, eq, gte, lt, lte, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { trainingMeetings } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { visibleTrainingCondition } from "@/lib/rooting/visibility";
import type { CalendarEvent, DateRange, EventSource } from "./events";
import { walked, type Walk } from "./walk";

// اللقاءات التكوينية of the تجذر plan, on the calendar of those who may see them: members the
// trainings of their home region and those they attended, officers their scope, the Bureau all.

export const trainingHref = (id: number) => `/rooting/trainings/${id}`;

/** What a calendar event needs of a training. */
const eventColumns = {
  id: trainingMeetings.id,
  title: trainingMeetings.title,
  startsOn: trainingMeetings.startsOn,
  endsOn: trainingMeetings.endsOn,
  startTime: trainingMeetings.startTime,
  venue: trainingMeetings.venue,
  city: trainingMeetings.city,
  status: trainingMeetings.status,
};

async function trainingEvents(viewer: Actor, extra: SQL, walk?: Walk): Promise<CalendarEvent[]> {
  const query = db
    .select(eventColumns)
    .from(trainingMeetings)
    .where(and(extra, visibleTrainingCondition(viewer)))
    .$dynamic();
  return (await walked(query, walk)).map(toEvent);
}

type TrainingRow = {
  id: number;
  title: string;
  startsOn: string;
  endsOn: string;
  startTime: string | null;
  venue: string | null;
  city: string;
  status: string;
};

function toEvent(r: TrainingRow): CalendarEvent {
  return {
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
  };
}

/** The calendar page shows this many trainings starting on one day; the others are a link away. */
export const CALENDAR_TRAININGS_PER_DAY = 3;

/** A range's trainings the viewer sees that overlap it, with their first day bounded too (index on starts_on). */
const overlapping = (range: DateRange) =>
  and(lte(trainingMeetings.startsOn, range.to), gte(trainingMeetings.endsOn, range.from), gte(trainingMeetings.startsOn, sql`${range.from}::date - 31`))!;

/**
 * The calendar page's trainings: at most CALENDAR_TRAININGS_PER_DAY starting on each day (the
 * earliest in the day first), and how many more start that day, in one query. The Bureau's month
 * at national size holds hundreds of local trainings; the page stays readable, and the .ics feed
 * (trainingSource) still lists them all.
 */
export async function calendarTrainings(viewer: Actor, range: DateRange): Promise<{ events: CalendarEvent[]; moreOn: Record<string, number> }> {
  const ranked = db
    .select({
      ...eventColumns,
      rank: sql<number>`row_number() over (partition by ${trainingMeetings.startsOn} order by ${trainingMeetings.startTime} nulls first, ${trainingMeetings.id})`.as("day_rank"),
      dayTotal: sql<number>`count(*) over (partition by ${trainingMeetings.startsOn})`.as("day_total"),
    })
    .from(trainingMeetings)
    .where(and(overlapping(range), visibleTrainingCondition(viewer)))
    .as("ranked");
  const rows = await db.select().from(ranked).where(lte(ranked.rank, CALENDAR_TRAININGS_PER_DAY));
  const moreOn: Record<string, number> = {};
  for (const r of rows) if (Number(r.dayTotal) > CALENDAR_TRAININGS_PER_DAY) moreOn[r.startsOn] = Number(r.dayTotal) - CALENDAR_TRAININGS_PER_DAY;
  return { events: rows.map(toEvent), moreOn };
}

export const trainingSource: EventSource = {
  type: "training",
  // overlapping the range; trainings last a few days, so the start is bounded too (index on starts_on)
  list: (viewer, range) => trainingEvents(viewer, overlapping(range)),
  one: async (viewer, id) => (Number.isInteger(id) && id > 0 ? ((await trainingEvents(viewer, eq(trainingMeetings.id, id)))[0] ?? null) : null),
  near: async (viewer, range, today, limit) => {
    const [ahead, behind] = await Promise.all([
      trainingEvents(viewer, and(overlapping(range), gte(trainingMeetings.startsOn, today))!, { orderBy: asc(trainingMeetings.startsOn), limit }),
      trainingEvents(viewer, and(overlapping(range), lt(trainingMeetings.startsOn, today))!, { orderBy: desc(trainingMeetings.startsOn), limit }),
    ]);
    return [...ahead, ...behind];
  },
};
