import "server-only";
import { and, asc, count, eq, exists, sql } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { db } from "@/db";
import { members, organMemberships, organs, sittingAttendance } from "@/db/schema";
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

/**
 * One page of a sitting's attendance sheet (25 Central Committee members, searched by folded name)
 * with each one's recorded status, and the sheet's counts over the whole committee. Four queries.
 */
export async function attendanceSheet(viewer: Actor, sessionId: number, sittingId: number, filters: { q?: string | null; page?: number }) {
  if (!can(viewer, "session.manage")) forbidden();
  const found = await findSitting(viewer, sessionId, sittingId);
  if (!found) return null;
  const folded = filters.q ? foldForSearch(filters.q.slice(0, 100)) : "";
  const where = and(onCommittee(), folded ? sql`${members.searchName} like ${`%${escapeLike(folded)}%`}` : undefined);

  const [{ total }] = await db.select({ total: count() }).from(members).where(where);
  const pages = Math.max(1, Math.ceil(total / ATTENDANCE_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pages);
  const [rows, statusCounts, [{ committee }]] = await Promise.all([
    db
      .select({
        id: members.id,
        fullNameAr: members.fullNameAr,
        fullNameLatin: members.fullNameLatin,
        memberNumber: members.memberNumber,
        status: sittingAttendance.status,
      })
      .from(members)
      .leftJoin(sittingAttendance, and(eq(sittingAttendance.memberId, members.id), eq(sittingAttendance.sittingId, sittingId)))
      .where(where)
      .orderBy(asc(members.fullNameAr), asc(members.id))
      .limit(ATTENDANCE_PAGE_SIZE)
      .offset((page - 1) * ATTENDANCE_PAGE_SIZE),
    db
      .select({ status: sittingAttendance.status, n: count() })
      .from(sittingAttendance)
      .where(eq(sittingAttendance.sittingId, sittingId))
      .groupBy(sittingAttendance.status),
    db.select({ committee: count() }).from(members).where(onCommittee()),
  ]);
  const counts = { present: 0, excused: 0, absent: 0 };
  for (const row of statusCounts) counts[row.status] = row.n;
  const recorded = counts.present + counts.excused + counts.absent;
  return { ...found, rows, total, page, pages, counts, committee, unrecorded: Math.max(0, committee - recorded) };
}

export type AttendanceSheet = NonNullable<Awaited<ReturnType<typeof attendanceSheet>>>;
