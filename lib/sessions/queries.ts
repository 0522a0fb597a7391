import "server-only";
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import {
  agendaItems,
  committeeSessions,
  members,
  recommendations,
  sittingAttendance,
  sittings,
  thematicMeetings,
  workshopParticipants,
  workshops,
  type SessionStatus,
} from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { can, canSeeSessionStatus, type Actor } from "@/lib/permissions";
import { sessionStatuses } from "./schemas";
import { cursorText } from "@/lib/validation";
import { boundedTotal, keysetClauses, keysetCursorFrom, keysetResult, LIST_COUNT_BOUND, type KeysetOrder } from "@/lib/pagination/keyset";

export const SESSIONS_PAGE_SIZE = 20;

/** A session as the lists show it. */
const summaryColumns = {
  id: committeeSessions.id,
  ordinal: committeeSessions.ordinal,
  title: committeeSessions.title,
  startsOn: committeeSessions.startsOn,
  endsOn: committeeSessions.endsOn,
  venue: committeeSessions.venue,
  city: committeeSessions.city,
  status: committeeSessions.status,
};

type Params = Record<string, string | string[] | undefined>;

export interface SessionListFilters {
  status: SessionStatus | null;
  /** The page after or before this cursor (`?after=`, `?before=`), else the first. */
  after?: string;
  before?: string;
}

export function sessionListFiltersFrom(params: Params): SessionListFilters {
  const first = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim();
  };
  const status = first("status");
  return {
    status: (sessionStatuses as readonly string[]).includes(status ?? "") ? (status as SessionStatus) : null,
    after: cursorText(first("after")),
    before: cursorText(first("before")),
  };
}

export function requireSessionRead(viewer: Actor) {
  if (!can(viewer, "session.read")) forbidden();
}

/** The statuses the viewer may see, straight from the policy: members never see a draft. */
export function visibleSessionCondition(viewer: Actor): SQL | undefined {
  const visible = sessionStatuses.filter((s) => canSeeSessionStatus(viewer, s));
  return visible.length === sessionStatuses.length ? undefined : inArray(committeeSessions.status, visible);
}

/**
 * The sessions list's order as one number per session, largest first, then the id: upcoming ones
 * (not yet ended) first, the soonest first, then past ones, the latest first. It depends on today,
 * so no index holds it; the sessions are a few hundred however long the party lives (50 a decade at
 * national scale), and the page still reads LIMIT size + 1 after the cursor, never an offset.
 */
function sessionsOrder(today: string): KeysetOrder {
  const days = sql`(${committeeSessions.startsOn} - date '1900-01-01')`;
  const place = sql<number>`(case when ${committeeSessions.endsOn} >= ${today}::date then 2000000 - ${days} else 1 + ${days} end)`;
  return {
    parts: [
      { column: place, kind: "i" },
      { column: committeeSessions.id, kind: "i" },
    ],
    direction: "desc",
  };
}

/** Upcoming sessions first (soonest first), then past ones (latest first); a page by keyset, the total counted up to LIST_COUNT_BOUND. */
export async function listSessions(viewer: Actor, filters: SessionListFilters) {
  requireSessionRead(viewer);
  const today = todayInMorocco();
  const where = and(visibleSessionCondition(viewer), filters.status ? eq(committeeSessions.status, filters.status) : undefined);
  const order = sessionsOrder(today);
  const cursor = keysetCursorFrom(order, filters.after, filters.before);
  const keyed = keysetClauses(order, cursor);
  const upcoming = sql<boolean>`${committeeSessions.endsOn} >= ${today}`;
  const bounded = db.select({ one: sql`1` }).from(committeeSessions).where(where).limit(LIST_COUNT_BOUND + 1).as("bounded");
  const [total, read] = await Promise.all([
    boundedTotal(bounded),
    db
      .select({
        ...summaryColumns,
        upcoming,
        place: sql<number>`${order.parts[0].column}`.mapWith(Number),
        // one count per row of the page, on workshops' (session_id, number) index; named in full, since
        // drizzle writes a column bare and a bare "id" would be the workshop's own
        workshops: sql<number>`(select count(*) from workshops w where w.session_id = committee_sessions.id)::int`,
      })
      .from(committeeSessions)
      .where(and(where, keyed.where))
      .orderBy(...keyed.orderBy)
      .limit(SESSIONS_PAGE_SIZE + 1),
  ]);
  return { ...keysetResult(read, SESSIONS_PAGE_SIZE, cursor, (r) => [r.place, r.id]), total };
}

export type SessionListRow = Awaited<ReturnType<typeof listSessions>>["rows"][number];

/**
 * The session when the viewer may see it, else null: a draft does not exist for a member (the
 * page answers 404, never 403, so its existence is not revealed). Cached per request.
 */
export const findSession = cache(async (viewer: Actor, id: number) => {
  requireSessionRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db.select().from(committeeSessions).where(eq(committeeSessions.id, id)).limit(1);
  return row && canSeeSessionStatus(viewer, row.status) ? row : null;
});

/** The ordinal after the highest one: after the 8th session, the 9th. */
export async function nextOrdinal(viewer: Actor): Promise<number> {
  if (!can(viewer, "session.manage")) forbidden();
  const [{ last }] = await db.select({ last: sql<number | null>`max(${committeeSessions.ordinal})` }).from(committeeSessions);
  return (last ?? 0) + 1;
}

const rapporteur = alias(members, "rapporteur");
const facilitator = alias(members, "facilitator");

/**
 * Everything the session's page shows, in a fixed number of queries: sittings, workshops, both
 * agendas, thematic meetings, recommendations, participant and attendance counts.
 */
export async function sessionProgramme(viewer: Actor, sessionId: number) {
  if (!(await findSession(viewer, sessionId))) return null;
  const participantCounts = db
    .select({ workshopId: workshopParticipants.workshopId, n: count().as("n") })
    .from(workshopParticipants)
    .groupBy(workshopParticipants.workshopId)
    .as("participant_counts");
  const [sittingRows, workshopRows, meetings] = await Promise.all([
    db
      .select({
        id: sittings.id,
        kind: sittings.kind,
        title: sittings.title,
        date: sittings.date,
        startTime: sittings.startTime,
        endTime: sittings.endTime,
        chairs: sittings.chairs,
        rapporteurId: sittings.rapporteurId,
        rapporteurName: rapporteur.fullNameAr,
      })
      .from(sittings)
      .leftJoin(rapporteur, eq(rapporteur.id, sittings.rapporteurId))
      .where(eq(sittings.sessionId, sessionId))
      .orderBy(asc(sittings.date), asc(sittings.startTime), asc(sittings.id)),
    db
      .select({
        id: workshops.id,
        number: workshops.number,
        title: workshops.title,
        theme: workshops.theme,
        questions: workshops.questions,
        date: workshops.date,
        startTime: workshops.startTime,
        endTime: workshops.endTime,
        room: workshops.room,
        capacity: workshops.capacity,
        facilitatorId: workshops.facilitatorId,
        facilitatorName: facilitator.fullNameAr,
        rapporteurId: workshops.rapporteurId,
        rapporteurName: rapporteur.fullNameAr,
        participants: sql<number>`coalesce(${participantCounts.n}, 0)::int`,
      })
      .from(workshops)
      .leftJoin(participantCounts, eq(participantCounts.workshopId, workshops.id))
      .leftJoin(facilitator, eq(facilitator.id, workshops.facilitatorId))
      .leftJoin(rapporteur, eq(rapporteur.id, workshops.rapporteurId))
      .where(eq(workshops.sessionId, sessionId))
      .orderBy(asc(workshops.date), asc(workshops.startTime), asc(workshops.number)),
    db
      .select()
      .from(thematicMeetings)
      .where(eq(thematicMeetings.sessionId, sessionId))
      .orderBy(asc(thematicMeetings.startsAt), asc(thematicMeetings.id)),
  ]);
  const sittingIds = sittingRows.map((s) => s.id);
  const workshopIds = workshopRows.map((w) => w.id);
  const [sittingAgenda, recommendationRows, attendanceRows] = await Promise.all([
    sittingIds.length
      ? db
          .select()
          .from(agendaItems)
          .where(inArray(agendaItems.sittingId, sittingIds))
          .orderBy(asc(agendaItems.position), asc(agendaItems.id))
      : [],
    workshopIds.length
      ? db
          .select()
          .from(recommendations)
          .where(inArray(recommendations.workshopId, workshopIds))
          .orderBy(asc(recommendations.position), asc(recommendations.id))
      : [],
    sittingIds.length
      ? db
          .select({ sittingId: sittingAttendance.sittingId, status: sittingAttendance.status, n: count() })
          .from(sittingAttendance)
          .where(inArray(sittingAttendance.sittingId, sittingIds))
          .groupBy(sittingAttendance.sittingId, sittingAttendance.status)
      : [],
  ]);

  const attendanceOf = (sittingId: number) => {
    const counts = { present: 0, excused: 0, absent: 0 };
    for (const row of attendanceRows) if (row.sittingId === sittingId) counts[row.status] = row.n;
    return counts;
  };
  return {
    sittings: sittingRows.map((s) => ({
      ...s,
      agenda: sittingAgenda.filter((item) => item.sittingId === s.id),
      attendance: attendanceOf(s.id),
    })),
    workshops: workshopRows.map((w) => ({ ...w, recommendations: recommendationRows.filter((r) => r.workshopId === w.id) })),
    meetings,
  };
}

export type Programme = NonNullable<Awaited<ReturnType<typeof sessionProgramme>>>;
export type ProgrammeSitting = Programme["sittings"][number];
export type ProgrammeWorkshop = Programme["workshops"][number];
export type ThematicMeetingRow = Programme["meetings"][number];

/** A sitting of a session the viewer may see (for its edit and attendance pages). */
export async function findSitting(viewer: Actor, sessionId: number, sittingId: number) {
  const session = await findSession(viewer, sessionId);
  if (!session || !Number.isInteger(sittingId) || sittingId <= 0) return null;
  const [row] = await db
    .select({ sitting: sittings, rapporteurName: rapporteur.fullNameAr })
    .from(sittings)
    .leftJoin(rapporteur, eq(rapporteur.id, sittings.rapporteurId))
    .where(and(eq(sittings.id, sittingId), eq(sittings.sessionId, sessionId)))
    .limit(1);
  if (!row) return null;
  const agenda = await db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.sittingId, sittingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
  return { session, sitting: row.sitting, rapporteurName: row.rapporteurName, agenda };
}

/** A thematic meeting of a session the viewer may see. */
export async function findMeeting(viewer: Actor, sessionId: number, meetingId: number) {
  const session = await findSession(viewer, sessionId);
  if (!session || !Number.isInteger(meetingId) || meetingId <= 0) return null;
  const [meeting] = await db
    .select()
    .from(thematicMeetings)
    .where(and(eq(thematicMeetings.id, meetingId), eq(thematicMeetings.sessionId, sessionId)))
    .limit(1);
  return meeting ? { session, meeting } : null;
}

/** Sessions with a published programme whose last day is today or later, soonest first. */
export async function upcomingSessions(viewer: Actor, limit = 3) {
  requireSessionRead(viewer);
  return db
    .select(summaryColumns)
    .from(committeeSessions)
    .where(and(eq(committeeSessions.status, "convened"), sql`${committeeSessions.endsOn} >= ${todayInMorocco()}`))
    .orderBy(asc(committeeSessions.startsOn))
    .limit(limit);
}
