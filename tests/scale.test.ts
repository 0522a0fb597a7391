import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { growToScale, scaleCounts, scaleFactor, scaleTargets, type ScaleCounts } from "@/db/seed/scale";
import { one, rows } from "@/db/seed/scale/sql";
import { AUDIT_COUNT_BOUND, listAudit } from "@/lib/admin/queries";
import { auditFiltersSchema } from "@/lib/admin/schemas";
import { calendarEvents } from "@/lib/calendar/source-queries";
import { monthRange } from "@/lib/calendar/queries";
import { dashboardPage } from "@/lib/dashboard/page-queries";
import { todayInMorocco } from "@/lib/i18n/format";
import { listMembers, memberListFiltersFrom } from "@/lib/members/queries";
import { searchMembers } from "@/lib/members/search-queries";
import { compliancePage } from "@/lib/reports/compliance-page-queries";
import { listTodo } from "@/lib/reports/queries";
import { reportPage } from "@/lib/reports/report-page-queries";
import { cascadeOf, cascadeRegions } from "@/lib/rooting/cascade-queries";
import { regionCoverage } from "@/lib/rooting/coverage-queries";
import { currentPlan } from "@/lib/rooting/queries";
import { sessionPage } from "@/lib/sessions/page-queries";
import { listSessions, sessionListFiltersFrom } from "@/lib/sessions/queries";
import { listRegions } from "@/lib/territory/queries";
import { countedCounts, keptCounts } from "@/tests/fixtures/kept-counts";
import { demo, getCurrentUser, signInAs } from "@/tests/helpers";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

// a factor at which every count of the demo has to grow (the demo has 475 branches)
const FACTOR = 0.4;
let before: ScaleCounts;
let after: ScaleCounts;
let target: ScaleCounts;

beforeAll(async () => {
  ({ before, after, target } = await growToScale(db, FACTOR));
}, 240_000);

describe("growToScale", () => {
  it("grows every count to its share of the national scale", async () => {
    expect(target).toEqual(scaleTargets(FACTOR));
    for (const key of Object.keys(target) as (keyof ScaleCounts)[]) {
      expect(before[key], key).toBeLessThan(target[key]);
      expect(after[key], key).toBe(target[key]);
    }
    expect(await scaleCounts(db)).toEqual(after);
  });

  it("keeps the counts the pages read equal to a fresh count of what it grew", async () => {
    expect(await keptCounts()).toEqual(await countedCounts());
  });

  it("adds nothing when run again", async () => {
    const again = await growToScale(db, FACTOR);
    expect(again.before).toEqual(after);
    expect(again.after).toEqual(after);
  });

  it("gives every campaign one report per province, in every state, some filed late", async () => {
    const perCampaign = await rows<{ reports: number; provinces: number }>(
      db,
      sql`select count(r.id)::int as reports, count(distinct r.province_id)::int as provinces from evaluation_campaigns c
          left join evaluation_reports r on r.campaign_id = c.id group by c.id`,
    );
    expect(perCampaign.length).toBe(target.campaigns);
    for (const c of perCampaign) expect(c).toEqual({ reports: 75, provinces: 75 });
    const states = await rows<{ status: string }>(db, sql`select distinct status from evaluation_reports order by status`);
    expect(states.map((s) => s.status)).toEqual(["accepted", "draft", "not_started", "returned", "submitted"]);
    expect(
      await one(db, sql`select count(*)::int as n from evaluation_reports r join evaluation_campaigns c on c.id = r.campaign_id where r.submitted_at > (c.deadline + 1)::timestamptz`),
    ).toBeGreaterThan(0);
    // a report's version is its last revision, and a decision exists only on a submission
    expect(
      await one(
        db,
        sql`select count(*)::int as n from evaluation_reports r where r.version <> coalesce((select max(version) from report_revisions v where v.report_id = r.id), 0)`,
      ),
    ).toBe(0);
  });

  it("makes members unique and mostly active, and spreads them and the branches unevenly", async () => {
    const [m] = await rows<{ n: number; numbers: number; phones: number; active: number }>(
      db,
      sql`select count(*)::int as n, count(distinct member_number)::int as numbers, count(distinct phone)::int as phones,
            count(*) filter (where status = 'active')::int as active from members`,
    );
    expect(m.numbers).toBe(m.n);
    expect(m.phones).toBe(m.n);
    expect(m.active / m.n).toBeGreaterThan(0.85);
    const [spread] = await rows<{ most: number; least: number }>(
      db,
      sql`select max(c)::int as most, min(c)::int as least from (select count(*) as c from branches where id > ${before.branches} group by province_id) x`,
    );
    expect(spread.most).toBeGreaterThan(3 * spread.least);
    const named = await rows<{ name_ar: string; name_fr: string }>(db, sql`select name_ar, name_fr from branches order by id desc limit 1`);
    expect(named[0].name_ar).toMatch(/^فرع /);
    expect(named[0].name_fr).toMatch(/^Section /);
    expect(await one(db, sql`select count(*)::int as n from branches b where not exists (select 1 from organs o where o.branch_id = b.id)`)).toBe(0);
  });

  it("links each training to a parent of the level above in its region or province", async () => {
    const wrong = await one(
      db,
      sql`select count(*)::int as n from training_meetings t join training_meetings p on p.id = t.parent_id
          where (t.level = 'local' and (p.level <> 'provincial' or p.province_id <> t.province_id))
             or (t.level = 'provincial' and p.level = 'provincial')`,
    );
    expect(wrong).toBe(0);
    expect(await one(db, sql`select count(*)::int as n from training_meetings where level = 'regional' and id not in (select training_id from training_regions)`)).toBe(0);
  });

  it("keeps the pages' key queries answering for each role", async () => {
    const today = todayInMorocco();
    const admin = await viewer(demo.admin);
    // pages by key: the third page costs what the first does, and the total is counted to 1,000 only
    let audit = await listAudit(admin, auditFiltersSchema.parse({}));
    for (let i = 0; i < 2; i++) audit = await listAudit(admin, auditFiltersSchema.parse({ after: audit.nextCursor }));
    expect(target.auditRows).toBeGreaterThan(AUDIT_COUNT_BOUND);
    expect(audit.total).toEqual({ count: AUDIT_COUNT_BOUND, atLeast: true });
    expect(audit.rows.length).toBe(50);
    expect(audit.hasPrevious && audit.hasNext).toBe(true);
    expect((await dashboardPage(admin)) ?? null).not.toBeNull();

    const bureau = await viewer(demo.bureau);
    const first = await listMembers(bureau, memberListFiltersFrom({}));
    const members = await listMembers(bureau, memberListFiltersFrom({ after: first.nextCursor ?? undefined }));
    expect(members.rows.length).toBeGreaterThan(0);
    expect(members.rows[0].id).not.toBe(first.rows[0].id);
    expect((await searchMembers(bureau, "محمد", { purpose: "session" })).length).toBeGreaterThan(0);
    expect(await compliancePage(bureau, { campaignId: null, regionId: null })).toBeTruthy();
    expect((await regionCoverage(bureau, today)).length).toBe(12);
    const plan = await currentPlan(bureau);
    expect(plan).toBeTruthy();
    // the cascade: a line per region, then one region's trainings a page at a time
    const cascade = await cascadeRegions(bureau, plan!.id);
    expect(cascade.regions).toHaveLength(12);
    expect(await cascadeOf(bureau, plan!.id, cascade.regions[0].id)).toBeTruthy();
    const sessions = await listSessions(bureau, sessionListFiltersFrom({}));
    expect(JSON.stringify(sessions)).toContain("للجنة المركزية");
    const lastSession = await one(db, sql`select max(id)::int as n from committee_sessions`);
    expect(await sessionPage(bureau, lastSession)).toBeTruthy();
    expect((await calendarEvents(bureau, monthRange(today.slice(0, 7)))).length).toBeGreaterThan(0);
    expect((await listRegions(bureau)).length).toBe(12);

    const officer = await viewer(demo.officerFes);
    expect(await listTodo(officer)).toBeTruthy();
    const [report] = await rows<{ id: number; campaign_id: number }>(
      db,
      sql`select r.id, r.campaign_id from evaluation_reports r join evaluation_campaigns c on c.id = r.campaign_id
          where c.status = 'open' and r.region_id = ${officer.scopeRegionId} order by r.id desc limit 1`,
    );
    const page = await reportPage(officer, report.campaign_id, report.id);
    expect(page && page !== "forbidden").toBeTruthy();
    expect((await dashboardPage(await viewer(demo.member))) ?? null).not.toBeNull();
  });
});

describe("scaleFactor", () => {
  it("reads the named scales and a positive factor, and refuses anything else", () => {
    expect(scaleFactor("national")).toBe(1);
    expect(scaleFactor("10x")).toBe(10);
    expect(scaleFactor("0.01")).toBe(0.01);
    for (const bad of ["", "0", "-1", "huge", "NaN", "Infinity"]) expect(() => scaleFactor(bad), bad).toThrow(/unknown scale/);
  });
  it("rounds the national counts by the factor", () => {
    expect(scaleTargets(0.01)).toMatchObject({ branches: 15, members: 300, campaigns: 0, auditRows: 2000 });
    expect(scaleTargets(10).members).toBe(300_000);
  });
});
