import "server-only";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { committeeSessions, members, organMemberships, organs, sessionInvitations, sittings, workshopParticipants, type CommitteeSession, type EmailAttachment } from "@/db/schema";
import { sessionHref } from "@/lib/calendar/links";
import { ICS_PRODUCT, toIcs } from "@/lib/calendar/ics";
import * as clock from "@/lib/clock";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { notifyEach, usersOfMembers } from "@/lib/notifications/localized";
import type { Notice } from "@/lib/notifications/notify";
import { currentCommitteeMembership } from "./committee-queries";
import { dateRange, sessionName } from "./format";
import { zonedInstant } from "./time";

/*
 * The core of a session's invitations, shared by the actions (lib/sessions/*-actions.ts) and the
 * demo seed, so that the demo's invitations leave the way real ones do. Every function runs
 * inside the caller's transaction; the emails it writes leave after the commit
 * (`ctx.afterCommit(enqueueEmailsAfterCommit)` in the action).
 */

export const invitationHref = (sessionId: number) => `/sessions/${sessionId}/invitation`;

const appOrigin = () => process.env.APP_URL || "http://localhost:3000";

/** The Central Committee's members of today, active, put on the session's list (those already on it are kept). */
export async function listCommitteeAsInvitees(ex: Executor, sessionId: number): Promise<void> {
  await ex.execute(sql`
    insert into ${sessionInvitations} (session_id, member_id, created_at)
    select distinct ${sessionId}::integer, ${organMemberships.memberId}, ${clock.now().toISOString()}::timestamptz
    from ${organMemberships}
    inner join ${organs} on ${organs.id} = ${organMemberships.organId}
    inner join ${members} on ${members.id} = ${organMemberships.memberId}
    where ${and(currentCommitteeMembership(), eq(members.status, "active"))}
    on conflict do nothing`);
}

/** One notice per language, to the members' active accounts: `build` words it in that language. */
async function notifyMembers(ex: Executor, memberIds: number[], build: (t: Dictionary, locale: Locale) => Notice): Promise<number> {
  return notifyEach(ex, await usersOfMembers(ex, memberIds), build);
}

/** When the session starts: its first sitting, or the morning of its first day. */
export async function sessionStartsAt(ex: Executor, session: Pick<CommitteeSession, "id" | "startsOn">): Promise<Date> {
  const [first] = await ex
    .select({ date: sittings.date, startTime: sittings.startTime })
    .from(sittings)
    .where(eq(sittings.sessionId, session.id))
    .orderBy(asc(sittings.date), asc(sittings.startTime))
    .limit(1);
  return first && first.date <= session.startsOn ? zonedInstant(first.date, first.startTime.slice(0, 5)) : zonedInstant(session.startsOn, "00:00");
}

/** The session's days as an .ics file, the same event (and UID) as its download and the calendar feed. */
function sessionIcs(session: CommitteeSession): EmailAttachment {
  const content = toIcs(
    [
      {
        type: "session",
        id: session.id,
        title: session.title,
        context: null,
        date: session.startsOn,
        endDate: session.endsOn,
        startTime: null,
        endTime: null,
        location: `${session.venue}، ${session.city}`,
        href: sessionHref(session.id),
        status: session.status,
        cancelled: false,
      },
    ],
    { name: session.title, origin: appOrigin(), product: ICS_PRODUCT },
  );
  return { filename: `session-${session.id}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content };
}

export function invitationNotice(session: CommitteeSession, t: Dictionary, locale: Locale, ics: EmailAttachment): Notice {
  const n = t.invitations.notices;
  const answerHref = (answer: string) => `${appOrigin()}${invitationHref(session.id)}?answer=${answer}`;
  return {
    kind: "session.invitation",
    title: fill(n.invitationTitle, { session: sessionName(t.sessions, session.ordinal) }),
    body: fill(n.invitationBody, {
      title: session.title,
      dates: dateRange(t.sessions, locale, session.startsOn, session.endsOn),
      venue: fill(t.sessions.venueCity, { venue: session.venue, city: session.city }),
    }),
    href: sessionHref(session.id),
    emailExtra: `${fill(n.answerLinks, { attending: answerHref("attending"), excused: answerHref("excused") })}\n\n${n.icsNote}`,
    attachments: [ics],
    dedupeKey: `session.invitation:${session.id}`,
  };
}

/**
 * Sends the invitation to everyone on the list who has not had it: the move to convened, and an
 * invitee added to a convened session. `invitedAt` is set once, so a re-save or a withdrawal and
 * reconvening invites no one twice (and the notice's dedupe key holds it per account too).
 * Members without an account are invited on the list; they have no inbox to reach.
 */
export async function sendInvitations(ex: Executor, session: CommitteeSession): Promise<{ invited: number; notified: number }> {
  const invited = await ex
    .update(sessionInvitations)
    .set({ invitedAt: clock.now() })
    .where(and(eq(sessionInvitations.sessionId, session.id), isNull(sessionInvitations.invitedAt)))
    .returning({ memberId: sessionInvitations.memberId });
  if (!invited.length) return { invited: 0, notified: 0 };
  const ics = sessionIcs(session);
  const notified = await notifyMembers(
    ex,
    invited.map((r) => r.memberId),
    (t, locale) => invitationNotice(session, t, locale, ics),
  );
  return { invited: invited.length, notified };
}

/** The move to convened: a list never made is the Central Committee's; then every invitee not yet invited is. */
export async function inviteOnConvening(ex: Executor, session: CommitteeSession): Promise<{ invited: number; notified: number }> {
  const [any] = await ex.select({ id: sessionInvitations.id }).from(sessionInvitations).where(eq(sessionInvitations.sessionId, session.id)).limit(1);
  if (!any) await listCommitteeAsInvitees(ex, session.id);
  return sendInvitations(ex, session);
}

/** The members who had the invitation: those to tell of a change. */
async function invitedMemberIds(ex: Executor, sessionId: number): Promise<number[]> {
  const rows = await ex
    .select({ memberId: sessionInvitations.memberId })
    .from(sessionInvitations)
    .where(and(eq(sessionInvitations.sessionId, sessionId), isNotNull(sessionInvitations.invitedAt)));
  return rows.map((r) => r.memberId);
}

/** A change the invitees must hear of (a withdrawal, a sitting moved); `key` makes it once per account. */
export async function notifyInvitees(ex: Executor, sessionId: number, build: (t: Dictionary, locale: Locale) => Notice): Promise<number> {
  return notifyMembers(ex, await invitedMemberIds(ex, sessionId), build);
}

/** A workshop's change, told to its participants. */
export async function notifyWorkshopParticipants(ex: Executor, workshopId: number, build: (t: Dictionary, locale: Locale) => Notice): Promise<number> {
  const rows = await ex.select({ memberId: workshopParticipants.memberId }).from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshopId));
  return notifyMembers(ex, rows.map((r) => r.memberId), build);
}

/** Records an answer (the action has checked whose invitation it is and that answering is still open). */
export async function recordAnswer(ex: Executor, invitationId: number, answer: "attending" | "excused", reason: string | null): Promise<void> {
  await ex
    .update(sessionInvitations)
    .set({ answer, reason: answer === "excused" ? reason : null, answeredAt: clock.now() })
    .where(eq(sessionInvitations.id, invitationId));
}

/** The session row, for a caller holding only its id (the seed). */
export async function sessionById(ex: Executor, id: number): Promise<CommitteeSession | null> {
  const [row] = await ex.select().from(committeeSessions).where(eq(committeeSessions.id, id));
  return row ?? null;
}
