import "server-only";
import { keysetClauses, keysetCursorFrom, keysetResult, type KeysetOrder } from "@/lib/pagination/keyset";
import { and, asc, count, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { branches, cells, provinces, regionTrainingCounts, regions, rootingActivities } from "@/db/schema";
import { hasNationalScope, inRegionScope, inScope, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";
import { provinceFigures } from "./kept-counts";

/*
 * Coverage at a glance (seed 004: "which regions and provinces are trained, how many trainers, how
 * many branches restructured, how many cells"). The Bureau sees the whole country; an officer the
 * figures of their scope (their region, or their province) and drills down only there; a member
 * the national summary and its progress, not the territorial detail. The figures of a region or a
 * province are read from the counts the writes keep (migration 0015, lib/rooting/kept-counts.ts);
 * a province's branches are counted for that page only.
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

const zero = (value: SQL.Aliased<number> | SQL<number> | AnyColumn) => sql<number>`coalesce(${value}, 0)`.mapWith(Number);
const sumOf = (value: SQL.Aliased<number>) => sql<number>`coalesce(sum(${value}), 0)`.mapWith(Number);
const onOrBefore = (column: SQL | AnyColumn, today: string) => sql`${column} <= ${today}::date`;

const noFigures: CoverageFigures = { branches: 0, restructured: 0, bureauRenewed: 0, cells: 0, trainingsHeld: 0, trainersTrained: 0, lastActivityOn: null };

/**
 * The twelve regions (always all of them, for the map) with the figures the viewer may see, from
 * the kept counts: the provinces' rows of the viewer's scope added up by region, and the region's
 * own trainings and trainers (a training covers several regions, a trainer may carry the plan into
 * several provinces: those do not add up). An officer's trainings are those concerning his region
 * (covering it, or held in one of its provinces) that are held in no other province than his.
 */
export async function regionCoverage(viewer: Actor, today: string): Promise<RegionCoverage[]> {
  if (!seesTerritorialDetail(viewer)) return [];
  const national = hasNationalScope(viewer);
  const f = provinceFigures(provinceScopeCondition(viewer), today);
  const byRegion = db
    .select({
      regionId: f.regionId,
      branches: sumOf(f.branches).as("region_branches"),
      restructured: sumOf(f.restructured).as("region_restructured"),
      bureauRenewed: sumOf(f.bureauRenewed).as("region_renewed"),
      cells: sumOf(f.cells).as("region_cells"),
      trainingsHeld: sumOf(f.trainingsHeld).as("region_province_trainings"),
      trainersTrained: sumOf(f.trainersTrained).as("region_province_trainers"),
      lastActivityOn: sql<string | null>`max(${f.lastActivityOn})`.as("region_last_activity_on"),
    })
    .from(f)
    .groupBy(f.regionId)
    .as("region_figures");
  // a provincial officer's trainers are his province's; a regional officer's and the Bureau's, the region's
  const provincial = viewer.role === "officer" && viewer.scopeProvinceId !== null;
  const rows = await db
    .select({
      id: regions.id,
      code: regions.code,
      nameAr: regions.nameAr,
      nameFr: regions.nameFr,
      branches: zero(byRegion.branches),
      restructured: zero(byRegion.restructured),
      bureauRenewed: zero(byRegion.bureauRenewed),
      cells: zero(byRegion.cells),
      trainingsHeld: national
        ? zero(regionTrainingCounts.trainingsHeld)
        : sql<number>`coalesce(${regionTrainingCounts.trainingsHeldUnplaced}, 0) + coalesce(${byRegion.trainingsHeld}, 0)`.mapWith(Number),
      trainersTrained: provincial ? zero(byRegion.trainersTrained) : zero(regionTrainingCounts.trainersTrained),
      lastActivityOn: byRegion.lastActivityOn,
    })
    .from(regions)
    .leftJoin(byRegion, eq(byRegion.regionId, regions.id))
    .leftJoin(regionTrainingCounts, eq(regionTrainingCounts.regionId, regions.id))
    .orderBy(asc(regions.code));
  // outside the viewer's scope a region's figures are zeros
  return rows.map((r) => (inRegionScope(viewer, r.id) ? { ...r, visible: true } : { ...r, ...noFigures, visible: false }));
}

/** Whether the viewer may open a region's drill-down: the Bureau any, an officer their own. */
export function mayOpenRegion(viewer: Actor, regionId: number): boolean {
  return inRegionScope(viewer, regionId);
}

/** A region and its provinces' figures (a provincial officer sees only their province), from the kept counts. */
export async function provinceCoverage(viewer: Actor, regionId: number, today: string) {
  const [region] = await db.select().from(regions).where(eq(regions.id, regionId)).limit(1);
  if (!region) return null;
  if (!mayOpenRegion(viewer, regionId)) return "forbidden" as const;
  const where = and(eq(provinces.regionId, regionId), provinceScopeCondition(viewer));
  const f = provinceFigures(where, today);
  const rows: ProvinceCoverage[] = await db
    .select({
      id: provinces.id,
      nameAr: provinces.nameAr,
      nameFr: provinces.nameFr,
      branches: zero(f.branches),
      restructured: zero(f.restructured),
      bureauRenewed: zero(f.bureauRenewed),
      cells: zero(f.cells),
      trainingsHeld: zero(f.trainingsHeld),
      trainersTrained: zero(f.trainersTrained),
      lastActivityOn: f.lastActivityOn,
    })
    .from(provinces)
    .leftJoin(f, eq(f.provinceId, provinces.id))
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
