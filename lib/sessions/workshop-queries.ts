import "server-only";
import { and, asc, desc, eq, exists, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { agendaItems, committeeSessions, members, organMemberships, organs, recommendations, workshopParticipants, workshops } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { can, type Actor } from "@/lib/permissions";
import { currentCommitteeMembership } from "./committee-queries";
import { overlappingWorkshops } from "./overlap-queries";
import { shortTime } from "./time";
import { findSession, visibleSessionCondition } from "./queries";

const facilitator = alias(members, "facilitator");
const rapporteur = alias(members, "rapporteur");

/** Whether the member of this column sits on the Central Committee today, as a select field. */
const isCommitteeMember = (memberId: typeof members.id) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(organMemberships)
      .innerJoin(organs, eq(organs.id, organMemberships.organId))
      .where(and(eq(organMemberships.memberId, memberId), currentCommitteeMembership())),
  );

/**
 * A workshop of a session the viewer may see, with its people, agenda and recommendations; null
 * when the session is hidden from the viewer or the workshop is not one of its workshops.
 */
export const findWorkshop = cache(async (viewer: Actor, sessionId: number, workshopId: number) => {
  const session = await findSession(viewer, sessionId);
  if (!session || !Number.isInteger(workshopId) || workshopId <= 0) return null;
  const [row] = await db
    .select({ workshop: workshops, facilitatorName: facilitator.fullNameAr, rapporteurName: rapporteur.fullNameAr })
    .from(workshops)
    .leftJoin(facilitator, eq(facilitator.id, workshops.facilitatorId))
    .leftJoin(rapporteur, eq(rapporteur.id, workshops.rapporteurId))
    .where(and(eq(workshops.id, workshopId), eq(workshops.sessionId, sessionId)))
    .limit(1);
  if (!row) return null;
  const [agenda, recommendationRows] = await Promise.all([
    db.select().from(agendaItems).where(eq(agendaItems.workshopId, workshopId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)),
    db.select().from(recommendations).where(eq(recommendations.workshopId, workshopId)).orderBy(asc(recommendations.position), asc(recommendations.id)),
  ]);
  return { session, ...row, agenda, recommendations: recommendationRows };
});

export type WorkshopDetail = NonNullable<Awaited<ReturnType<typeof findWorkshop>>>;

/** The participants, Central Committee members first, each with the overlapping workshops they are also in. */
export async function workshopParticipantList(viewer: Actor, sessionId: number, workshopId: number) {
  if (!(await findWorkshop(viewer, sessionId, workshopId))) return [];
  const [rows, overlaps] = await Promise.all([
    db
      .select({
        id: members.id,
        fullNameAr: members.fullNameAr,
        fullNameLatin: members.fullNameLatin,
        memberNumber: members.memberNumber,
        committee: isCommitteeMember(members.id),
      })
      .from(workshopParticipants)
      .innerJoin(members, eq(members.id, workshopParticipants.memberId))
      .where(eq(workshopParticipants.workshopId, workshopId))
      .orderBy(asc(members.fullNameAr), asc(members.id)),
    overlappingWorkshops(db, workshopId),
  ]);
  return rows.map((row) => ({ ...row, overlaps: overlaps.filter((o) => o.memberId === row.id) }));
}

export type ParticipantRow = Awaited<ReturnType<typeof workshopParticipantList>>[number];

const MINE_LIMIT = 100;

/**
 * The workshops the viewer's member takes part in — as participant, facilitator or rapporteur —
 * in the sessions the viewer may see; coming ones first. `upcomingOnly` keeps published sessions
 * and days from today on (the dashboard).
 */
export async function workshopsOfMember(viewer: Actor & { memberId: number | null }, options: { upcomingOnly?: boolean; limit?: number } = {}) {
  if (!can(viewer, "session.read") || viewer.memberId === null) return [];
  const memberId = viewer.memberId;
  const today = todayInMorocco();
  const participates = exists(
    db
      .select({ one: sql`1` })
      .from(workshopParticipants)
      .where(and(eq(workshopParticipants.workshopId, workshops.id), eq(workshopParticipants.memberId, memberId))),
  );
  const coming = sql<boolean>`${workshops.date} >= ${today}`;
  const rows = await db
    .select({
      id: workshops.id,
      sessionId: workshops.sessionId,
      number: workshops.number,
      title: workshops.title,
      date: workshops.date,
      startTime: workshops.startTime,
      endTime: workshops.endTime,
      room: workshops.room,
      facilitatorId: workshops.facilitatorId,
      rapporteurId: workshops.rapporteurId,
      participant: participates,
      ordinal: committeeSessions.ordinal,
      sessionTitle: committeeSessions.title,
      city: committeeSessions.city,
      coming,
    })
    .from(workshops)
    .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
    .where(
      and(
        visibleSessionCondition(viewer),
        options.upcomingOnly ? and(inArray(committeeSessions.status, ["convened"]), coming) : undefined,
        or(participates, eq(workshops.facilitatorId, memberId), eq(workshops.rapporteurId, memberId)),
      ),
    )
    .orderBy(desc(coming), sql`case when ${coming} then ${workshops.date} end asc`, desc(workshops.date), asc(workshops.startTime), asc(workshops.number))
    .limit(options.limit ?? MINE_LIMIT);
  return rows.map(({ facilitatorId, rapporteurId, participant, ...row }) => ({
    ...row,
    roles: [
      ...(participant ? (["participant"] as const) : []),
      ...(facilitatorId === memberId ? (["facilitator"] as const) : []),
      ...(rapporteurId === memberId ? (["rapporteur"] as const) : []),
    ],
  }));
}

export type MemberWorkshop = Awaited<ReturnType<typeof workshopsOfMember>>[number];

/** Names of members shown in a form's pickers (the current facilitator, rapporteur …). */
export async function memberNames(ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = ids.filter((id): id is number => id !== null);
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: members.id, name: members.fullNameAr }).from(members).where(inArray(members.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * What a new workshop of the session starts from: the number after its highest, and the date and
 * times of that last workshop (parallel workshops run side by side), or the session's first day and
 * no times when it has none yet. One read on the (session, number) index.
 */
export async function newWorkshopDefaults(
  viewer: Actor,
  session: { id: number; startsOn: string },
): Promise<{ number: number; date: string; startTime: string; endTime: string }> {
  if (!can(viewer, "session.manage")) forbidden();
  const [last] = await db
    .select({ number: workshops.number, date: workshops.date, startTime: workshops.startTime, endTime: workshops.endTime })
    .from(workshops)
    .where(eq(workshops.sessionId, session.id))
    .orderBy(desc(workshops.number))
    .limit(1);
  if (!last) return { number: 1, date: session.startsOn, startTime: "", endTime: "" };
  return { number: last.number + 1, date: last.date, startTime: shortTime(last.startTime), endTime: shortTime(last.endTime) };
}
