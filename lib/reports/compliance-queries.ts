import "server-only";
import { TZDate } from "@date-fns/tz";
import { and, asc, desc, eq, exists, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { forbidden, notFound } from "next/navigation";
import { db, type Executor } from "@/db";
import {
  campaignTerritories,
  evaluationCampaigns,
  evaluationReports,
  provinces,
  regions,
  users,
  type EvaluationCampaign,
  type ReportStatus,
} from "@/db/schema";
import { TIME_ZONE } from "@/lib/i18n/config";
import { todayInMorocco } from "@/lib/i18n/format";
import { can, inScope, regionScopeWhere, scopeWhere, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";
import { daysBetween, daysLate } from "./deadline";
import * as clock from "@/lib/clock";

/**
 * Compliance at a glance: which bodies have reported for a campaign. A body is a province (or a
 * region, for regional campaigns) the campaign targets; a body with no report row yet counts as
 * not started. Officers see only their own scope; the Bureau and admins the whole country.
 */

/** The first instant after the deadline day in Morocco: a submission before it is on time. */
export function deadlineEnd(deadline: string): Date {
  const [y, m, d] = deadline.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, TIME_ZONE).getTime());
}

export function isOnTime(submittedAt: Date, deadline: string): boolean {
  return submittedAt.getTime() < deadlineEnd(deadline).getTime();
}

/** Statuses that count as reported (done) for completion. */
export const doneStatuses: ReportStatus[] = ["submitted", "accepted"];
/** Statuses of a body that still owes a report. */
export const owingStatuses: ReportStatus[] = ["not_started", "draft", "returned"];

export interface StatusCounts {
  total: number;
  notStarted: number;
  draft: number;
  submittedOnTime: number;
  submittedLate: number;
  returned: number;
  accepted: number;
}

export const emptyCounts = (): StatusCounts => ({ total: 0, notStarted: 0, draft: 0, submittedOnTime: 0, submittedLate: 0, returned: 0, accepted: 0 });

export function doneOf(c: StatusCounts): number {
  return c.submittedOnTime + c.submittedLate + c.accepted;
}

/** Whole per cent done, rounded down so that 100 % means every body. */
export function percentDone(c: StatusCounts): number {
  return c.total === 0 ? 0 : Math.floor((doneOf(c) * 100) / c.total);
}

function sumCounts(rows: StatusCounts[]): StatusCounts {
  const total = emptyCounts();
  for (const r of rows) for (const k of Object.keys(total) as (keyof StatusCounts)[]) total[k] += r[k];
  return total;
}

/** A campaign reaches the officers of the regions it targets. */
function targetsViewer(viewer: Actor): SQL | undefined {
  const inRegion = regionScopeWhere(viewer, regions.id);
  if (!inRegion) return undefined;
  const targeted = exists(
    db
      .select({ one: sql`1` })
      .from(campaignTerritories)
      .where(and(eq(campaignTerritories.campaignId, evaluationCampaigns.id), eq(campaignTerritories.regionId, regions.id))),
  );
  return exists(
    db
      .select({ one: sql`1` })
      .from(regions)
      .where(and(inRegion, or(eq(evaluationCampaigns.allTerritories, true), targeted))),
  );
}

function requireReportRead(viewer: Actor) {
  if (!can(viewer, "report.read")) forbidden();
}

/** The campaigns whose compliance the viewer may follow: open or closed ones reaching their scope, newest first. */
export async function complianceCampaigns(viewer: Actor) {
  requireReportRead(viewer);
  return db
    .select({ id: evaluationCampaigns.id, title: evaluationCampaigns.title, status: evaluationCampaigns.status, deadline: evaluationCampaigns.deadline })
    .from(evaluationCampaigns)
    .where(and(inArray(evaluationCampaigns.status, ["open", "closed"]), targetsViewer(viewer)))
    .orderBy(desc(evaluationCampaigns.opensOn), desc(evaluationCampaigns.id))
    .limit(50);
}

/** One campaign the viewer may follow, or the 404 page (a campaign outside their scope does not exist for them). */
export async function complianceCampaign(viewer: Actor, campaignId: number): Promise<EvaluationCampaign> {
  requireReportRead(viewer);
  const [campaign] = await db
    .select()
    .from(evaluationCampaigns)
    .where(and(eq(evaluationCampaigns.id, campaignId), inArray(evaluationCampaigns.status, ["open", "closed"]), targetsViewer(viewer)))
    .limit(1);
  if (!campaign) notFound();
  return campaign;
}


function targetRegions(campaign: EvaluationCampaign): SQL | undefined {
  if (campaign.allTerritories) return undefined;
  return inArray(
    regions.id,
    db.select({ id: campaignTerritories.regionId }).from(campaignTerritories).where(eq(campaignTerritories.campaignId, campaign.id)),
  );
}

/**
 * Every body of the campaign inside the viewer's scope, with its report when it has one: provinces
 * for a provincial campaign, regions for a regional one. `regionId` narrows to one region.
 */
function bodies(executor: Executor, campaign: EvaluationCampaign, viewer: Actor, regionId?: number | null) {
  const provincial = campaign.level === "provincial";
  const where = and(
    targetRegions(campaign),
    // a regional body sits at region level: a province officer has none of their own
    provincial ? provinceScopeCondition(viewer) : scopeWhere(viewer, { regionId: regions.id }),
    regionId ? eq(regions.id, regionId) : undefined,
  );
  const fields = {
    regionId: sql<number>`${regions.id}`.as("body_region_id"),
    regionCode: sql<string>`${regions.code}`.as("body_region_code"),
    regionNameAr: sql<string>`${regions.nameAr}`.as("body_region_name_ar"),
    regionNameFr: sql<string>`${regions.nameFr}`.as("body_region_name_fr"),
    provinceId: sql<number | null>`${provincial ? provinces.id : sql`null::integer`}`.as("body_province_id"),
    provinceNameAr: sql<string | null>`${provincial ? provinces.nameAr : sql`null::text`}`.as("body_province_name_ar"),
    provinceNameFr: sql<string | null>`${provincial ? provinces.nameFr : sql`null::text`}`.as("body_province_name_fr"),
    reportId: sql<number | null>`${evaluationReports.id}`.as("report_id"),
    status: sql<ReportStatus>`coalesce(${evaluationReports.status}, 'not_started')`.as("report_status"),
    submittedAt: sql<string | null>`${evaluationReports.submittedAt}`.as("report_submitted_at"),
    acceptedAt: sql<string | null>`${evaluationReports.acceptedAt}`.as("report_accepted_at"),
  };
  if (provincial) {
    return executor
      .select(fields)
      .from(provinces)
      .innerJoin(regions, eq(regions.id, provinces.regionId))
      .leftJoin(evaluationReports, and(eq(evaluationReports.campaignId, campaign.id), eq(evaluationReports.provinceId, provinces.id)))
      .where(where)
      .as("bodies");
  }
  return executor
    .select(fields)
    .from(regions)
    .leftJoin(
      evaluationReports,
      and(eq(evaluationReports.campaignId, campaign.id), eq(evaluationReports.regionId, regions.id), isNull(evaluationReports.provinceId)),
    )
    .where(where)
    .as("bodies");
}

function countFields(b: ReturnType<typeof bodies>, cutoff: Date) {
  const end = cutoff.toISOString();
  const n = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  return {
    total: sql<number>`count(*)`.mapWith(Number),
    notStarted: n(sql`${b.status} = 'not_started'`),
    draft: n(sql`${b.status} = 'draft'`),
    submittedOnTime: n(sql`${b.status} = 'submitted' and ${b.submittedAt} < ${end}::timestamptz`),
    submittedLate: n(sql`${b.status} = 'submitted' and (${b.submittedAt} is null or ${b.submittedAt} >= ${end}::timestamptz)`),
    returned: n(sql`${b.status} = 'returned'`),
    accepted: n(sql`${b.status} = 'accepted'`),
  };
}

export interface RegionCompliance extends StatusCounts {
  regionId: number;
  code: string;
  nameAr: string;
  nameFr: string;
}

/** Counts by status for each region in the viewer's scope, and their sum: one grouped query. */
export async function complianceByRegion(viewer: Actor, campaign: EvaluationCampaign) {
  requireReportRead(viewer);
  const b = bodies(db, campaign, viewer);
  const rows: RegionCompliance[] = await db
    .select({ regionId: b.regionId, code: b.regionCode, nameAr: b.regionNameAr, nameFr: b.regionNameFr, ...countFields(b, deadlineEnd(campaign.deadline)) })
    .from(b)
    .groupBy(b.regionId, b.regionCode, b.regionNameAr, b.regionNameFr)
    .orderBy(asc(b.regionCode));
  return { rows, total: sumCounts(rows) };
}

export interface BodyRow {
  regionId: number;
  regionNameAr: string;
  regionNameFr: string;
  provinceId: number | null;
  provinceNameAr: string | null;
  provinceNameFr: string | null;
  reportId: number | null;
  status: ReportStatus;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  /** For a submission: on time or not. */
  onTime: boolean | null;
  /** Days after the deadline day: of the submission, or of today for a body that still owes its report. */
  daysLate: number;
}

/** The bodies one by one (at most 75): the drill-down into a region, the late list and the CSV. */
export async function complianceBodies(
  viewer: Actor,
  campaign: EvaluationCampaign,
  options: { regionId?: number | null; owingOnly?: boolean; executor?: Executor; now?: Date } = {},
) {
  requireReportRead(viewer);
  const executor = options.executor ?? db;
  const b = bodies(executor, campaign, viewer, options.regionId);
  const raw = await executor
    .select()
    .from(b)
    .where(options.owingOnly ? inArray(b.status, owingStatuses) : undefined)
    .orderBy(asc(b.regionCode), asc(b.provinceNameAr));
  // a closed campaign stopped waiting on the day it closed
  const until = campaign.status === "closed" && campaign.closedAt ? todayInMorocco(campaign.closedAt) : todayInMorocco(options.now);
  return raw.map((r): BodyRow => {
    const submittedAt = r.submittedAt ? new Date(r.submittedAt) : null;
    const filed = submittedAt && r.status !== "not_started" && r.status !== "draft";
    return {
      regionId: r.regionId,
      regionNameAr: r.regionNameAr,
      regionNameFr: r.regionNameFr,
      provinceId: r.provinceId,
      provinceNameAr: r.provinceNameAr,
      provinceNameFr: r.provinceNameFr,
      reportId: r.reportId,
      status: r.status,
      submittedAt,
      acceptedAt: r.acceptedAt ? new Date(r.acceptedAt) : null,
      onTime: filed ? isOnTime(submittedAt, campaign.deadline) : null,
      daysLate: filed && r.status !== "returned" ? daysLate(campaign.deadline, submittedAt) : Math.max(0, daysBetween(campaign.deadline, until)),
    };
  });
}

/** Bodies that still owe their report once the deadline day is over. */
export async function lateBodies(viewer: Actor, campaign: EvaluationCampaign, now = clock.now()) {
  if (now.getTime() < deadlineEnd(campaign.deadline).getTime()) return [];
  return complianceBodies(viewer, campaign, { owingOnly: true, now });
}

export interface Officer {
  id: number;
  name: string;
  email: string;
  scopeRegionId: number | null;
  scopeProvinceId: number | null;
}

/**
 * The active officers answerable for these bodies, in one query: the officer of the body's province
 * and the officers of its region (those with no province of their own).
 */
export async function officersCovering(executor: Executor, list: { regionId: number; provinceId: number | null }[]): Promise<Officer[]> {
  if (list.length === 0) return [];
  const provinceIds = [...new Set(list.map((b) => b.provinceId).filter((id): id is number => id != null))];
  const regionIds = [...new Set(list.map((b) => b.regionId))];
  return executor
    .select({ id: users.id, name: users.name, email: users.email, scopeRegionId: users.scopeRegionId, scopeProvinceId: users.scopeProvinceId })
    .from(users)
    .where(
      and(
        eq(users.role, "officer"),
        eq(users.active, true),
        or(
          provinceIds.length ? inArray(users.scopeProvinceId, provinceIds) : undefined,
          and(isNull(users.scopeProvinceId), inArray(users.scopeRegionId, regionIds)),
        ),
      ),
    )
    .orderBy(asc(users.name));
}

/** Whether an officer answers for a body: their province, or their whole region. */
export function answersFor(officer: Officer, body: { regionId: number; provinceId: number | null }): boolean {
  return inScope({ ...officer, role: "officer" }, body);
}

/** The twelve regions, for the grid's tiles that have no body in the viewer's scope. */
export async function allRegions() {
  return db.select({ id: regions.id, code: regions.code, nameAr: regions.nameAr, nameFr: regions.nameFr }).from(regions).orderBy(asc(regions.code));
}
