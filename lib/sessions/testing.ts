// Helpers shared by the sessions tests (not a test file itself).
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import { db } from "@/db";
import { committeeSessions, members, organMemberships, organs, sittings, users, workshops } from "@/db/schema";
import { ninthSessionOn } from "@/db/seed/data/sessions";
import { addDays } from "@/db/seed/today";
import { formatDate } from "@/lib/i18n/format";
import { auditCount } from "@/tests/helpers";

/**
 * The seeded 9th session's days, as the seed placed them on the suite's clock (db/seed/today.ts):
 * its first and second day, the day before and the day after, and the refusal naming them.
 */
export const ninthDays = (() => {
  const { startsOn, endsOn } = ninthSessionOn();
  return {
    first: startsOn,
    second: endsOn,
    before: addDays(startsOn, -1),
    after: addDays(endsOn, 1),
    outsideMessage: `يجب أن يقع التاريخ بين ${formatDate(startsOn)} و${formatDate(endsOn)}، أيام الدورة.`,
  };
})();

export async function sessionByOrdinal(ordinal: number) {
  const [row] = await db.select().from(committeeSessions).where(eq(committeeSessions.ordinal, ordinal));
  return row;
}

export async function workshopsOf(sessionId: number) {
  return db.select().from(workshops).where(eq(workshops.sessionId, sessionId)).orderBy(asc(workshops.number));
}

export async function sittingsOf(sessionId: number) {
  return db.select().from(sittings).where(eq(sittings.sessionId, sessionId)).orderBy(asc(sittings.date), asc(sittings.startTime));
}

export async function rowCount(table: PgTable): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(table);
  return n;
}

export async function memberIdOf(email: string): Promise<number> {
  const [user] = await db.select({ memberId: users.memberId }).from(users).where(eq(sql`lower(${users.email})`, email));
  return user.memberId!;
}

/** Central Committee members, in id order. */
export async function committeeMembers(): Promise<number[]> {
  const rows = await db
    .selectDistinct({ id: organMemberships.memberId })
    .from(organMemberships)
    .innerJoin(organs, eq(organs.id, organMemberships.organId))
    .where(eq(organs.code, "central_committee"))
    .orderBy(asc(organMemberships.memberId));
  return rows.map((r) => r.id);
}

/** A member who sits on no national organ. */
export async function ordinaryMember(offset = 0): Promise<number> {
  const [row] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.status, "active"), sql`not exists (select 1 from ${organMemberships} where ${organMemberships.memberId} = ${members.id})`))
    .orderBy(asc(members.id))
    .offset(offset)
    .limit(1);
  return row.id;
}

type State = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

/** Runs an action that must be refused, and checks that neither the table nor the audit log moved. */
export async function expectRefused(run: () => Promise<State>, table: PgTable): Promise<State> {
  const [rowsBefore, auditBefore] = [await rowCount(table), await auditCount()];
  const state = await run();
  expect(state.ok).toBe(false);
  expect(await rowCount(table)).toBe(rowsBefore);
  expect(await auditCount()).toBe(auditBefore);
  return state;
}

export const FORBIDDEN = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";
export const REQUIRED = "هذا الحقل مطلوب.";
export const NOT_FOUND = "العنصر المطلوب غير موجود أو حُذف.";
