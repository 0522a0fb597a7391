import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, provinces, rootingActivities } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { auditCount, demo, lastAudit, signInAs } from "@/tests/helpers";
import { createRootingActivity, deleteRootingActivity, updateBranchRooting, updateRootingActivity } from "./branch-actions";
import { daysBefore } from "./checklist";

const FORBIDDEN = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";
const NOT_FOUND = "العنصر المطلوب غير موجود أو حُذف.";
const FUTURE = "لا يمكن أن يكون التاريخ في المستقبل: سجّل ما تم فعلًا.";
const TOO_SMALL = "القيمة أصغر من المسموح (0).";
const REQUIRED = "هذا الحقل مطلوب.";
const BAD_DATE = "أدخل تاريخًا صحيحًا.";
const tomorrow = () => daysBefore(todayInMorocco(), -1);

async function newBranch(provinceFr: string) {
  const [p] = await db.select().from(provinces).where(eq(provinces.nameFr, provinceFr));
  const [row] = await db.insert(branches).values({ provinceId: p.id, nameAr: `فرع ${provinceFr}`, town: "مدينة" }).returning();
  return row;
}

async function branchById(id: number) {
  const [row] = await db.select().from(branches).where(eq(branches.id, id));
  return row;
}

async function activitiesOf(branchId: number) {
  return db.select().from(rootingActivities).where(eq(rootingActivities.branchId, branchId));
}

async function newActivity(provinceFr: string) {
  const branch = await newBranch(provinceFr);
  const [row] = await db
    .insert(rootingActivities)
    .values({ branchId: branch.id, date: "2018-03-10", kind: "solidarity", description: "قافلة تضامنية", peopleReached: 80 })
    .returning();
  return row;
}

async function activityById(id: number) {
  const [row] = await db.select().from(rootingActivities).where(eq(rootingActivities.id, id));
  return row;
}

/** Refused: the answer carries the message (under `field` when given), and no audit row is written. */
async function expectRefused(email: string, call: () => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> }>, message: string, field?: string) {
  await signInAs(email);
  const before = await auditCount();
  const state = await call();
  expect(state.ok).toBe(false);
  if (field) expect(state.fieldErrors?.[field]).toBe(message);
  else expect(state.message).toBe(message);
  expect(await auditCount()).toBe(before);
}

const activity = { date: "2018-05-12", kind: "public_meeting", description: "لقاء تواصلي مع ساكنة الحي", peopleReached: "120" };

describe("updateBranchRooting", () => {
  it("lets the Bureau record the dates anywhere, and audits the change", async () => {
    const branch = await newBranch("Aousserd");
    await signInAs(demo.bureau);
    const state = await updateBranchRooting(null, { branchId: String(branch.id), restructuredOn: "2017-09-14", bureauRenewedOn: "2017-09-14" });
    expect(state).toMatchObject({ ok: true });
    expect(await branchById(branch.id)).toMatchObject({ restructuredOn: "2017-09-14", bureauRenewedOn: "2017-09-14" });
    const audit = await lastAudit("branch.rooting.update");
    expect(audit).toMatchObject({ entity: "branch", entityId: String(branch.id), summary: `rooting dates of branch "فرع Aousserd" updated` });
    expect(audit.changes).toEqual({ restructuredOn: { from: null, to: "2017-09-14" }, bureauRenewedOn: { from: null, to: "2017-09-14" } });

    // an empty field clears its date
    await updateBranchRooting(null, { branchId: branch.id, restructuredOn: "2017-09-14", bureauRenewedOn: "" });
    expect(await branchById(branch.id)).toMatchObject({ restructuredOn: "2017-09-14", bureauRenewedOn: null });
  });

  it("lets officer.fes record in Fès-Meknès, refuses him in Souss-Massa, and keeps officer.sefrou to Sefrou", async () => {
    const taza = await newBranch("Taza");
    await signInAs(demo.officerFes);
    expect(await updateBranchRooting(null, { branchId: taza.id, restructuredOn: "2018-01-20", bureauRenewedOn: "" })).toMatchObject({ ok: true });
    expect((await branchById(taza.id)).restructuredOn).toBe("2018-01-20");

    const tiznit = await newBranch("Tiznit");
    await expectRefused(demo.officerFes, () => updateBranchRooting(null, { branchId: tiznit.id, restructuredOn: "2018-01-20", bureauRenewedOn: "" }), FORBIDDEN);
    expect(await branchById(tiznit.id)).toMatchObject({ restructuredOn: null, bureauRenewedOn: null });

    const fes = await newBranch("Fès");
    await expectRefused(demo.officerSefrou, () => updateBranchRooting(null, { branchId: fes.id, restructuredOn: "2018-01-20", bureauRenewedOn: "" }), FORBIDDEN);
    expect((await branchById(fes.id)).restructuredOn).toBeNull();
    const sefrou = await newBranch("Sefrou");
    await signInAs(demo.officerSefrou);
    expect(await updateBranchRooting(null, { branchId: sefrou.id, restructuredOn: "2018-02-01", bureauRenewedOn: "" })).toMatchObject({ ok: true });
  });

  it("refuses a member, and a branch that does not exist", async () => {
    const branch = await newBranch("Safi");
    await expectRefused(demo.member, () => updateBranchRooting(null, { branchId: branch.id, restructuredOn: "2018-01-20", bureauRenewedOn: "" }), FORBIDDEN);
    expect((await branchById(branch.id)).restructuredOn).toBeNull();
    await expectRefused(demo.bureau, () => updateBranchRooting(null, { branchId: 99_999_999, restructuredOn: "2018-01-20", bureauRenewedOn: "" }), NOT_FOUND);
  });

  it("refuses a date in the future or not a date, under its field, and writes nothing", async () => {
    const branch = await newBranch("Taza");
    await expectRefused(demo.officerFes, () => updateBranchRooting(null, { branchId: branch.id, restructuredOn: tomorrow(), bureauRenewedOn: "" }), FUTURE, "restructuredOn");
    await expectRefused(demo.officerFes, () => updateBranchRooting(null, { branchId: branch.id, restructuredOn: "", bureauRenewedOn: tomorrow() }), FUTURE, "bureauRenewedOn");
    await expectRefused(demo.officerFes, () => updateBranchRooting(null, { branchId: branch.id, restructuredOn: "2018-02-30", bureauRenewedOn: "" }), BAD_DATE, "restructuredOn");
    expect(await branchById(branch.id)).toMatchObject({ restructuredOn: null, bureauRenewedOn: null });
    // today itself is not the future
    await signInAs(demo.officerFes);
    expect(await updateBranchRooting(null, { branchId: branch.id, restructuredOn: todayInMorocco(), bureauRenewedOn: "" })).toMatchObject({ ok: true });
  });
});

describe("createRootingActivity", () => {
  it("lets the Bureau and officer.fes record an activity, and audits", async () => {
    const taza = await newBranch("Taza");
    await signInAs(demo.bureau);
    expect(await createRootingActivity(null, { branchId: String(taza.id), ...activity })).toMatchObject({ ok: true });
    await signInAs(demo.officerFes);
    expect(await createRootingActivity(null, { branchId: taza.id, ...activity, kind: "solidarity", peopleReached: "" })).toMatchObject({ ok: true });
    const rows = await activitiesOf(taza.id);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.kind === "public_meeting")).toMatchObject({ date: "2018-05-12", description: "لقاء تواصلي مع ساكنة الحي", peopleReached: 120 });
    expect(rows.find((r) => r.kind === "solidarity")?.peopleReached).toBeNull();
    expect(await lastAudit("rooting.activity.create")).toMatchObject({
      entity: "rooting_activity",
      summary: `activity of 2018-05-12 (solidarity) recorded for branch "فرع Taza"`,
    });
  });

  it("refuses officer.fes in Souss-Massa and a member, writing nothing", async () => {
    const tiznit = await newBranch("Tiznit");
    await expectRefused(demo.officerFes, () => createRootingActivity(null, { branchId: tiznit.id, ...activity }), FORBIDDEN);
    await expectRefused(demo.member, () => createRootingActivity(null, { branchId: tiznit.id, ...activity }), FORBIDDEN);
    expect(await activitiesOf(tiznit.id)).toHaveLength(0);
  });

  it("answers bad input in Arabic under the field", async () => {
    const taza = await newBranch("Taza");
    await expectRefused(demo.officerFes, () => createRootingActivity(null, { branchId: taza.id, ...activity, peopleReached: "-5" }), TOO_SMALL, "peopleReached");
    await expectRefused(demo.officerFes, () => createRootingActivity(null, { branchId: taza.id, ...activity, description: "  " }), REQUIRED, "description");
    await expectRefused(demo.officerFes, () => createRootingActivity(null, { branchId: taza.id, ...activity, kind: "picnic" }), "اختر قيمة من القائمة.", "kind");
    await expectRefused(demo.officerFes, () => createRootingActivity(null, { branchId: taza.id, ...activity, date: tomorrow() }), FUTURE, "date");
    expect(await activitiesOf(taza.id)).toHaveLength(0);
  });
});

describe("updateRootingActivity", () => {
  it("lets officer.fes correct an activity in his region and audits the change", async () => {
    const row = await newActivity("Meknès");
    await signInAs(demo.officerFes);
    await expect(updateRootingActivity(null, { id: row.id, ...activity, peopleReached: "95" })).rejects.toThrow(
      new RegExp(`NEXT_REDIRECT /rooting/branches/${row.branchId}#activities`),
    );
    expect(await activityById(row.id)).toMatchObject({ date: "2018-05-12", kind: "public_meeting", peopleReached: 95 });
    expect((await lastAudit("rooting.activity.update"))?.changes).toMatchObject({ kind: { from: "solidarity", to: "public_meeting" }, peopleReached: { from: 80, to: 95 } });
  });

  it("refuses out of scope, a member, and bad input, leaving the row as it was", async () => {
    const row = await newActivity("Tiznit");
    await expectRefused(demo.officerFes, () => updateRootingActivity(null, { id: row.id, ...activity }), FORBIDDEN);
    await expectRefused(demo.member, () => updateRootingActivity(null, { id: row.id, ...activity }), FORBIDDEN);
    await expectRefused(demo.officerSouss, () => updateRootingActivity(null, { id: row.id, ...activity, peopleReached: "-1" }), TOO_SMALL, "peopleReached");
    await expectRefused(demo.officerSouss, () => updateRootingActivity(null, { id: 99_999_999, ...activity }), NOT_FOUND);
    expect(await activityById(row.id)).toMatchObject({ date: "2018-03-10", kind: "solidarity", peopleReached: 80 });
  });
});

describe("deleteRootingActivity", () => {
  it("lets the officer in scope delete, audited; refuses others", async () => {
    const row = await newActivity("Sefrou");
    await expectRefused(demo.officerSouss, () => deleteRootingActivity(null, { id: row.id }), FORBIDDEN);
    await expectRefused(demo.member, () => deleteRootingActivity(null, { id: row.id }), FORBIDDEN);
    expect(await activityById(row.id)).toBeDefined();
    await signInAs(demo.officerSefrou);
    await expect(deleteRootingActivity(null, { id: row.id })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await activityById(row.id)).toBeUndefined();
    expect(await lastAudit("rooting.activity.delete")).toMatchObject({ entityId: String(row.id), changes: { kind: "solidarity", peopleReached: 80 } });
  });
});
