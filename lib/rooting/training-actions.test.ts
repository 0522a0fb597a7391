import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { trainingMeetings, trainingRegions } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { expectSavedOver, expectStale, versionOf } from "@/tests/concurrency";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { dayBefore } from "./dates";
import { createTraining, deleteTraining, saveTrainingReport, setTrainingStatus, updateTraining } from "./training-actions";
import { branchIn, expectRedirect, expectRefused, FORBIDDEN, makePlan, makeTraining, province, regionId, REQUIRED } from "@/tests/fixtures/rooting";

let planId: number;
let fesMeknes: number;
let soussMassa: number;
let sefrou: { id: number; regionId: number };
let fes: { id: number; regionId: number };
let agadir: { id: number; regionId: number };

beforeAll(async () => {
  planId = await makePlan();
  fesMeknes = await regionId("Fès-Meknès");
  soussMassa = await regionId("Souss-Massa");
  sefrou = await province("Sefrou");
  fes = await province("Fès");
  agadir = await province("Agadir Ida-Outanane");
});

const input = (overrides: Record<string, unknown> = {}) => ({
  planId: String(planId),
  level: "provincial",
  title: "لقاء تكويني إقليمي",
  startsOn: "2031-04-08",
  endsOn: "2031-04-08",
  startTime: "10:00",
  venue: "مقر الحزب",
  city: "صفرو",
  regionIds: [] as string[],
  provinceId: String(sefrou.id),
  branchId: "",
  parentId: "",
  rapporteur: "",
  ...overrides,
});

async function latest() {
  const [row] = await db.select().from(trainingMeetings).orderBy(desc(trainingMeetings.id)).limit(1);
  return row;
}

describe("createTraining", () => {
  it("lets the Bureau schedule a regional training for two regions", async () => {
    await signInAs(demo.bureau);
    await expectRedirect(
      () =>
        createTraining(null, input({ level: "regional", title: "لقاء جهتي فاس - مكناس وسوس - ماسة", city: "الرباط", regionIds: [String(fesMeknes), String(soussMassa)], provinceId: String(sefrou.id) })),
      /NEXT_REDIRECT \/rooting\/trainings\/\d+/,
    );
    const row = await latest();
    // a regional meeting has no province of its own nor a parent
    expect(row).toMatchObject({ level: "regional", status: "planned", provinceId: null, parentId: null, startTime: "10:00", rapporteur: null });
    const covered = await db.select().from(trainingRegions).where(eq(trainingRegions.trainingId, row.id));
    expect(covered.map((r) => r.regionId).sort()).toEqual([fesMeknes, soussMassa].sort());
    expect((await lastAudit("rooting.training.create"))?.entityId).toBe(String(row.id));
  });

  it("refuses a regional or national training from an officer, and any training from a member", async () => {
    await signInAs(demo.officerFes);
    for (const level of ["regional", "national"]) {
      const state = await expectRefused(() => createTraining(null, input({ level, regionIds: [String(fesMeknes)] })), trainingMeetings);
      expect(state.message).toBe(FORBIDDEN);
    }
    await signInAs(demo.member);
    expect((await expectRefused(() => createTraining(null, input()), trainingMeetings)).message).toBe(FORBIDDEN);
  });

  it("lets officer.fes record a provincial training in Sefrou, not in a Souss-Massa province", async () => {
    await signInAs(demo.officerFes);
    await expectRedirect(() => createTraining(null, input()), /NEXT_REDIRECT/);
    expect(await latest()).toMatchObject({ level: "provincial", provinceId: sefrou.id, city: "صفرو" });
    const state = await expectRefused(() => createTraining(null, input({ provinceId: String(agadir.id), city: "أكادير" })), trainingMeetings);
    expect(state.message).toBe(FORBIDDEN);
  });

  it("keeps officer.sefrou inside Sefrou", async () => {
    await signInAs(demo.officerSefrou);
    const branchId = String(await branchIn(sefrou.id));
    await expectRedirect(() => createTraining(null, input({ level: "local", branchId })), /NEXT_REDIRECT/);
    expect(await latest()).toMatchObject({ level: "local", provinceId: sefrou.id });
    for (const other of [fes, agadir]) {
      const state = await expectRefused(() => createTraining(null, input({ provinceId: String(other.id) })), trainingMeetings);
      expect(state.message).toBe(FORBIDDEN);
    }
  });

  it("refuses bad input under the right field, in Arabic, writing nothing", async () => {
    await signInAs(demo.bureau);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsOn: "2031-04-07" }, "endsOn", "تاريخ النهاية يسبق تاريخ البداية."],
      [{ title: "" }, "title", REQUIRED],
      [{ city: "" }, "city", REQUIRED],
      [{ startTime: "25:00" }, "startTime", "القيمة المدخلة غير صالحة."],
      [{ level: "regional", regionIds: [] }, "regionIds", "اختر جهة واحدة على الأقل يشملها اللقاء."],
      [{ level: "regional", regionIds: ["999"] }, "regionIds", "إحدى الجهات المختارة غير موجودة."],
      [{ provinceId: "" }, "provinceId", "اختر الإقليم أو العمالة التي يُعقد فيها اللقاء."],
      [{ level: "local" }, "branchId", "اختر الفرع المحلي الذي يُعقد فيه اللقاء."],
      [{ level: "local", branchId: String(await branchIn(fes.id)) }, "branchId", "هذا الفرع لا يتبع الإقليم المختار."],
      [{ planId: "99999" }, "planId", "اختر خطة التجذر التي يندرج فيها اللقاء."],
      [{ level: "cantonal" }, "level", "اختر قيمة من القائمة."],
    ];
    for (const [overrides, field, message] of cases) {
      const state = await expectRefused(() => createTraining(null, input(overrides)), trainingMeetings);
      expect(state.fieldErrors?.[field], field).toBe(message);
    }
  });
});

describe("the cascade's parent", () => {
  it("accepts a held regional training covering the province's region, and refuses any other", async () => {
    const held = await makeTraining({ planId, regionIds: [fesMeknes], status: "held", startsOn: "2031-03-04", endsOn: "2031-03-04" });
    const planned = await makeTraining({ planId, regionIds: [fesMeknes], status: "planned" });
    const elsewhere = await makeTraining({ planId, regionIds: [soussMassa], status: "held" });
    const later = await makeTraining({ planId, regionIds: [fesMeknes], status: "held", startsOn: "2031-05-01", endsOn: "2031-05-01" });
    const otherPlan = await makeTraining({ planId: await makePlan("2030-01-01", "خطة أخرى"), regionIds: [fesMeknes], status: "held" });
    await signInAs(demo.officerFes);
    await expectRedirect(() => createTraining(null, input({ parentId: String(held.id) })), /NEXT_REDIRECT/);
    expect((await latest()).parentId).toBe(held.id);
    for (const parent of [planned, elsewhere, later, otherPlan]) {
      const state = await expectRefused(() => createTraining(null, input({ parentId: String(parent.id) })), trainingMeetings);
      expect(state.fieldErrors?.parentId).toMatch(/^اللقاء الأصل يجب أن يكون لقاءً منعقدًا/);
    }
  });
});

describe("updateTraining", () => {
  it("lets the officer edit a training of their scope, not move it out, nor touch the Bureau's", async () => {
    const own = await makeTraining({ planId, level: "provincial", provinceId: sefrou.id, city: "صفرو" });
    const regional = await makeTraining({ planId, regionIds: [fesMeknes] });
    await signInAs(demo.officerFes);
    await expectRedirect(async () => updateTraining(null, { id: String(own.id), version: String(await versionOf(trainingMeetings, own.id)), ...input({ title: "عنوان جديد", rapporteur: "فاطمة" }) }), /NEXT_REDIRECT/);
    const [row] = await db.select().from(trainingMeetings).where(eq(trainingMeetings.id, own.id));
    expect(row).toMatchObject({ title: "عنوان جديد", rapporteur: "فاطمة", level: "provincial" });
    expect((await lastAudit("rooting.training.update"))?.changes).toMatchObject({ title: { to: "عنوان جديد" } });

    const moved = await expectRefused(async () => updateTraining(null, { id: String(own.id), version: String(await versionOf(trainingMeetings, own.id)), ...input({ provinceId: String(agadir.id) }) }), trainingMeetings);
    expect(moved.message).toBe(FORBIDDEN);
    expect((await db.select().from(trainingMeetings).where(eq(trainingMeetings.id, own.id)))[0].provinceId).toBe(sefrou.id);
    const bureau = await expectRefused(async () => updateTraining(null, { id: String(regional.id), version: String(await versionOf(trainingMeetings, regional.id)), ...input({ regionIds: [String(fesMeknes)] }) }), trainingMeetings);
    expect(bureau.message).toBe(FORBIDDEN);

    await signInAs(demo.officerSefrou);
    const inFes = await makeTraining({ planId, level: "provincial", provinceId: fes.id, city: "فاس" });
    expect((await updateTraining(null, { id: String(inFes.id), version: String(await versionOf(trainingMeetings, inFes.id)), ...input({ provinceId: String(fes.id) }) })).message).toBe(FORBIDDEN);
  });

  it("refuses dropping a region a training below it depends on", async () => {
    const regional = await makeTraining({ planId, regionIds: [fesMeknes, soussMassa], status: "held", startsOn: "2031-03-01", endsOn: "2031-03-01" });
    await makeTraining({ planId, level: "provincial", provinceId: sefrou.id, parentId: regional.id });
    await signInAs(demo.bureau);
    const state = await updateTraining(null, { id: String(regional.id), version: String(await versionOf(trainingMeetings, regional.id)), ...input({ level: "regional", regionIds: [String(soussMassa)], startsOn: "2031-03-01", endsOn: "2031-03-01" }) });
    expect(state.fieldErrors?.regionIds).toMatch(/^بهذا التعديل/);
    expect((await db.select().from(trainingRegions).where(eq(trainingRegions.trainingId, regional.id))).length).toBe(2);
  });
});

describe("updateTraining from a stale version", () => {
  it("refuses a save from a replaced version, with the training and its regions as the form shows them", async () => {
    const regional = await makeTraining({ planId, regionIds: [fesMeknes], city: "فاس" });
    await signInAs(demo.bureau);
    const fields = { id: String(regional.id), ...input({ level: "regional", regionIds: [String(fesMeknes)], city: "فاس" }) };
    await expectSavedOver(trainingMeetings, regional.id, () => updateTraining(null, { ...fields, version: "1", regionIds: [String(fesMeknes), String(soussMassa)] }));
    const current = await expectStale(trainingMeetings, regional.id, () => updateTraining(null, { ...fields, version: "1", city: "مكناس" }));
    expect(current).toMatchObject({ id: String(regional.id), version: "2", level: "regional", city: "فاس" });
    expect([...(current.regionIds as string[])].sort()).toEqual([String(fesMeknes), String(soussMassa)].sort());
    await expectSavedOver(trainingMeetings, regional.id, () => updateTraining(null, { ...fields, version: "2", city: "مكناس" }));
    expect((await db.select().from(trainingMeetings).where(eq(trainingMeetings.id, regional.id)))[0]).toMatchObject({ city: "مكناس", version: 3 });
  });
});

describe("status and report", () => {
  it("moves planned → held (not before the start) → reported with a summary", async () => {
    const today = todayInMorocco();
    const future = await makeTraining({ planId, level: "provincial", provinceId: sefrou.id, startsOn: "2099-01-01", endsOn: "2099-01-01" });
    const past = await makeTraining({ planId, level: "provincial", provinceId: sefrou.id, startsOn: dayBefore(today), endsOn: today });
    await signInAs(demo.officerSefrou);
    const early = await setTrainingStatus(null, { id: String(future.id), to: "held" });
    expect(early.message).toBe("لا يُسجَّل انعقاد لقاء قبل تاريخ بدايته (1 يناير 2099).");

    expect((await saveTrainingReport(null, { id: String(past.id), summary: "ملخص" })).fieldErrors?.summary).toBe("يُكتب التقرير بعد انعقاد اللقاء.");
    expect((await setTrainingStatus(null, { id: String(past.id), to: "reported" })).ok).toBe(false);
    expect((await setTrainingStatus(null, { id: String(past.id), to: "held" })).ok).toBe(true);
    expect((await lastAudit("rooting.training.status"))?.changes).toEqual({ status: { from: "planned", to: "held" } });
    expect((await setTrainingStatus(null, { id: String(past.id), to: "reported" })).message).toBe("اكتب ملخص اللقاء قبل اعتماد التقرير.");

    await expectRedirect(
      () => saveTrainingReport(null, { id: String(past.id), summary: "عرض مفصل حول تنزيل الخطة", discussion: "نقاش مستفيض", followUp: "لقاءات محلية" }),
      /NEXT_REDIRECT/,
    );
    const [row] = await db.select().from(trainingMeetings).where(eq(trainingMeetings.id, past.id));
    expect(row).toMatchObject({ status: "reported", summary: "عرض مفصل حول تنزيل الخطة", discussion: "نقاش مستفيض", followUp: "لقاءات محلية" });

    await signInAs(demo.officerSouss);
    expect((await setTrainingStatus(null, { id: String(past.id), to: "held" })).message).toBe(FORBIDDEN);
    await signInAs(demo.member);
    expect((await saveTrainingReport(null, { id: String(past.id), summary: "x" })).message).toBe(FORBIDDEN);
  });
});

describe("deleteTraining", () => {
  it("deletes a training with nothing below it, and refuses one whose trainers led others", async () => {
    const parent = await makeTraining({ planId, regionIds: [fesMeknes], status: "held", startsOn: "2031-03-01", endsOn: "2031-03-01" });
    const child = await makeTraining({ planId, level: "provincial", provinceId: sefrou.id, parentId: parent.id });
    await signInAs(demo.officerFes);
    expect((await expectRefused(() => deleteTraining(null, { id: String(parent.id) }), trainingMeetings)).message).toBe(FORBIDDEN);
    await signInAs(demo.bureau);
    expect((await expectRefused(() => deleteTraining(null, { id: String(parent.id) }), trainingMeetings)).message).toBe(
      "لا يمكن حذف لقاء تكوّن فيه مؤطرو لقاءات أخرى.",
    );
    await signInAs(demo.officerSefrou);
    await expectRedirect(() => deleteTraining(null, { id: String(child.id) }), /NEXT_REDIRECT \/rooting\/trainings/);
    expect(await db.select().from(trainingMeetings).where(eq(trainingMeetings.id, child.id))).toHaveLength(0);
    expect((await lastAudit("rooting.training.delete"))?.entityId).toBe(String(child.id));
  });
});
