import "server-only";
import { and, eq, gt, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { branches, provinceCounts, provinces, rootingActivities } from "@/db/schema";

/*
 * The kept counts of migration 0015 as a day sees them. A province's row counts every date, and
 * the writes refuse dates ahead of today, so what lies after the day asked about is almost always
 * nothing: it is found through the dates' indexes and taken out, which keeps the figures those of
 * a count made that day (lib/rooting/kept-counts.test.ts checks both agree).
 */

/** Branches restructured or renewed after `today`, per province: usually no row at all. */
function datedAhead(today: string) {
  return db
    .select({
      provinceId: sql<number>`${branches.provinceId}`.as("ahead_province_id"),
      restructured: sql<number>`count(*) filter (where ${branches.restructuredOn} > ${today}::date)`.as("ahead_restructured"),
      renewed: sql<number>`count(*) filter (where ${branches.bureauRenewedOn} > ${today}::date)`.as("ahead_renewed"),
    })
    .from(branches)
    .where(or(gt(branches.restructuredOn, today), gt(branches.bureauRenewedOn, today)))
    .groupBy(branches.provinceId)
    .as("dated_ahead");
}

/**
 * The provinces with an activity dated after `today` (usually none), each with its latest activity
 * up to `today`: the one figure of a province that cannot be taken out by a count.
 */
function activitiesAhead(today: string) {
  return db
    .select({
      provinceId: sql<number>`${branches.provinceId}`.as("late_province_id"),
      last: sql<string | null>`(select max(a.date)::text from rooting_activities a join branches b on b.id = a.branch_id
        where b.province_id = ${branches.provinceId} and a.date <= ${today}::date)`.as("late_last"),
    })
    .from(rootingActivities)
    .innerJoin(branches, eq(branches.id, rootingActivities.branchId))
    .where(gt(rootingActivities.date, today))
    .groupBy(branches.provinceId)
    .as("activities_ahead");
}

/**
 * The kept figures of the provinces `where` keeps (a condition on `provinces`), one row each, as
 * of `today`: a province's latest activity is read again only when its kept one lies ahead.
 */
export function provinceFigures(where: SQL | undefined, today: string) {
  const ahead = datedAhead(today);
  const late = activitiesAhead(today);
  const lastActivity = sql<string | null>`case when ${provinceCounts.lastActivityOn} > ${today}::date then ${late.last}
    else ${provinceCounts.lastActivityOn}::text end`;
  return db
    .select({
      provinceId: sql<number>`${provinces.id}`.as("figures_province_id"),
      regionId: sql<number>`${provinces.regionId}`.as("figures_region_id"),
      branches: sql<number>`${provinceCounts.branches}`.as("figures_branches"),
      restructured: sql<number>`${provinceCounts.restructured} - coalesce(${ahead.restructured}, 0)`.as("figures_restructured"),
      bureauRenewed: sql<number>`${provinceCounts.bureauRenewed} - coalesce(${ahead.renewed}, 0)`.as("figures_renewed"),
      cells: sql<number>`${provinceCounts.cells}`.as("figures_cells"),
      activeMembers: sql<number>`${provinceCounts.activeMembers}`.as("figures_active_members"),
      lastActivityOn: lastActivity.as("figures_last_activity_on"),
      trainingsHeld: sql<number>`${provinceCounts.trainingsHeld}`.as("figures_trainings_held"),
      trainersTrained: sql<number>`${provinceCounts.trainersTrained}`.as("figures_trainers_trained"),
    })
    .from(provinceCounts)
    .innerJoin(provinces, eq(provinces.id, provinceCounts.provinceId))
    .leftJoin(ahead, eq(ahead.provinceId, provinceCounts.provinceId))
    .leftJoin(late, eq(late.provinceId, provinceCounts.provinceId))
    .where(and(where))
    .as("province_figures");
}
