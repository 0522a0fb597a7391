import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { provinces, regions, rootingActivities } from "@/db/schema";
import { encodeCursor } from "@/lib/pagination/cursor";
import { todayInMorocco } from "@/lib/i18n/format";
import { demo, getCurrentUser, signInAs } from "@/tests/helpers";
import { ACTIVITIES_PAGE_SIZE, branchRooting } from "./branch-queries";
import { branchCoverage, COVERAGE_BRANCHES_PAGE_SIZE, coverageScore, provinceCoverage, regionCoverage } from "./coverage-queries";
import { coverageProgress, coverageSummary } from "./coverage-summary-queries";

const today = todayInMorocco();

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

async function regionId(nameFr: string) {
  const [row] = await db.select().from(regions).where(eq(regions.nameFr, nameFr));
  return row.id;
}

async function provinceId(nameFr: string) {
  const [row] = await db.select().from(provinces).where(eq(provinces.nameFr, nameFr));
  return row.id;
}

type Row = Record<string, unknown>;
async function rows(query: ReturnType<typeof sql>): Promise<Row[]> {
  return (await db.execute(query)).rows as Row[];
}

/** The region figures counted directly, one plain query per figure, to check the grouped ones against. */
async function directRegionCounts() {
  const byRegion = async (query: ReturnType<typeof sql>) => new Map((await rows(query)).map((r) => [Number(r.region_id), r.n === null ? null : String(r.n)]));
  const branchesN = await byRegion(sql`select p.region_id, count(*) n from branches b join provinces p on p.id = b.province_id group by 1`);
  const restructured = await byRegion(
    sql`select p.region_id, count(*) n from branches b join provinces p on p.id = b.province_id where b.restructured_on <= ${today}::date group by 1`,
  );
  const renewed = await byRegion(
    sql`select p.region_id, count(*) n from branches b join provinces p on p.id = b.province_id where b.bureau_renewed_on <= ${today}::date group by 1`,
  );
  const cellsN = await byRegion(sql`select p.region_id, count(*) n from cells c join branches b on b.id = c.branch_id join provinces p on p.id = b.province_id group by 1`);
  const last = await byRegion(
    sql`select p.region_id, max(a.date)::text n from rooting_activities a join branches b on b.id = a.branch_id join provinces p on p.id = b.province_id where a.date <= ${today}::date group by 1`,
  );
  const trainers = await byRegion(
    sql`select p.region_id, count(distinct tp.member_id) n from training_people tp join training_meetings t on t.id = tp.training_id
        join provinces p on p.id = tp.province_id where tp.role = 'trained_trainer' and t.status in ('held', 'reported') group by 1`,
  );
  const trainings = await byRegion(
    sql`select region_id, count(distinct id) n from (
          select tr.region_id, t.id from training_meetings t join training_regions tr on tr.training_id = t.id where t.status in ('held', 'reported')
          union all
          select p.region_id, t.id from training_meetings t join provinces p on p.id = t.province_id where t.status in ('held', 'reported')
        ) x group by 1`,
  );
  return { branchesN, restructured, renewed, cellsN, last, trainers, trainings };
}

describe("regionCoverage", () => {
  it("gives the Bureau the twelve regions with figures equal to direct counts", async () => {
    const bureau = await viewer(demo.bureau);
    const grouped = await regionCoverage(bureau, today);
    expect(grouped).toHaveLength(12);
    const direct = await directRegionCounts();
    const n = (map: Map<number, string | null>, id: number) => Number(map.get(id) ?? 0);
    for (const r of grouped) {
      expect(r.visible).toBe(true);
      expect(r.branches).toBe(n(direct.branchesN, r.id));
      expect(r.restructured).toBe(n(direct.restructured, r.id));
      expect(r.bureauRenewed).toBe(n(direct.renewed, r.id));
      expect(r.cells).toBe(n(direct.cellsN, r.id));
      expect(r.trainersTrained).toBe(n(direct.trainers, r.id));
      expect(r.trainingsHeld).toBe(n(direct.trainings, r.id));
      expect(r.lastActivityOn).toBe(direct.last.get(r.id) ?? null);
    }
    // the demo data tells a story: the centre is better covered than the far south
    const score = (code: string) => coverageScore(grouped.find((r) => r.code === code)!)!;
    expect(score("04")).toBeGreaterThan(score("12"));
    expect(grouped.reduce((s, r) => s + r.trainingsHeld, 0)).toBeGreaterThan(0);
  });

  it("shows an officer his region's figures only; the others are zeros, not visible", async () => {
    const bureauRows = await regionCoverage(await viewer(demo.bureau), today);
    const fesId = await regionId("Fès-Meknès");
    const officerRows = await regionCoverage(await viewer(demo.officerFes), today);
    expect(officerRows).toHaveLength(12);
    expect(officerRows.filter((r) => r.visible).map((r) => r.id)).toEqual([fesId]);
    const mine = officerRows.find((r) => r.id === fesId)!;
    const { visible: _v, ...figures } = bureauRows.find((r) => r.id === fesId)!;
    expect(mine).toMatchObject(figures);
    for (const r of officerRows.filter((r) => !r.visible)) {
      expect(r).toMatchObject({ branches: 0, restructured: 0, cells: 0, trainersTrained: 0, trainingsHeld: 0, lastActivityOn: null });
    }
  });

  it("shows a member no regional detail", async () => {
    expect(await regionCoverage(await viewer(demo.member), today)).toEqual([]);
  });
});

describe("provinceCoverage", () => {
  it("breaks a region down by province, adding up to the region's figures", async () => {
    const bureau = await viewer(demo.bureau);
    const fesId = await regionId("Fès-Meknès");
    const data = await provinceCoverage(bureau, fesId, today);
    if (!data || data === "forbidden") throw new Error("expected data");
    expect(data.provinces).toHaveLength(9);
    const region = (await regionCoverage(bureau, today)).find((r) => r.id === fesId)!;
    for (const key of ["branches", "restructured", "bureauRenewed", "cells"] as const) {
      expect(data.provinces.reduce((n, p) => n + p[key], 0)).toBe(region[key]);
    }
  });

  it("keeps officers to their region and province", async () => {
    const soussId = await regionId("Souss-Massa");
    const fesId = await regionId("Fès-Meknès");
    expect(await provinceCoverage(await viewer(demo.officerFes), soussId, today)).toBe("forbidden");
    const sefrou = await provinceCoverage(await viewer(demo.officerSefrou), fesId, today);
    if (!sefrou || sefrou === "forbidden") throw new Error("expected data");
    expect(sefrou.provinces.map((p) => p.nameFr)).toEqual(["Sefrou"]);
    expect(await provinceCoverage(await viewer(demo.member), fesId, today)).toBe("forbidden");
    expect(await provinceCoverage(await viewer(demo.bureau), 99_999, today)).toBeNull();
  });
});

describe("branchCoverage", () => {
  it("pages a province's branches in SQL", async () => {
    const casablanca = await provinceId("Casablanca");
    const [{ n }] = await rows(sql`select count(*)::int n from branches where province_id = ${casablanca}`);
    const bureau = await viewer(demo.bureau);
    const first = await branchCoverage(bureau, casablanca, {}, today);
    if (!first || first === "forbidden") throw new Error("expected data");
    expect(first.total).toBe(n);
    expect(first.branches).toHaveLength(Math.min(Number(n), COVERAGE_BRANCHES_PAGE_SIZE));
    // every branch once, page after page, by key
    const ids: number[] = [];
    for (let page = first; ; ) {
      ids.push(...page.branches.map((b) => b.id));
      if (!page.hasNext) break;
      const next = await branchCoverage(bureau, casablanca, { after: page.nextCursor! }, today);
      if (!next || next === "forbidden") throw new Error("expected data");
      page = next;
    }
    expect(new Set(ids).size).toBe(Number(n));
    // a cursor that does not decode is the first page; an officer elsewhere is refused on any page
    const bad = await branchCoverage(bureau, casablanca, { after: "x", before: "%%" }, today);
    if (!bad || bad === "forbidden") throw new Error("expected data");
    expect(bad.branches.map((b) => b.id)).toEqual(first.branches.map((b) => b.id));
    expect(await branchCoverage(await viewer(demo.officerFes), casablanca, { after: first.nextCursor ?? "x" }, today)).toBe("forbidden");
  });

  it("refuses a province outside the viewer's scope, and members", async () => {
    const fes = await provinceId("Fès");
    const sefrou = await provinceId("Sefrou");
    const tiznit = await provinceId("Tiznit");
    expect(await branchCoverage(await viewer(demo.officerFes), tiznit, {}, today)).toBe("forbidden");
    expect(await branchCoverage(await viewer(demo.officerSefrou), fes, {}, today)).toBe("forbidden");
    expect(await branchCoverage(await viewer(demo.officerSefrou), sefrou, {}, today)).not.toBe("forbidden");
    expect(await branchCoverage(await viewer(demo.member), sefrou, {}, today)).toBe("forbidden");
  });
});

describe("branchRooting", () => {
  it("reads a branch for the Bureau and the officer in scope only", async () => {
    const [{ id }] = await rows(sql`select b.id from branches b join provinces p on p.id = b.province_id where p.name_fr = 'Tiznit' limit 1`);
    expect(await branchRooting(await viewer(demo.officerFes), Number(id), {}, today)).toBe("forbidden");
    expect(await branchRooting(await viewer(demo.member), Number(id), {}, today)).toBe("forbidden");
    const souss = await branchRooting(await viewer(demo.officerSouss), Number(id), {}, today);
    expect(souss).toMatchObject({ branch: { id: Number(id), recordable: true } });
    expect(await branchRooting(await viewer(demo.bureau), 99_999_999, {}, today)).toBeNull();
  });

  it("pages a branch's activities by key, latest first, and keeps the scope on the next page", async () => {
    const [{ id }] = await rows(sql`select b.id from branches b join provinces p on p.id = b.province_id where p.name_fr = 'Tiznit' order by b.id desc limit 1`);
    const branchId = Number(id);
    await db.delete(rootingActivities).where(eq(rootingActivities.branchId, branchId));
    // thirteen activities, two on each day: the id breaks the tie
    await db.insert(rootingActivities).values(
      Array.from({ length: 13 }, (_, i) => ({ branchId, date: `2024-03-${String(10 + Math.floor(i / 2)).padStart(2, "0")}`, kind: "other" as const, description: `نشاط ${i}` })),
    );
    const bureau = await viewer(demo.bureau);
    const first = await branchRooting(bureau, branchId, {}, today);
    if (!first || first === "forbidden") throw new Error("the Bureau reads every branch");
    expect([first.activities.length, first.activityCount, first.hasPrevious, first.hasNext]).toEqual([ACTIVITIES_PAGE_SIZE, 13, false, true]);
    expect(first.activities[0].description).toBe("نشاط 12");
    const second = await branchRooting(bureau, branchId, { after: first.nextCursor! }, today);
    if (!second || second === "forbidden") throw new Error("the Bureau reads every branch");
    expect(second.activities.map((a) => a.description)).toEqual(["نشاط 2", "نشاط 1", "نشاط 0"]);
    expect([second.hasPrevious, second.hasNext]).toEqual([true, false]);
    const back = await branchRooting(bureau, branchId, { before: second.previousCursor! }, today);
    if (!back || back === "forbidden") throw new Error("the Bureau reads every branch");
    expect(back.activities.map((a) => a.id)).toEqual(first.activities.map((a) => a.id));
    for (const bad of ["x", encodeCursor(["2024-13-01", 1]), encodeCursor(["2024-03-10"])]) {
      const page = await branchRooting(bureau, branchId, { after: bad, before: bad }, today);
      if (!page || page === "forbidden") throw new Error("the Bureau reads every branch");
      expect(page.activities.map((a) => a.id)).toEqual(first.activities.map((a) => a.id));
    }
    expect(await branchRooting(await viewer(demo.officerFes), branchId, { after: first.nextCursor! }, today)).toBe("forbidden");
  });
});

describe("coverageSummary and coverageProgress", () => {
  it("gives members and the Bureau the same national summary, and an officer his region's", async () => {
    const national = await coverageSummary(await viewer(demo.bureau), today);
    const member = await coverageSummary(await viewer(demo.member), today);
    expect(member).toEqual(national);
    const [{ n: branchCount }] = await rows(sql`select count(*)::int n from branches`);
    expect(national?.branches).toBe(branchCount);
    expect(national?.regionsTrained).toBe(12);

    const fesId = await regionId("Fès-Meknès");
    const officer = await coverageSummary(await viewer(demo.officerFes), today);
    const fes = (await regionCoverage(await viewer(demo.bureau), today)).find((r) => r.id === fesId)!;
    expect(officer).toMatchObject({ national: false, branches: fes.branches, restructured: fes.restructured, cells: fes.cells, trainersTrained: fes.trainersTrained });
  });

  it("adds up restructured branches and founded cells quarter by quarter since 2017", async () => {
    const points = await coverageProgress(await viewer(demo.bureau), today);
    expect(points[0].quarter).toBe("2017-01-01");
    expect(points.at(-1)!.quarter <= today).toBe(true);
    for (let i = 1; i < points.length; i++) {
      expect(points[i].restructured).toBeGreaterThanOrEqual(points[i - 1].restructured);
      expect(points[i].cells).toBeGreaterThanOrEqual(points[i - 1].cells);
    }
    const [{ r, c }] = await rows(
      sql`select (select count(*)::int from branches where restructured_on <= ${today}::date) r, (select count(*)::int from cells where founded_on <= ${today}::date) c`,
    );
    expect(points.at(-1)).toMatchObject({ restructured: r, cells: c });
  });
});
