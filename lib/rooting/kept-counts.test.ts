import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, cells, members, provinces, rootingActivities, trainingMeetings, trainingPeople, trainingRegions } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { demo, getCurrentUser, signInAs } from "@/tests/helpers";
import { countedCounts, keptCounts, read } from "@/tests/fixtures/kept-counts";
import { addPerson, makePlan, makeTraining, memberIn, province, regionId } from "@/tests/fixtures/rooting";
import { createRootingActivity, deleteRootingActivity, updateBranchRooting } from "./branch-actions";
import { regionCoverage } from "./coverage-queries";
import { coverageProgress, coverageSummary } from "./coverage-summary-queries";
import { cascadeRegions } from "./cascade-queries";
import { deleteTraining, setTrainingStatus } from "./training-actions";
import { addTrainingPerson } from "./training-people-actions";

/*
 * The kept counts of migration 0015 (province_counts, province_quarter_counts,
 * region_training_counts, training_totals, cascade_region_counts) are recomputed by triggers:
 * whatever writes a branch, a cell, an activity, a member, a training, its regions or its people,
 * in one row or many, they must stay what a fresh count of those tables says.
 */

async function expectKeptInStep() {
  const fresh = await countedCounts();
  expect(fresh.provinces.length).toBeGreaterThan(0);
  expect(await keptCounts()).toEqual(fresh);
}

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

async function branchOf(provinceNameFr: string, nth = 0) {
  const [p] = await db.select().from(provinces).where(eq(provinces.nameFr, provinceNameFr));
  const rows = await db.select().from(branches).where(eq(branches.provinceId, p.id)).orderBy(branches.id);
  return rows[nth];
}

const today = todayInMorocco();
let planId: number;

beforeAll(async () => {
  planId = await makePlan("2030-01-01", "خطة العد");
});

describe("the kept coverage counts", () => {
  it("start equal to a fresh count of the seeded tables", async () => {
    await expectKeptInStep();
  });

  it("follow a branch's restructuring and its activities through the actions", async () => {
    const branch = await branchOf("Taza", 1);
    await signInAs(demo.officerFes);
    expect(await updateBranchRooting(null, { branchId: String(branch.id), restructuredOn: "2019-02-11", bureauRenewedOn: "2020-05-03" })).toMatchObject({ ok: true });
    await expectKeptInStep();
    expect(await updateBranchRooting(null, { branchId: String(branch.id), restructuredOn: "", bureauRenewedOn: "2020-05-03" })).toMatchObject({ ok: true });
    await expectKeptInStep();
    const activity = { date: today, kind: "public_meeting", description: "لقاء تواصلي مع ساكنة الحي", peopleReached: "40" };
    expect(await createRootingActivity(null, { branchId: String(branch.id), ...activity })).toMatchObject({ ok: true });
    await expectKeptInStep();
    const [made] = await db.select().from(rootingActivities).where(eq(rootingActivities.branchId, branch.id)).orderBy(desc(rootingActivities.id)).limit(1);
    await expect(deleteRootingActivity(null, { id: String(made.id) })).rejects.toThrow(/NEXT_REDIRECT/);
    await expectKeptInStep();
  });

  it("are not moved by a refused action", async () => {
    const tiznit = await branchOf("Tiznit");
    const before = await keptCounts();
    await signInAs(demo.officerFes);
    expect((await updateBranchRooting(null, { branchId: String(tiznit.id), restructuredOn: "2019-02-11", bureauRenewedOn: "" })).ok).toBe(false);
    expect((await createRootingActivity(null, { branchId: String(tiznit.id), date: "not a date", kind: "other", description: "x", peopleReached: "" })).ok).toBe(false);
    expect(await keptCounts()).toEqual(before);
  });

  it("follow branches, cells, activities and members written many at a time, moved and deleted", async () => {
    const [sefrou, tiznit] = [await province("Sefrou"), await province("Tiznit")];
    const made = await db
      .insert(branches)
      .values([
        { provinceId: sefrou.id, nameAr: "فرع العد 1", town: "صفرو", restructuredOn: "2018-03-01" },
        { provinceId: sefrou.id, nameAr: "فرع العد 2", town: "صفرو", bureauRenewedOn: "2021-07-09" },
        { provinceId: tiznit.id, nameAr: "فرع العد 3", town: "تيزنيت" },
      ])
      .returning({ id: branches.id });
    await expectKeptInStep();
    const [a, b, c] = made.map((m) => m.id);
    await db.insert(cells).values([
      { branchId: a, name: "خلية 1", foundedOn: "2019-01-05" },
      { branchId: a, name: "خلية 2" },
      { branchId: c, name: "خلية 3", foundedOn: "2022-11-30" },
    ]);
    await db.insert(rootingActivities).values([
      { branchId: a, date: "2024-02-01", kind: "other", description: "نشاط" },
      { branchId: c, date: "2025-06-15", kind: "cultural", description: "نشاط" },
    ]);
    await db.insert(members).values([
      { fullNameAr: "عضو العد 1", memberNumber: "T-KEPT-1", branchId: a },
      { fullNameAr: "عضو العد 2", memberNumber: "T-KEPT-2", branchId: c, status: "suspended" },
    ]);
    await expectKeptInStep();
    // a cell and an activity change branch and date; a branch moves to another province with all it holds
    await db.update(cells).set({ branchId: b, foundedOn: "2017-04-04" }).where(eq(cells.name, "خلية 2"));
    await db.update(rootingActivities).set({ branchId: b, date: "2023-01-01" }).where(eq(rootingActivities.branchId, a));
    await expectKeptInStep();
    await db.update(branches).set({ provinceId: tiznit.id, restructuredOn: "2020-10-10" }).where(eq(branches.id, a));
    await expectKeptInStep();
    await db.update(members).set({ status: "active" }).where(sql`${members.memberNumber} like 'T-KEPT-%'`);
    await expectKeptInStep();
    // a renamed branch changes no count
    await db.update(branches).set({ nameAr: "فرع العد الأول" }).where(eq(branches.id, a));
    await expectKeptInStep();
    await db.delete(members).where(sql`${members.memberNumber} like 'T-KEPT-%'`);
    await db.delete(cells).where(eq(cells.branchId, b));
    await expectKeptInStep();
    // deleting branches takes their cells and activities with them
    await db.delete(branches).where(sql`${branches.id} in (${sql.join([a, b, c], sql`, `)})`);
    await expectKeptInStep();
  });

  it("follow trainings: their status, place, regions and trained trainers, through the actions and straight to the tables", async () => {
    const [fesMeknes, soussMassa] = [await regionId("Fès-Meknès"), await regionId("Souss-Massa")];
    const [sefrou, agadir] = [await province("Sefrou"), await province("Agadir Ida-Outanane")];
    const regional = await makeTraining({ planId, level: "regional", startsOn: "2030-02-01", endsOn: "2030-02-02", regionIds: [fesMeknes, soussMassa] });
    const provincial = await makeTraining({ planId, level: "provincial", startsOn: "2030-03-01", endsOn: "2030-03-01", provinceId: sefrou.id, parentId: regional.id });
    await expectKeptInStep();
    await db.update(trainingMeetings).set({ status: "held" }).where(sql`${trainingMeetings.id} in (${regional.id}, ${provincial.id})`);
    await expectKeptInStep();
    await addPerson(regional.id, await memberIn(sefrou.id), "trained_trainer", sefrou.id);
    await addPerson(regional.id, await memberIn(agadir.id), "trained_trainer", agadir.id);
    await addPerson(regional.id, await memberIn(agadir.id, 1), "participant", agadir.id);
    await expectKeptInStep();
    // the same member trained twice counts once; a trainer moved to another province moves with it
    await addPerson(provincial.id, await memberIn(sefrou.id), "trained_trainer", sefrou.id);
    await db.update(trainingPeople).set({ provinceId: agadir.id }).where(eq(trainingPeople.trainingId, provincial.id));
    await expectKeptInStep();
    // a region no longer covered, a training moved to another province, another plan
    await db.delete(trainingRegions).where(eq(trainingRegions.regionId, soussMassa));
    await db.update(trainingMeetings).set({ provinceId: agadir.id }).where(eq(trainingMeetings.id, provincial.id));
    await expectKeptInStep();
    const otherPlan = await makePlan("2032-01-01", "خطة أخرى");
    await db.update(trainingMeetings).set({ planId: otherPlan }).where(eq(trainingMeetings.id, provincial.id));
    await expectKeptInStep();

    await signInAs(demo.bureau);
    const past = await makeTraining({ planId, level: "regional", startsOn: "2020-05-05", endsOn: "2020-05-05", regionIds: [soussMassa] });
    expect((await setTrainingStatus(null, { id: String(past.id), to: "held" })).ok).toBe(true);
    await expectKeptInStep();
    expect((await addTrainingPerson(null, { trainingId: String(past.id), memberId: String(await memberIn(agadir.id, 2)), role: "trained_trainer", provinceId: String(agadir.id) })).ok).toBe(true);
    await expectKeptInStep();
    await expect(deleteTraining(null, { id: String(past.id) })).rejects.toThrow(/NEXT_REDIRECT/);
    await expectKeptInStep();
    // deleting trainings takes their regions and people with them
    await db.delete(trainingMeetings).where(sql`${trainingMeetings.id} in (${regional.id}, ${provincial.id})`);
    await expectKeptInStep();
  });
});

describe("the pages' figures from the kept counts", () => {
  it("take out what is dated after the day asked about", async () => {
    const branch = await branchOf("Sefrou", 2);
    const bureau = await viewer(demo.bureau);
    const sefrou = await province("Sefrou");
    const before = { summary: await coverageSummary(bureau, today), regions: await regionCoverage(bureau, today), progress: await coverageProgress(bureau, today) };
    // written straight to the tables: the actions refuse a date ahead of today
    const ahead = "2099-01-01";
    const [saved] = await db.select().from(branches).where(eq(branches.id, branch.id));
    await db.update(branches).set({ restructuredOn: ahead, bureauRenewedOn: ahead }).where(eq(branches.id, branch.id));
    await db.insert(rootingActivities).values({ branchId: branch.id, date: ahead, kind: "other", description: "نشاط قادم" });
    await db.insert(cells).values({ branchId: branch.id, name: "خلية قادمة", foundedOn: ahead });
    try {
      const summary = await coverageSummary(bureau, today);
      const lost = { restructured: saved.restructuredOn ? 1 : 0, renewed: saved.bureauRenewedOn ? 1 : 0 };
      expect(summary).toMatchObject({
        restructured: before.summary!.restructured - lost.restructured,
        bureauRenewed: before.summary!.bureauRenewed - lost.renewed,
        cells: before.summary!.cells + 1,
        lastActivityOn: before.summary!.lastActivityOn,
      });
      const region = (await regionCoverage(bureau, today)).find((r) => r.id === sefrou.regionId)!;
      expect(region.lastActivityOn).toBe(before.regions.find((r) => r.id === sefrou.regionId)!.lastActivityOn);
      // the future cell is not yet founded, on the chart
      const progress = await coverageProgress(bureau, today);
      expect(progress.at(-1)!.cells).toBe(before.progress.at(-1)!.cells);
      // the next day after everything, they count
      const later = await coverageSummary(bureau, "2099-06-01");
      expect(later).toMatchObject({ restructured: before.summary!.restructured + 1 - lost.restructured, lastActivityOn: ahead });
    } finally {
      await db.delete(rootingActivities).where(eq(rootingActivities.date, ahead));
      await db.delete(cells).where(eq(cells.name, "خلية قادمة"));
      await db.update(branches).set({ restructuredOn: saved.restructuredOn, bureauRenewedOn: saved.bureauRenewedOn }).where(eq(branches.id, branch.id));
    }
    await expectKeptInStep();
  });

  it("give the Bureau's cascade lines the counts of what it sees", async () => {
    const bureau = await viewer(demo.bureau);
    const [{ id: plan }] = (await db.execute<{ id: number }>(sql`select id from rooting_plans where ended_on is null order by id limit 1`)).rows;
    const { regions } = await cascadeRegions(bureau, Number(plan));
    const direct = await read(sql`select x.region_id, count(distinct x.id) filter (where x.level = 'regional') as regional,
        count(distinct x.id) filter (where x.level = 'provincial') as provincial, count(distinct x.id) filter (where x.level = 'local') as local
      from (select tr.region_id, t.id, t.level from training_meetings t join training_regions tr on tr.training_id = t.id where t.plan_id = ${plan}
            union all select p.region_id, t.id, t.level from training_meetings t join provinces p on p.id = t.province_id where t.plan_id = ${plan}) x
      join regions r on r.id = x.region_id group by x.region_id, r.code order by r.code`);
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.map((r) => ({ region_id: r.id, regional: r.regional, provincial: r.provincial, local: r.local }))).toEqual(direct);
  });
});
