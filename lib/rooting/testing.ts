// Helpers shared by the rooting tests (not a test file itself).
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import { db } from "@/db";
import { branches, members, provinces, regions, rootingPlans, trainingMeetings, trainingPeople, trainingRegions, users, type TrainingMeeting } from "@/db/schema";
import { auditCount } from "@/tests/helpers";

export const FORBIDDEN = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";
export const REQUIRED = "هذا الحقل مطلوب.";
export const NOT_FOUND = "العنصر المطلوب غير موجود أو حُذف.";

export async function regionId(nameFr: string): Promise<number> {
  const [row] = await db.select({ id: regions.id }).from(regions).where(eq(regions.nameFr, nameFr));
  return row.id;
}

export async function province(nameFr: string): Promise<{ id: number; regionId: number }> {
  const [row] = await db.select({ id: provinces.id, regionId: provinces.regionId }).from(provinces).where(eq(provinces.nameFr, nameFr));
  return row;
}

/** An active member whose branch lies in the province (the n-th, by id). */
export async function memberIn(provinceId: number, n = 0): Promise<number> {
  const [row] = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .where(and(eq(branches.provinceId, provinceId), eq(members.status, "active")))
    .orderBy(asc(members.id))
    .offset(n)
    .limit(1);
  return row.id;
}

export async function branchIn(provinceId: number): Promise<number> {
  const [row] = await db.select({ id: branches.id }).from(branches).where(eq(branches.provinceId, provinceId)).orderBy(asc(branches.id)).limit(1);
  return row.id;
}

export async function memberOfAccount(email: string): Promise<number> {
  const [row] = await db.select({ memberId: users.memberId }).from(users).where(eq(sql`lower(${users.email})`, email));
  return row.memberId!;
}

/** A plan written straight to the table (the tests of trainings need one, whatever the seed holds). */
export async function makePlan(startsOn = "2031-01-01", title = "خطة اختبار"): Promise<number> {
  const [row] = await db.insert(rootingPlans).values({ title, startsOn, goals: ["هدف"] }).returning({ id: rootingPlans.id });
  return row.id;
}

/** A training written straight to the tables. */
export async function makeTraining(fields: Partial<typeof trainingMeetings.$inferInsert> & { planId: number; regionIds?: number[] }): Promise<TrainingMeeting> {
  const { regionIds = [], ...rest } = fields;
  const [row] = await db
    .insert(trainingMeetings)
    .values({ level: "regional", title: "لقاء تكويني", startsOn: "2031-03-04", endsOn: "2031-03-05", city: "الرباط", status: "planned", ...rest })
    .returning();
  if (regionIds.length) await db.insert(trainingRegions).values(regionIds.map((regionId) => ({ trainingId: row.id, regionId })));
  return row;
}

export async function addPerson(trainingId: number, memberId: number, role: typeof trainingPeople.$inferInsert.role, provinceId: number | null = null) {
  await db.insert(trainingPeople).values({ trainingId, memberId, role, provinceId });
}

export async function rowCount(table: PgTable): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(table);
  return n;
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

/** Runs an action that redirects on success (a thrown NEXT_REDIRECT in the tests). */
export async function expectRedirect(run: () => Promise<unknown>, to: RegExp) {
  await expect(run()).rejects.toThrow(to);
}
