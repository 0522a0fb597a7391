import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  actionKeys,
  agreements,
  branches,
  committeeSessions,
  evaluationCampaigns,
  members,
  provinces,
  trainingMaterials,
  trainingMeetings,
  workshops,
} from "@/db/schema";
import { ONE_TIME_KEY_FIELD } from "@/lib/action";
import { createAgreement } from "@/lib/diplomacy/agreement-actions";
import { partyByKey } from "@/tests/fixtures/diplomacy";
import { createMember } from "@/lib/members/actions";
import { createCampaign } from "@/lib/reports/campaign-actions";
import { makePlan, makeTraining, province } from "@/tests/fixtures/rooting";
import { addTrainingMaterial } from "@/lib/rooting/material-actions";
import { createTraining } from "@/lib/rooting/training-actions";
import { createSession } from "@/lib/sessions/actions";
import { sessionByOrdinal } from "@/tests/fixtures/sessions";
import { createWorkshop } from "@/lib/sessions/workshop-actions";
import { createBranch } from "@/lib/territory/actions";
import { auditCount, demo, signInAs } from "@/tests/helpers";

process.env.STORAGE_DIR = mkdtempSync(path.join(os.tmpdir(), "once-uploads-"));

const newKey = () => randomBytes(16).toString("hex");

async function rows(table: PgTable): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(table);
  return n;
}

/** What an action answered: its state, or where it sent the browser. */
async function answerOf(call: () => Promise<unknown>): Promise<{ redirect?: string; state?: unknown }> {
  try {
    return { state: await call() };
  } catch (error) {
    const redirect = /^NEXT_REDIRECT (.+)$/.exec((error as Error).message)?.[1];
    if (redirect) return { redirect };
    throw error;
  }
}

/**
 * The same key twice (one after the other, then both at once) writes one row and answers the
 * second as the first; another key writes another row. `create(key, n)` sends the n-th distinct input.
 */
async function expectOneRowPerKey(table: PgTable, create: (once: string, n: number) => Promise<unknown>) {
  const before = await rows(table);
  const audited = await auditCount();
  const key = newKey();
  const first = await answerOf(() => create(key, 1));
  expect(first.redirect ?? (first.state as { ok: boolean }).ok).toBeTruthy();
  expect(await rows(table)).toBe(before + 1);

  const second = await answerOf(() => create(key, 1));
  expect(second).toEqual(first);
  expect(await rows(table)).toBe(before + 1);
  expect(await auditCount()).toBe(audited + 1);

  const together = newKey();
  const [a, b] = await Promise.all([answerOf(() => create(together, 2)), answerOf(() => create(together, 2))]);
  expect(a).toEqual(b);
  expect(await rows(table)).toBe(before + 2);

  const other = await answerOf(() => create(newKey(), 3));
  expect(other).not.toEqual(first);
  expect(await rows(table)).toBe(before + 3);
  expect(await auditCount()).toBe(audited + 3);
}

async function provinceId(nameFr: string) {
  return (await province(nameFr)).id;
}

let run = 0;
beforeAll(() => {
  run = Date.now() % 100_000;
});

describe("one-time keys on create forms", () => {
  it("branches", async () => {
    await signInAs(demo.bureau);
    const agadir = await provinceId("Agadir Ida-Outanane");
    await expectOneRowPerKey(branches, (once, n) =>
      createBranch(null, { nameAr: `فرع المرة الواحدة ${run}-${n}`, nameFr: "", town: "بلدة", address: "", provinceId: String(agadir), [ONE_TIME_KEY_FIELD]: once }),
    );
  });

  it("trainings", async () => {
    await signInAs(demo.bureau);
    const planId = await makePlan();
    const sefrou = await provinceId("Sefrou");
    await expectOneRowPerKey(trainingMeetings, (once, n) =>
      createTraining(null, {
        planId: String(planId),
        level: "provincial",
        title: `لقاء تكويني ${n}`,
        startsOn: "2031-04-08",
        endsOn: "2031-04-08",
        startTime: "10:00",
        venue: "مقر الحزب",
        city: "صفرو",
        regionIds: [],
        provinceId: String(sefrou),
        branchId: "",
        parentId: "",
        rapporteur: "",
        [ONE_TIME_KEY_FIELD]: once,
      }),
    );
  });

  it("agreements, with their signed text stored once", async () => {
    await signInAs(demo.bureau);
    const pce = await partyByKey("Partido Comunista de España");
    const document = () => new File([new TextEncoder().encode("%PDF-1.7\n% signed\n")], "اتفاقية.pdf", { type: "application/pdf" });
    await expectOneRowPerKey(agreements, (once, n) =>
      createAgreement(null, {
        title: `اتفاقية المرة الواحدة ${n}`,
        signedOn: "2026-03-10",
        place: "الرباط",
        partyIds: [String(pce.id)],
        signatories: "الأمين العام",
        aims: "تبادل الخبرات",
        durationMonths: "",
        notes: "",
        document: document(),
        [ONE_TIME_KEY_FIELD]: once,
      }),
    );
    const keys = await db.select({ key: agreements.documentKey }).from(agreements).where(sql`${agreements.title} like 'اتفاقية المرة الواحدة %'`);
    expect(keys).toHaveLength(3);
    for (const { key } of keys) expect(readdirSync(path.join(process.env.STORAGE_DIR!, ...path.dirname(key!).split("/")))).toHaveLength(1);
  });

  it("campaigns", async () => {
    await signInAs(demo.bureau);
    await expectOneRowPerKey(evaluationCampaigns, (once, n) =>
      createCampaign(null, {
        title: `حملة المرة الواحدة ${n}`,
        purpose: "",
        level: "provincial",
        allTerritories: "on",
        opensOn: "2026-12-20",
        deadline: "2027-01-07",
        synthesisMeeting: "",
        synthesisMeetingOn: "",
        [ONE_TIME_KEY_FIELD]: once,
      }),
    );
  });

  it("training materials, with one file in storage per row", async () => {
    await signInAs(demo.officerSefrou);
    const training = await makeTraining({ planId: await makePlan(), level: "provincial", provinceId: await provinceId("Sefrou") });
    const file = () => new File([new TextEncoder().encode("%PDF-1.7\n% guide\n")], "دليل.pdf", { type: "application/pdf" });
    await expectOneRowPerKey(trainingMaterials, (once, n) =>
      addTrainingMaterial(null, { trainingId: String(training.id), title: `دليل ${n}`, url: "", file: file(), [ONE_TIME_KEY_FIELD]: once }),
    );
    expect(readdirSync(path.join(process.env.STORAGE_DIR!, "trainings", String(training.id)))).toHaveLength(3);
  });

  it("members", async () => {
    await signInAs(demo.bureau);
    const [branch] = await db
      .select({ id: branches.id })
      .from(branches)
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .where(eq(provinces.nameFr, "Fès"))
      .orderBy(asc(branches.id))
      .limit(1);
    await expectOneRowPerKey(members, (once, n) =>
      createMember(null, {
        fullNameAr: "عضو المرة الواحدة",
        fullNameLatin: "",
        memberNumber: `ONCE-${run}-${n}`,
        phone: "",
        email: "",
        gender: "",
        branchId: String(branch.id),
        status: "active",
        joinedOn: "",
        [ONE_TIME_KEY_FIELD]: once,
      }),
    );
  });

  it("sessions", async () => {
    await signInAs(demo.bureau);
    await expectOneRowPerKey(committeeSessions, (once, n) =>
      createSession(null, {
        ordinal: String(70 + n),
        title: `الدورة ${70 + n} للجنة المركزية`,
        startsOn: "2027-06-05",
        endsOn: "2027-06-06",
        venue: "المقر الوطني",
        city: "الرباط",
        description: "",
        [ONE_TIME_KEY_FIELD]: once,
      }),
    );
  });

  it("workshops", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    await expectOneRowPerKey(workshops, (once, n) =>
      createWorkshop(null, {
        sessionId: String(ninth.id),
        number: String(40 + n),
        title: `ورشة ${40 + n}`,
        theme: "",
        questions: "",
        date: ninth.startsOn,
        startTime: "15:00",
        endTime: "18:30",
        room: "",
        facilitatorId: "",
        rapporteurId: "",
        capacity: "",
        [ONE_TIME_KEY_FIELD]: once,
      }),
    );
  });
});

describe("a one-time key", () => {
  const agadirBranch = (nameAr: string, once: string) => async () =>
    createBranch(null, { nameAr, nameFr: "", town: "بلدة", address: "", provinceId: String(await provinceId("Agadir Ida-Outanane")), [ONE_TIME_KEY_FIELD]: once });
  const named = async (nameAr: string) => (await db.select().from(branches).where(eq(branches.nameAr, nameAr))).length;

  it("is not spent by a refused attempt: the corrected retry with the same key creates the row", async () => {
    const key = newKey();
    // refused inside the transaction (out of the officer's territory) …
    await signInAs(demo.officerFes);
    expect(await answerOf(agadirBranch(`فرع بعد رفض ${run}`, key))).toMatchObject({ state: { ok: false } });
    expect(await db.select().from(actionKeys).where(eq(actionKeys.key, key))).toHaveLength(0);
    // … and by the form's checks, before it
    await signInAs(demo.bureau);
    expect(await answerOf(agadirBranch(" ", key))).toMatchObject({ state: { ok: false } });
    expect((await answerOf(agadirBranch(`فرع بعد رفض ${run}`, key))).redirect).toMatch(/^\/territory\/branches\/\d+\?created=branch$/);
    expect(await named(`فرع بعد رفض ${run}`)).toBe(1);
  });

  it("belongs to its user: another person's same key is their own submission", async () => {
    const key = newKey();
    await signInAs(demo.bureau);
    const mine = await answerOf(agadirBranch(`فرع المكتب ${run}`, key));
    await signInAs(demo.admin);
    const theirs = await answerOf(agadirBranch(`فرع المدير ${run}`, key));
    expect(theirs.redirect).not.toBe(mine.redirect);
    expect(await named(`فرع المكتب ${run}`)).toBe(1);
    expect(await named(`فرع المدير ${run}`)).toBe(1);
  });

  it("that is malformed is ignored, not trusted", async () => {
    await signInAs(demo.bureau);
    await answerOf(agadirBranch(`فرع بمفتاح قصير ${run}`, "short"));
    await answerOf(agadirBranch(`فرع بمفتاح قصير ${run}`, "short"));
    expect(await named(`فرع بمفتاح قصير ${run}`)).toBe(2);
    expect(await db.select().from(actionKeys).where(and(eq(actionKeys.key, "short")))).toHaveLength(0);
  });
});
