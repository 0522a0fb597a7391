import { count, eq } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "@/db";
import {
  agreementParties,
  agreements,
  delegations,
  diplomaticMeetings,
  followUpActions,
  meetingParties,
  members,
  organMemberships,
  organs,
  partnerParties,
  partyEvents,
} from "@/db/schema";
import { auditCount, demo, signInAs } from "@/tests/helpers";

export const FORBIDDEN = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";
export const REQUIRED = "هذا الحقل مطلوب.";
export const CHOICE = "اختر قيمة من القائمة.";
export const NOT_FOUND = "العنصر المطلوب غير موجود أو حُذف.";

type State = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

/** Every row of the area, and the audit log: what a refused action must leave as it was. */
export async function diplomacyCounts() {
  const tables = [partnerParties, partyEvents, delegations, diplomaticMeetings, meetingParties, agreements, agreementParties, followUpActions] as const;
  const counts = await Promise.all(tables.map(async (table) => (await db.select({ n: count() }).from(table))[0].n));
  return { rows: counts, audit: await auditCount() };
}

/** Runs an action that must be refused and checks that nothing was written (nor audited). */
export async function refused(run: () => Promise<State>) {
  const before = await diplomacyCounts();
  const state = await run();
  expect(state.ok).toBe(false);
  expect(await diplomacyCounts()).toEqual(before);
  return state;
}

/** Officers (of any scope) and members may not touch party diplomacy: the forbidden message, nothing written. */
export async function expectDeniedToOfficersAndMembers(run: () => Promise<State>) {
  for (const email of [demo.officerFes, demo.officerSefrou, demo.member]) {
    await signInAs(email);
    const state = await refused(run);
    expect(state.message).toBe(FORBIDDEN);
  }
}

/** Signs in and expects the action to succeed with a redirect (to `to`, when given). */
export async function expectRedirect(email: string, run: () => Promise<unknown>, to: RegExp = /NEXT_REDIRECT/) {
  await signInAs(email);
  await expect(run()).rejects.toThrow(to);
}

export async function partyByKey(nameOriginal: string) {
  const [row] = await db.select().from(partnerParties).where(eq(partnerParties.nameOriginal, nameOriginal));
  return row;
}

export async function eighthCongress() {
  const [row] = await db.select().from(partyEvents).where(eq(partyEvents.ordinal, 8));
  return row;
}

export async function peruAgreement() {
  const [row] = await db.select().from(agreements).where(eq(agreements.signedOn, "2025-04-07"));
  return row;
}

/** An active Political Bureau member (a possible follow-up owner). */
export async function activeBureauMember() {
  const [row] = await db
    .select({ id: members.id, name: members.fullNameAr })
    .from(members)
    .innerJoin(organMemberships, eq(organMemberships.memberId, members.id))
    .innerJoin(organs, eq(organs.id, organMemberships.organId))
    .where(eq(organs.code, "political_bureau"))
    .limit(1);
  return row;
}

export async function inactiveMember() {
  const [row] = await db.select({ id: members.id }).from(members).where(eq(members.status, "resigned")).limit(1);
  return row;
}

export const pdf = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set(Buffer.from("%PDF-1.7\n"));
  return bytes;
};
