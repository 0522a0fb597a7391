import "server-only";
import { and, asc, count, eq, gte, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { committeeSessions, members, sessionInvitations, users, type InvitationAnswer } from "@/db/schema";
import * as clock from "@/lib/clock";
import { todayInMorocco } from "@/lib/i18n/format";
import { keysetClauses, keysetCursorFrom, keysetResult, type KeysetOrder } from "@/lib/pagination/keyset";
import { can, type Actor } from "@/lib/permissions";
import { sessionStartsAt } from "./invitations";
import { findSession } from "./queries";

export const INVITEES_PAGE_SIZE = 30;
export const invitationAnswers = ["none", "attending", "excused"] as const satisfies readonly InvitationAnswer[];

/** The viewer's invitation to the session, and whether they may still answer it; null when they have none. */
export async function myInvitation(viewer: Actor & { memberId: number | null }, sessionId: number) {
  if (viewer.memberId === null) return null;
  const session = await findSession(viewer, sessionId);
  if (!session) return null;
  const [invitation] = await db
    .select({ id: sessionInvitations.id, answer: sessionInvitations.answer, reason: sessionInvitations.reason, answeredAt: sessionInvitations.answeredAt })
    .from(sessionInvitations)
    .where(and(eq(sessionInvitations.sessionId, session.id), eq(sessionInvitations.memberId, viewer.memberId), isNotNull(sessionInvitations.invitedAt)))
    .limit(1);
  if (!invitation) return null;
  const open = session.status === "convened" && clock.now() < (await sessionStartsAt(db, session));
  return { session, invitation, open };
}

/**
 * The viewer's invitations still waiting for an answer, of convened sessions not yet begun: the
 * dashboard's card. Through the invitee's index (member_id); a member has few.
 */
export async function pendingInvitations(viewer: Actor & { memberId: number | null }) {
  if (viewer.memberId === null || !can(viewer, "invitation.answer")) return [];
  return db
    .select({
      id: sessionInvitations.id,
      sessionId: committeeSessions.id,
      ordinal: committeeSessions.ordinal,
      title: committeeSessions.title,
      startsOn: committeeSessions.startsOn,
      endsOn: committeeSessions.endsOn,
      venue: committeeSessions.venue,
      city: committeeSessions.city,
    })
    .from(sessionInvitations)
    .innerJoin(committeeSessions, eq(committeeSessions.id, sessionInvitations.sessionId))
    .where(
      and(
        eq(sessionInvitations.memberId, viewer.memberId),
        eq(sessionInvitations.answer, "none"),
        isNotNull(sessionInvitations.invitedAt),
        eq(committeeSessions.status, "convened"),
        gte(committeeSessions.startsOn, todayInMorocco()),
      ),
    )
    .orderBy(asc(committeeSessions.startsOn), asc(sessionInvitations.id))
    .limit(5);
}

export type PendingInvitation = Awaited<ReturnType<typeof pendingInvitations>>[number];

/** How many of a session's invitees answered each way: one grouped query on (session_id, answer). */
export async function invitationCounts(sessionId: number) {
  const grouped = await db
    .select({ answer: sessionInvitations.answer, n: count() })
    .from(sessionInvitations)
    .where(eq(sessionInvitations.sessionId, sessionId))
    .groupBy(sessionInvitations.answer);
  const counts = { none: 0, attending: 0, excused: 0 };
  for (const row of grouped) counts[row.answer] = row.n;
  return counts;
}

const inviteeOrder: KeysetOrder = { parts: [{ column: sessionInvitations.id, kind: "i" }], direction: "asc" };

/**
 * What the Bureau sees of a session's invitations: the counts by answer (one grouped query on
 * (session_id, answer)) and one page of the list, by keyset on the id, filtered by answer.
 */
export async function sessionInvitees(viewer: Actor, sessionId: number, filters: { answer?: InvitationAnswer | null; after?: string; before?: string }) {
  if (!can(viewer, "session.manage")) return null;
  const session = await findSession(viewer, sessionId);
  if (!session) return null;
  const cursor = keysetCursorFrom(inviteeOrder, filters.after, filters.before);
  const keyed = keysetClauses(inviteeOrder, cursor);
  const where = and(eq(sessionInvitations.sessionId, session.id), filters.answer ? eq(sessionInvitations.answer, filters.answer) : undefined);
  const [read, grouped] = await Promise.all([
    db
      .select({
        id: sessionInvitations.id,
        memberId: sessionInvitations.memberId,
        fullNameAr: members.fullNameAr,
        fullNameLatin: members.fullNameLatin,
        memberNumber: members.memberNumber,
        answer: sessionInvitations.answer,
        reason: sessionInvitations.reason,
        answeredAt: sessionInvitations.answeredAt,
        invitedAt: sessionInvitations.invitedAt,
        hasAccount: sql<boolean>`${users.id} is not null`,
      })
      .from(sessionInvitations)
      .innerJoin(members, eq(members.id, sessionInvitations.memberId))
      .leftJoin(users, and(eq(users.memberId, sessionInvitations.memberId), eq(users.active, true)))
      .where(and(where, keyed.where))
      .orderBy(...keyed.orderBy)
      .limit(INVITEES_PAGE_SIZE + 1),
    invitationCounts(session.id),
  ]);
  const counts = grouped;
  const page = keysetResult(read, INVITEES_PAGE_SIZE, cursor, (r) => [r.id]);
  return { session, ...page, counts, total: counts.none + counts.attending + counts.excused };
}

export type SessionInvitees = NonNullable<Awaited<ReturnType<typeof sessionInvitees>>>;
