import "server-only";
import { and, count, eq, exists, or, sql } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { db } from "@/db";
import { members, organMemberships, organs, sessionInvitations, sittingAttendance } from "@/db/schema";
import { keysetClauses, keysetCursorFrom, keysetResult, type KeysetOrder } from "@/lib/pagination/keyset";
import { can, type Actor } from "@/lib/permissions";
import { foldForSearch } from "@/lib/text/fold";
import { escapeLike } from "@/lib/text/normalize";
import { currentCommitteeMembership } from "./committee-queries";
import { findSitting } from "./queries";
import { ATTENDANCE_PAGE_SIZE } from "./schemas";

/** Members of the Central Committee today: the lines of every attendance sheet. */
const onCommittee = () =>
  exists(
    db
      .select({ one: sql`1` })
      .from(organMemberships)
      .innerJoin(organs, eq(organs.id, organMemberships.organId))
      .where(and(eq(organMemberships.memberId, members.id), currentCommitteeMembership())),
  );

/** The sheet's order, the directory's: the Arabic name, then the id (members_full_name_ar_id_index). */
const attendanceOrder: KeysetOrder = {
  parts: [
    { column: members.fullNameAr, kind: "s" },
    { column: members.id, kind: "i" },
  ],
  direction: "asc",
};

/**
 * One page of a sitting's attendance sheet (25 Central Committee members and other invitees, searched by folded name,
 * by keyset after or before a cursor) with each one's recorded status, and the sheet's counts over
 * the whole committee. Three queries besides the sitting's, whatever the page.
 */
export async function attendanceSheet(
  viewer: Actor,
  sessionId: number,
  sittingId: number,
  filters: { q?: string | null; after?: string; before?: string },
) {
  if (!can(viewer, "session.manage")) forbidden();
  const found = await findSitting(viewer, sessionId, sittingId);
  if (!found) return null;
  const folded = filters.q ? foldForSearch(filters.q.slice(0, 100)) : "";
  // the committee, and anyone else the session invited
  const invited = exists(
    db
      .select({ one: sql`1` })
      .from(sessionInvitations)
      .where(and(eq(sessionInvitations.sessionId, sessionId), eq(sessionInvitations.memberId, members.id))),
  );
  const expected = or(onCommittee(), invited);
  const where = and(expected, folded ? sql`${members.searchName} like ${`%${escapeLike(folded)}%`}` : undefined);

  const cursor = keysetCursorFrom(attendanceOrder, filters.after, filters.before);
  const keyed = keysetClauses(attendanceOrder, cursor);
  const [read, statusCounts, [{ committee }]] = await Promise.all([
    db
      .select({
        id: members.id,
        fullNameAr: members.fullNameAr,
        fullNameLatin: members.fullNameLatin,
        memberNumber: members.memberNumber,
        status: sittingAttendance.status,
        // what they answered the invitation: the sheet starts from it, what was recorded wins
        answer: sessionInvitations.answer,
        reason: sessionInvitations.reason,
      })
      .from(members)
      .leftJoin(sittingAttendance, and(eq(sittingAttendance.memberId, members.id), eq(sittingAttendance.sittingId, sittingId)))
      .leftJoin(sessionInvitations, and(eq(sessionInvitations.memberId, members.id), eq(sessionInvitations.sessionId, sessionId)))
      .where(and(where, keyed.where))
      .orderBy(...keyed.orderBy)
      .limit(ATTENDANCE_PAGE_SIZE + 1),
    db
      .select({ status: sittingAttendance.status, n: count() })
      .from(sittingAttendance)
      .where(eq(sittingAttendance.sittingId, sittingId))
      .groupBy(sittingAttendance.status),
    db.select({ committee: count() }).from(members).where(expected),
  ]);
  const counts = { present: 0, excused: 0, absent: 0 };
  for (const row of statusCounts) counts[row.status] = row.n;
  const recorded = counts.present + counts.excused + counts.absent;
  const page = keysetResult(read, ATTENDANCE_PAGE_SIZE, cursor, (r) => [r.fullNameAr, r.id]);
  return { ...found, ...page, counts, committee, unrecorded: Math.max(0, committee - recorded) };
}

export type AttendanceSheet = NonNullable<Awaited<ReturnType<typeof attendanceSheet>>>;
