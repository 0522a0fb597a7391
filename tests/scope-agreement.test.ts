/**
 * The territory scope has two forms: inScope (a record, in JS) and scopeWhere (a list, in SQL),
 * both in lib/permissions.ts. For every officer of the demo data and every list that filters by
 * territory, each row a list returns is in scope, and each row of the table in scope is returned:
 * the list is compared with an unfiltered read of its table, judged by inScope alone.
 */
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  branches,
  campaignTerritories,
  cells,
  evaluationCampaigns,
  evaluationReports,
  members,
  provinces,
  regions,
  trainingMeetings,
  trainingPeople,
  trainingRegions,
  users,
} from "@/db/schema";
import { territoryFigures } from "@/lib/dashboard/queries";
import { branchChoices, listMembers, MEMBERS_PAGE_SIZE, territoryChoices, type MemberListFilters } from "@/lib/members/queries";
import { inRegionScope, inScope, type Actor, type TerritoryRef } from "@/lib/permissions";
import { complianceBodies, complianceCampaigns } from "@/lib/reports/compliance-queries";
import { listTodo } from "@/lib/reports/queries";
import { coverageSummary } from "@/lib/rooting/coverage-summary-queries";
import { listTrainings } from "@/lib/rooting/queries";
import { trainingFiltersSchema } from "@/lib/rooting/schemas";
import { placeChoices } from "@/lib/rooting/training-queries";
import { manageableProvinces } from "@/lib/territory/queries";
import { makePlan, makeTraining, province, regionId } from "@/tests/fixtures/rooting";
import { demo } from "@/tests/helpers";

type Officer = Actor & { memberId: number | null; email: string };

let officers: Officer[] = [];
let bureau: Actor;
/** Each province's region. */
let regionOf = new Map<number, number>();

const sorted = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);

beforeAll(async () => {
  const rows = await db.select().from(users).where(eq(users.role, "officer"));
  officers = rows.map((u) => ({ id: u.id, role: u.role, scopeRegionId: u.scopeRegionId, scopeProvinceId: u.scopeProvinceId, memberId: u.memberId, email: u.email }));
  // the demo has regional and provincial officers; one without territory sees nothing anywhere
  expect(officers.some((o) => o.scopeRegionId && !o.scopeProvinceId)).toBe(true);
  expect(officers.some((o) => o.scopeProvinceId)).toBe(true);
  officers.push({ id: -1, role: "officer", scopeRegionId: null, scopeProvinceId: null, memberId: null, email: "nowhere" });
  const [b] = await db.select().from(users).where(eq(users.role, "bureau")).limit(1);
  bureau = b;
  regionOf = new Map((await db.select({ id: provinces.id, regionId: provinces.regionId }).from(provinces)).map((p) => [p.id, p.regionId]));

  // rows the demo lacks, so that every list below has something to keep and something to leave out:
  // an open regional campaign for two regions, and trainings of every level in and out of scope
  const fes = await regionId("Fès-Meknès");
  const souss = await regionId("Souss-Massa");
  const [campaign] = await db
    .insert(evaluationCampaigns)
    .values({ title: "تقييم جهوي", level: "regional", allTerritories: false, opensOn: "2026-11-01", deadline: "2026-11-20", status: "open" })
    .returning();
  await db.insert(campaignTerritories).values([fes, souss].map((r) => ({ campaignId: campaign.id, regionId: r })));
  await db.insert(evaluationReports).values([fes, souss].map((r) => ({ campaignId: campaign.id, regionId: r })));
  const [all] = await db
    .insert(evaluationCampaigns)
    .values({ title: "تقييم جهوي شامل", level: "regional", allTerritories: true, opensOn: "2026-11-01", deadline: "2026-11-25", status: "closed" })
    .returning();
  await db.insert(evaluationReports).values([{ campaignId: all.id, regionId: fes, status: "submitted" }]);
  const rabat = await regionId("Rabat-Salé-Kénitra");
  const [elsewhere] = await db
    .insert(evaluationCampaigns)
    .values({ title: "تقييم إقليمي بجهة واحدة", level: "provincial", allTerritories: false, opensOn: "2026-11-01", deadline: "2026-11-30", status: "open" })
    .returning();
  await db.insert(campaignTerritories).values({ campaignId: elsewhere.id, regionId: rabat });

  const plan = await makePlan("2026-01-01");
  const sefrou = await province("Sefrou");
  const agadir = await province("Agadir Ida-Outanane");
  await makeTraining({ planId: plan, level: "national", status: "held", startsOn: "2026-10-01", endsOn: "2026-10-02" });
  await makeTraining({ planId: plan, level: "regional", status: "held", regionIds: [souss], startsOn: "2026-10-03", endsOn: "2026-10-04" });
  await makeTraining({ planId: plan, level: "regional", status: "held", regionIds: [fes, souss], startsOn: "2026-10-05", endsOn: "2026-10-06" });
  await makeTraining({ planId: plan, level: "provincial", status: "held", provinceId: sefrou.id, startsOn: "2026-10-07", endsOn: "2026-10-07" });
  await makeTraining({ planId: plan, level: "provincial", status: "reported", provinceId: agadir.id, startsOn: "2026-10-08", endsOn: "2026-10-08" });
  const [branch] = await db.select({ id: branches.id }).from(branches).where(eq(branches.provinceId, sefrou.id)).limit(1);
  await makeTraining({ planId: plan, level: "local", status: "planned", provinceId: sefrou.id, branchId: branch.id, startsOn: "2026-12-10", endsOn: "2026-12-10" });
});

/** Both directions at once: the list's rows are exactly the table's rows in scope. */
function agree(returned: number[], table: { id: number; ref: TerritoryRef | null }[], keep: (ref: TerritoryRef) => boolean) {
  const expected = sorted(table.filter((r) => r.ref && keep(r.ref)).map((r) => r.id));
  expect(sorted(returned)).toEqual(expected);
}

const allProvinces = () => [...regionOf].map(([id, regionId]) => ({ id, ref: { regionId, provinceId: id } }));

async function allBranches() {
  const rows = await db.select({ id: branches.id, provinceId: branches.provinceId }).from(branches);
  return rows.map((b) => ({ id: b.id, ref: { regionId: regionOf.get(b.provinceId)!, provinceId: b.provinceId } }));
}

// every officer account of the demo data (checked below), and one without territory
const officerEmails = [demo.officerFes, demo.officerSouss, demo.officerSefrou, "nowhere"];

describe.each(officerEmails)("the lists of %s agree with inScope", (email) => {
  const officer = () => officers.find((o) => o.email === email)!;
  const mine = (ref: TerritoryRef) => inScope(officer(), ref);

  it("the member directory, every page", async () => {
    const ids: number[] = [];
    let pages = 0;
    let total = 0;
    let cursor: MemberListFilters["cursor"] = null;
    for (;;) {
      const result = await listMembers(officer(), { q: null, regionId: null, provinceId: null, status: null, organ: null, cursor });
      ids.push(...result.rows.map((r) => r.id));
      pages++;
      total = result.total.count;
      if (!result.hasNext) break;
      const last = result.rows[result.rows.length - 1];
      cursor = { after: { name: last.fullNameAr, id: last.id } };
    }
    const rows = await db.select({ id: members.id, provinceId: branches.provinceId }).from(members).innerJoin(branches, eq(branches.id, members.branchId));
    agree(
      ids,
      rows.map((m) => ({ id: m.id, ref: { regionId: regionOf.get(m.provinceId)!, provinceId: m.provinceId } })),
      mine,
    );
    expect(total).toBe(ids.length);
    expect(ids.length).toBeLessThanOrEqual(pages * MEMBERS_PAGE_SIZE);
  });

  it("the provinces and branches offered in forms and filters", async () => {
    const regionsChoices = await territoryChoices(officer(), "ar");
    agree(
      regionsChoices.flatMap((r) => r.provinces.map((p) => p.id)),
      allProvinces(),
      mine,
    );
    agree((await manageableProvinces(officer())).map((p) => p.id), allProvinces(), mine);
    const branchesInScope = await branchChoices(officer(), "ar");
    agree(
      branchesInScope.flatMap((p) => p.branches.map((b) => b.id)),
      await allBranches(),
      mine,
    );
    const places = await placeChoices(officer());
    agree(
      places.map((p) => p.id),
      allProvinces(),
      mine,
    );
  });

  it("the dashboard's figures count exactly the scope", async () => {
    const figures = await territoryFigures(officer());
    const inMine = allProvinces().filter((p) => mine(p.ref));
    expect(figures.provinces).toBe(inMine.length);
    const branchesInMine = (await allBranches()).filter((b) => mine(b.ref));
    expect(figures.branches).toBe(branchesInMine.length);
    const cellRows = await db.select({ branchId: cells.branchId }).from(cells);
    const mineBranchIds = new Set(branchesInMine.map((b) => b.id));
    expect(figures.cells).toBe(cellRows.filter((c) => mineBranchIds.has(c.branchId)).length);
  });

  it("the reports to file in open campaigns", async () => {
    const rows = await db
      .select({ id: evaluationReports.id, regionId: evaluationReports.regionId, provinceId: evaluationReports.provinceId })
      .from(evaluationReports)
      .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
      .where(eq(evaluationCampaigns.status, "open"));
    agree(
      (await listTodo(officer())).map((r) => r.reportId),
      rows.map((r) => ({ id: r.id, ref: r })),
      mine,
    );
  });

  it("the campaigns to follow and their bodies", async () => {
    const campaigns = await db.select().from(evaluationCampaigns).where(inArray(evaluationCampaigns.status, ["open", "closed"]));
    const allRegionIds = (await db.select({ id: regions.id }).from(regions)).map((r) => r.id);
    const targets = await db.select().from(campaignTerritories);
    const reached = campaigns.map((c) => ({
      id: c.id,
      regions: c.allTerritories ? allRegionIds : targets.filter((t) => t.campaignId === c.id).map((t) => t.regionId),
    }));
    const followed = await complianceCampaigns(officer());
    expect(sorted(followed.map((c) => c.id))).toEqual(sorted(reached.filter((c) => c.regions.some((r) => inRegionScope(officer(), r))).map((c) => c.id)));

    for (const campaign of campaigns) {
      // the Bureau's bodies are every body of the campaign; the officer's, those in scope
      const everyBody = await complianceBodies(bureau, campaign);
      const key = (b: { regionId: number; provinceId: number | null }) => `${b.regionId}/${b.provinceId ?? "-"}`;
      const expected = everyBody.filter((b) => mine({ regionId: b.regionId, provinceId: b.provinceId })).map(key);
      const returned = (await complianceBodies(officer(), campaign)).map(key);
      expect(returned.sort()).toEqual(expected.sort());
    }
  });

  it("the trainings seen, every page, and the held ones the figures count", async () => {
    const filters = trainingFiltersSchema.parse({});
    const ids: number[] = [];
    for (let after: string | undefined; ; ) {
      const result = await listTrainings(officer(), { ...filters, after });
      ids.push(...result.rows.map((r) => r.id));
      if (!result.hasNext) break;
      after = result.nextCursor!;
    }
    const trainings = await db.select().from(trainingMeetings);
    const covered = await db.select().from(trainingRegions);
    const attended = new Set(
      officer().memberId
        ? (await db.select({ id: trainingPeople.trainingId }).from(trainingPeople).where(eq(trainingPeople.memberId, officer().memberId!))).map((r) => r.id)
        : [],
    );
    const regionsOf = (t: (typeof trainings)[number]) => covered.filter((c) => c.trainingId === t.id).map((c) => c.regionId);
    const placeOf = (t: (typeof trainings)[number]) => (t.provinceId ? { regionId: regionOf.get(t.provinceId)!, provinceId: t.provinceId } : null);
    const seen = trainings.filter((t) => {
      const place = placeOf(t);
      return t.level === "national" || regionsOf(t).some((r) => inRegionScope(officer(), r)) || (place && mine(place)) || attended.has(t.id);
    });
    expect(sorted(ids)).toEqual(sorted(seen.map((t) => t.id)));

    const concerning = trainings.filter((t) => {
      if (t.status !== "held" && t.status !== "reported") return false;
      const place = placeOf(t);
      const touched = [...regionsOf(t), ...(place ? [place.regionId] : [])];
      return touched.some((r) => inRegionScope(officer(), r)) && (!place || mine(place));
    });
    const summary = await coverageSummary(officer(), "2026-12-02");
    expect(summary?.trainingsHeld).toBe(concerning.length);
  });
});

describe("the demo data makes the comparison worth something", () => {
  it("covers every officer account", () => {
    expect(officers.map((o) => o.email.toLowerCase()).sort()).toEqual([...officerEmails].sort());
  });

  it("each officer's lists keep some rows and leave others out", async () => {
    for (const officer of officers.filter((o) => o.scopeRegionId)) {
      const all = allProvinces();
      const mine = all.filter((p) => inScope(officer, p.ref));
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.length).toBeLessThan(all.length);
    }
    const [{ id }] = await db.select({ id: evaluationCampaigns.id }).from(evaluationCampaigns).where(and(eq(evaluationCampaigns.level, "regional"), eq(evaluationCampaigns.status, "open")));
    expect(id).toBeGreaterThan(0);
  });
});
