import "server-only";
import { keysetClauses, keysetCursorFrom, keysetResult, type KeysetOrder } from "@/lib/pagination/keyset";
import { and, asc, count, eq, inArray, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { branches, cells, provinces, regions, rootingActivities, trainingMeetings, trainingPeople, trainingRegions } from "@/db/schema";
import { hasNationalScope, inRegionScope, inScope, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";
import { trainingsConcerning } from "./visibility";

/*
 * Coverage at a glance (seed 004: "which regions and provinces are trained, how many trainers, how
 * many branches restructured, how many cells"). The Bureau sees the whole country; an officer the
 * figures of their scope (their region, or their province) and drills down only there; a member
 * the national summary and its progress, not the territorial detail. Each figure is one grouped
 * query joined to its place, never a query per row.
 */

export const COVERAGE_BRANCHES_PAGE_SIZE = 20;

/** A query's answer for a viewer: the data, "forbidden" outside their scope, or null when missing. */
export type Scoped<T> = T | "forbidden" | null;

export interface CoverageFigures {
  branches: number;
  restructured: number;
  bureauRenewed: number;
  cells: number;
  trainingsHeld: number;
  trainersTrained: number;
  lastActivityOn: string | null;
}

export interface RegionCoverage extends CoverageFigures {
  id: number;
  code: string;
  nameAr: string;
  nameFr: string;
  /** Whether the viewer may see this region's figures (outside their scope they are zeros). */
  visible: boolean;
}

export interface ProvinceCoverage extends CoverageFigures {
  id: number;
  nameAr: string;
  nameFr: string;
}

/** The coverage score that colours the map: the share of branches restructured, in whole percent. */
export function coverageScore(f: Pick<CoverageFigures, "branches" | "restructured">): number | null {
  return f.branches ? Math.round((f.restructured / f.branches) * 100) : null;
}

/** Whether the viewer sees figures below the national summary (regions, provinces, branches). */
export function seesTerritorialDetail(viewer: Actor): boolean {
  return hasNationalScope(viewer) || viewer.role === "officer";
}

const zero = (value: SQL.Aliased<number> | SQL<number>) => sql<number>`coalesce(${value}, 0)`.mapWith(Number);
const held = inArray(trainingMeetings.status, ["held", "reported"]);
const onOrBefore = (column: SQL | AnyColumn, today: string) => sql`${column} <= ${today}::date`;

type Level = "region" | "province";
const placeKey = (level: Level) => (level === "region" ? provinces.regionId : provinces.id);

/** Branches, restructured and with a renewed bureau, per place. */
function branchCounts(level: Level, where: SQL | undefined, today: string) {
  const key = placeKey(level);
  return db
    .select({
      key: sql<number>`${key}`.as("branch_key"),
      total: count().as("branch_total"),
      restructured: sql<number>`count(*) filter (where ${onOrBefore(branches.restructuredOn, today)})`.as("branch_restructured"),
      renewed: sql<number>`count(*) filter (where ${onOrBefore(branches.bureauRenewedOn, today)})`.as("branch_renewed"),
    })
    .from(branches)
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where)
    .groupBy(key)
    .as("branch_counts");
}

function cellCounts(level: Level, where: SQL | undefined) {
  const key = placeKey(level);
  return db
    .select({ key: sql<number>`${key}`.as("cell_key"), n: count().as("cell_n") })
    .from(cells)
    .innerJoin(branches, eq(branches.id, cells.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where)
    .groupBy(key)
    .as("cell_counts");
}

function lastActivities(level: Level, where: SQL | undefined, today: string) {
  const key = placeKey(level);
  return db
    .select({ key: sql<number>`${key}`.as("activity_key"), last: sql<string | null>`max(${rootingActivities.date})::text`.as("activity_last") })
    .from(rootingActivities)
    .innerJoin(branches, eq(branches.id, rootingActivities.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(and(where, onOrBefore(rootingActivities.date, today)))
    .groupBy(key)
    .as("last_activities");
}

/** Trained trainers (تكوين مكونين), each counted once, by the province they carry the plan into. */
function trainerCounts(level: Level, where: SQL | undefined) {
  const key = placeKey(level);
  return db
    .select({ key: sql<number>`${key}`.as("trainer_key"), n: sql<number>`count(distinct ${trainingPeople.memberId})`.as("trainer_n") })
    .from(trainingPeople)
    .innerJoin(trainingMeetings, eq(trainingMeetings.id, trainingPeople.trainingId))
    .innerJoin(provinces, eq(provinces.id, trainingPeople.provinceId))
    .where(and(eq(trainingPeople.role, "trained_trainer"), held, where))
    .groupBy(key)
    .as("trainer_counts");
}

/**
 * The trainings an officer's figures count: those concerning their region (covering it, or held in
 * one of its provinces) and, for a provincial officer, not held in another province.
 */

/** Held trainings per region: a regional one counts in each region it covers, a provincial or local one in its province's. */
function trainingsByRegion(viewer: Actor) {
  return db
    .select({ key: sql<number>`${regions.id}`.as("training_key"), n: sql<number>`count(distinct ${trainingMeetings.id})`.as("training_n") })
    .from(trainingMeetings)
    .leftJoin(trainingRegions, eq(trainingRegions.trainingId, trainingMeetings.id))
    .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .innerJoin(regions, or(eq(regions.id, trainingRegions.regionId), eq(regions.id, provinces.regionId)))
    .where(and(held, trainingsConcerning(viewer)))
    .groupBy(regions.id)
    .as("training_counts");
}

/** Held provincial and local trainings per province. */
function trainingsByProvince(where: SQL | undefined) {
  return db
    .select({ key: sql<number>`${provinces.id}`.as("training_key"), n: count().as("training_n") })
    .from(trainingMeetings)
    .innerJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .where(and(held, where))
    .groupBy(provinces.id)
    .as("training_counts");
}

/** The twelve regions (always all of them, for the map) with the figures the viewer may see. */
export async function regionCoverage(viewer: Actor, today: string): Promise<RegionCoverage[]> {
  if (!seesTerritorialDetail(viewer)) return [];
  const scope = provinceScopeCondition(viewer);
  const b = branchCounts("region", scope, today);
  const c = cellCounts("region", scope);
  const a = lastActivities("region", scope, today);
  const tr = trainerCounts("region", scope);
  const tm = trainingsByRegion(viewer);
  const rows = await db
    .select({
      id: regions.id,
      code: regions.code,
      nameAr: regions.nameAr,
      nameFr: regions.nameFr,
      branches: zero(b.total),
      restructured: zero(b.restructured),
      bureauRenewed: zero(b.renewed),
      cells: zero(c.n),
      trainingsHeld: zero(tm.n),
      trainersTrained: zero(tr.n),
      lastActivityOn: a.last,
    })
    .from(regions)
    .leftJoin(b, eq(b.key, regions.id))
    .leftJoin(c, eq(c.key, regions.id))
    .leftJoin(a, eq(a.key, regions.id))
    .leftJoin(tr, eq(tr.key, regions.id))
    .leftJoin(tm, eq(tm.key, regions.id))
    .orderBy(asc(regions.code));
  return rows.map((r) => ({ ...r, visible: inRegionScope(viewer, r.id) }));
}

/** Whether the viewer may open a region's drill-down: the Bureau any, an officer their own. */
export function mayOpenRegion(viewer: Actor, regionId: number): boolean {
  return inRegionScope(viewer, regionId);
}

/** A region and its provinces' figures (a provincial officer sees only their province). */
export async function provinceCoverage(viewer: Actor, regionId: number, today: string) {
  const [region] = await db.select().from(regions).where(eq(regions.id, regionId)).limit(1);
  if (!region) return null;
  if (!mayOpenRegion(viewer, regionId)) return "forbidden" as const;
  const where = and(eq(provinces.regionId, regionId), provinceScopeCondition(viewer));
  const b = branchCounts("province", where, today);
  const c = cellCounts("province", where);
  const a = lastActivities("province", where, today);
  const tr = trainerCounts("province", where);
  const tm = trainingsByProvince(where);
  const rows: ProvinceCoverage[] = await db
    .select({
      id: provinces.id,
      nameAr: provinces.nameAr,
      nameFr: provinces.nameFr,
      branches: zero(b.total),
      restructured: zero(b.restructured),
      bureauRenewed: zero(b.renewed),
      cells: zero(c.n),
      trainingsHeld: zero(tm.n),
      trainersTrained: zero(tr.n),
      lastActivityOn: a.last,
    })
    .from(provinces)
    .leftJoin(b, eq(b.key, provinces.id))
    .leftJoin(c, eq(c.key, provinces.id))
    .leftJoin(a, eq(a.key, provinces.id))
    .leftJoin(tr, eq(tr.key, provinces.id))
    .leftJoin(tm, eq(tm.key, provinces.id))
    .where(where)
    // the official order of the 2015 list, in which they were inserted
    .orderBy(asc(provinces.id));
  return { region, provinces: rows };
}

export interface BranchCoverageRow {
  id: number;
  nameAr: string;
  nameFr: string | null;
  town: string;
  restructuredOn: string | null;
  bureauRenewedOn: string | null;
  cells: number;
  lastActivityOn: string | null;
}

/** A province's branches in name order: the Arabic name, then the id (branches_province_id_name_ar_id_index after the province). */
const coverageBranchesOrder: KeysetOrder = {
  parts: [
    { column: branches.nameAr, kind: "s" },
    { column: branches.id, kind: "i" },
  ],
  direction: "asc",
};

/** One page of a province's branches with what their checklist is derived from, by keyset after or before a cursor. */
export async function branchCoverage(viewer: Actor, provinceId: number, page: { after?: string; before?: string }, today: string) {
  const [province] = await db
    .select({
      id: provinces.id,
      nameAr: provinces.nameAr,
      nameFr: provinces.nameFr,
      regionId: regions.id,
      regionNameAr: regions.nameAr,
      regionNameFr: regions.nameFr,
    })
    .from(provinces)
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(eq(provinces.id, provinceId))
    .limit(1);
  if (!province) return null;
  if (!inScope(viewer, { regionId: province.regionId, provinceId })) return "forbidden" as const;
  const inProvince = eq(branches.provinceId, provinceId);
  const [{ total }] = await db.select({ total: count() }).from(branches).where(inProvince);
  const cursor = keysetCursorFrom(coverageBranchesOrder, page.after, page.before);
  const keyed = keysetClauses(coverageBranchesOrder, cursor);
  const cellsOf = db
    .select({ branchId: cells.branchId, n: count().as("cell_n") })
    .from(cells)
    .innerJoin(branches, eq(branches.id, cells.branchId))
    .where(inProvince)
    .groupBy(cells.branchId)
    .as("branch_cells");
  const lastOf = db
    .select({ branchId: rootingActivities.branchId, last: sql<string | null>`max(${rootingActivities.date})::text`.as("activity_last") })
    .from(rootingActivities)
    .innerJoin(branches, eq(branches.id, rootingActivities.branchId))
    .where(and(inProvince, onOrBefore(rootingActivities.date, today)))
    .groupBy(rootingActivities.branchId)
    .as("branch_last");
  const read: BranchCoverageRow[] = await db
    .select({
      id: branches.id,
      nameAr: branches.nameAr,
      nameFr: branches.nameFr,
      town: branches.town,
      restructuredOn: branches.restructuredOn,
      bureauRenewedOn: branches.bureauRenewedOn,
      cells: zero(cellsOf.n),
      lastActivityOn: lastOf.last,
    })
    .from(branches)
    .leftJoin(cellsOf, eq(cellsOf.branchId, branches.id))
    .leftJoin(lastOf, eq(lastOf.branchId, branches.id))
    .where(and(inProvince, keyed.where))
    .orderBy(...keyed.orderBy)
    .limit(COVERAGE_BRANCHES_PAGE_SIZE + 1);
  const { rows, ...links } = keysetResult(read, COVERAGE_BRANCHES_PAGE_SIZE, cursor, (b) => [b.nameAr, b.id]);
  // the province's branches, counted for that province only
  return { province, branches: rows, total, ...links };
}
