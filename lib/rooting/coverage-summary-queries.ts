import "server-only";
import { and, count, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { branches, cells, provinceQuarterCounts, provinces, regionTrainingCounts, trainingTotals } from "@/db/schema";
import { can, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";
import type { CoverageFigures } from "./coverage-queries";
import { provinceFigures } from "./kept-counts";

const sumOf = (value: SQL.Aliased<number> | AnyColumn) => sql<number>`coalesce(sum(${value}), 0)`.mapWith(Number);

/*
 * The summary above the map and the progress chart. An officer's figures are their scope's; the
 * Bureau's and a member's are the whole country's (a member sees this summary and nothing below).
 */

export interface CoverageSummary extends CoverageFigures {
  /** Regions where at least one training was held (national view only). */
  regionsTrained: number;
  national: boolean;
}

/** The territory figures are computed over: the officer's scope, else the whole country. */
function summaryScope(viewer: Actor): { national: boolean; where: SQL | undefined } {
  if (viewer.role === "officer") return { national: false, where: provinceScopeCondition(viewer) };
  return { national: true, where: undefined };
}

/**
 * The summary, from the kept counts (migration 0015): the provinces' rows of the scope added up; a
 * national view's trainings and trainers are the country's totals (trainers recorded without a
 * province too), an officer's the trainings concerning his region held in no other province than
 * his (those covering it without a place, and those held in his scope) and the trainers of his
 * region or province.
 */
export async function coverageSummary(viewer: Actor, today: string): Promise<CoverageSummary | null> {
  if (!can(viewer, "rooting.read")) return null;
  const { national, where } = summaryScope(viewer);
  const f = provinceFigures(where, today);
  const [row] = await db
    .select({
      branches: sumOf(f.branches),
      restructured: sumOf(f.restructured),
      bureauRenewed: sumOf(f.bureauRenewed),
      cells: sumOf(f.cells),
      provinceTrainings: sumOf(f.trainingsHeld),
      provinceTrainers: sumOf(f.trainersTrained),
      lastActivityOn: sql<string | null>`max(${f.lastActivityOn})`,
    })
    .from(f);
  const base = { branches: row.branches, restructured: row.restructured, bureauRenewed: row.bureauRenewed, cells: row.cells, lastActivityOn: row.lastActivityOn };
  if (national) {
    const [totals] = await db.select().from(trainingTotals).limit(1);
    const [{ n: regionsTrained }] = await db.select({ n: count() }).from(regionTrainingCounts).where(eq(regionTrainingCounts.trained, true));
    return { ...base, trainingsHeld: totals?.trainingsHeld ?? 0, trainersTrained: totals?.trainersTrained ?? 0, regionsTrained, national };
  }
  const region = viewer.role === "officer" ? viewer.scopeRegionId : null;
  const [kept] = region ? await db.select().from(regionTrainingCounts).where(eq(regionTrainingCounts.regionId, region)).limit(1) : [];
  return {
    ...base,
    trainingsHeld: (kept?.trainingsHeldUnplaced ?? 0) + row.provinceTrainings,
    trainersTrained: viewer.role === "officer" && viewer.scopeProvinceId !== null ? row.provinceTrainers : (kept?.trainersTrained ?? 0),
    regionsTrained: 0,
    national,
  };
}

export interface ProgressPoint {
  /** The quarter's first day, YYYY-MM-DD. */
  quarter: string;
  restructured: number;
  cells: number;
}

export const PROGRESS_FROM = "2017-01-01";

function quarterStart(date: string): string {
  const [y, m] = date.split("-").map(Number);
  return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
}

function nextQuarter(quarter: string): string {
  const [y, m] = quarter.split("-").map(Number);
  return m === 10 ? `${y + 1}-01-01` : `${y}-${String(m + 3).padStart(2, "0")}-01`;
}

/**
 * Cumulative branches restructured and cells founded at the end of each quarter since 2017 (the
 * plan's first year) up to today's quarter; what came before 2017 is the starting level.
 */
export async function coverageProgress(viewer: Actor, today: string): Promise<ProgressPoint[]> {
  if (!can(viewer, "rooting.read")) return [];
  const { where } = summaryScope(viewer);
  const current = quarterStart(today);
  const following = nextQuarter(current);
  const quarter = sql<string>`greatest(${provinceQuarterCounts.quarter}, ${PROGRESS_FROM}::date)::text`;
  // the kept quarters up to today's, then what today's quarter holds after today taken out of it
  const [kept, aheadRows] = await Promise.all([
    db
      .select({ quarter, restructured: sumOf(provinceQuarterCounts.restructured), cells: sumOf(provinceQuarterCounts.cells) })
      .from(provinceQuarterCounts)
      .innerJoin(provinces, eq(provinces.id, provinceQuarterCounts.provinceId))
      .where(and(where, sql`${provinceQuarterCounts.quarter} <= ${current}::date`))
      .groupBy(sql`1`),
    db.execute<{ restructured: number; cells: number }>(sql`select
      (select count(*)::int from ${branches} join ${provinces} on ${provinces.id} = ${branches.provinceId}
        where ${branches.restructuredOn} > ${today}::date and ${branches.restructuredOn} < ${following}::date and ${where ?? sql`true`}) as restructured,
      (select count(*)::int from ${cells} join ${branches} on ${branches.id} = ${cells.branchId} join ${provinces} on ${provinces.id} = ${branches.provinceId}
        where ${cells.foundedOn} > ${today}::date and ${cells.foundedOn} < ${following}::date and ${where ?? sql`true`}) as cells`),
  ]);
  const ahead = { restructured: Number(aheadRows.rows[0].restructured), cells: Number(aheadRows.rows[0].cells) };
  const restructured = kept.map((k) => ({ quarter: k.quarter, n: k.restructured - (k.quarter === current ? ahead.restructured : 0) }));
  const founded = kept.map((k) => ({ quarter: k.quarter, n: k.cells - (k.quarter === current ? ahead.cells : 0) }));
  const byQuarter = (rows: { quarter: string; n: number }[]) => new Map(rows.map((r) => [r.quarter, r.n]));
  const r = byQuarter(restructured);
  const c = byQuarter(founded);
  const points: ProgressPoint[] = [];
  const last = quarterStart(today);
  let totals = { restructured: 0, cells: 0 };
  for (let q = PROGRESS_FROM; q <= last; q = nextQuarter(q)) {
    totals = { restructured: totals.restructured + (r.get(q) ?? 0), cells: totals.cells + (c.get(q) ?? 0) };
    points.push({ quarter: q, ...totals });
  }
  return points;
}
