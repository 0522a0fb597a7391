import "server-only";
import { and, count, eq, inArray, isNotNull, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { branches, cells, provinces, rootingActivities, trainingMeetings, trainingPeople, trainingRegions } from "@/db/schema";
import { can, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";
import type { CoverageFigures } from "./coverage-queries";
import { trainingsConcerning } from "./visibility";

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

const held = inArray(trainingMeetings.status, ["held", "reported"]);
const scalar = (query: SQL) => sql<number>`(${query})`.mapWith(Number);


export async function coverageSummary(viewer: Actor, today: string): Promise<CoverageSummary | null> {
  if (!can(viewer, "rooting.read")) return null;
  const { national, where } = summaryScope(viewer);
  const cellsQuery = db
    .select({ n: count() })
    .from(cells)
    .innerJoin(branches, eq(branches.id, cells.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where);
  const lastQuery = db
    .select({ last: sql`max(${rootingActivities.date})::text` })
    .from(rootingActivities)
    .innerJoin(branches, eq(branches.id, rootingActivities.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(and(where, sql`${rootingActivities.date} <= ${today}::date`));
  const trainingsQuery = db
    .select({ n: sql`count(distinct ${trainingMeetings.id})` })
    .from(trainingMeetings)
    .leftJoin(trainingRegions, eq(trainingRegions.trainingId, trainingMeetings.id))
    .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .where(and(held, trainingsConcerning(viewer, national)));
  // a national view also counts trained trainers recorded without a province
  const trainersQuery = db
    .select({ n: sql`count(distinct ${trainingPeople.memberId})` })
    .from(trainingPeople)
    .innerJoin(trainingMeetings, eq(trainingMeetings.id, trainingPeople.trainingId))
    .leftJoin(provinces, eq(provinces.id, trainingPeople.provinceId))
    .where(and(eq(trainingPeople.role, "trained_trainer"), held, national ? undefined : and(isNotNull(trainingPeople.provinceId), where)));
  const regionsQuery = db
    .select({ n: sql`count(distinct coalesce(${trainingRegions.regionId}, ${provinces.regionId}))` })
    .from(trainingMeetings)
    .leftJoin(trainingRegions, eq(trainingRegions.trainingId, trainingMeetings.id))
    .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .where(held);
  const [row] = await db
    .select({
      branches: count(),
      restructured: sql<number>`count(*) filter (where ${branches.restructuredOn} <= ${today}::date)`.mapWith(Number),
      bureauRenewed: sql<number>`count(*) filter (where ${branches.bureauRenewedOn} <= ${today}::date)`.mapWith(Number),
      cells: scalar(sql`${cellsQuery}`),
      trainingsHeld: scalar(sql`${trainingsQuery}`),
      trainersTrained: scalar(sql`${trainersQuery}`),
      regionsTrained: national ? scalar(sql`${regionsQuery}`) : sql<number>`0`.mapWith(Number),
      lastActivityOn: sql<string | null>`(${lastQuery})`,
    })
    .from(branches)
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where);
  return { ...row, national };
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
  const quarterOf = (column: SQL | AnyColumn) =>
    sql<string>`greatest(date_trunc('quarter', ${column}::timestamp)::date, ${PROGRESS_FROM}::date)::text`;
  const restructuredQuarter = quarterOf(branches.restructuredOn);
  const cellQuarter = quarterOf(cells.foundedOn);
  const [restructured, founded] = await Promise.all([
    db
      .select({ quarter: restructuredQuarter, n: count() })
      .from(branches)
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .where(and(where, sql`${branches.restructuredOn} <= ${today}::date`))
      .groupBy(sql`1`),
    db
      .select({ quarter: cellQuarter, n: count() })
      .from(cells)
      .innerJoin(branches, eq(branches.id, cells.branchId))
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .where(and(where, sql`${cells.foundedOn} <= ${today}::date`))
      .groupBy(sql`1`),
  ]);
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
