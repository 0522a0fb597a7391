import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db";
import { branches, cells, provinces, regions, rootingActivities } from "@/db/schema";
import { canOn, inScope, type Actor } from "@/lib/permissions";
import { keysetClauses, keysetCursorFrom, keysetResult, type KeysetOrder } from "@/lib/pagination/keyset";
import { rootingChecklist } from "./checklist";
import type { Scoped } from "./coverage-queries";

export const ACTIVITIES_PAGE_SIZE = 10;

/**
 * A branch's rooting record is read by the Bureau and by officers within their scope (members see
 * the national summary only); `recordable` and `cellsManageable` tell the page which forms to show,
 * and the actions check again.
 */
export const findRootingBranch = cache(async (viewer: Actor, id: number): Promise<Scoped<RootingBranch>> => {
  const [branch] = await db
    .select({
      id: branches.id,
      nameAr: branches.nameAr,
      nameFr: branches.nameFr,
      town: branches.town,
      restructuredOn: branches.restructuredOn,
      bureauRenewedOn: branches.bureauRenewedOn,
      provinceId: provinces.id,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
      regionId: regions.id,
      regionNameAr: regions.nameAr,
      regionNameFr: regions.nameFr,
    })
    .from(branches)
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(eq(branches.id, id))
    .limit(1);
  if (!branch) return null;
  const ref = { regionId: branch.regionId, provinceId: branch.provinceId };
  if (!inScope(viewer, ref)) return "forbidden";
  return { ...branch, recordable: canOn(viewer, "rooting.record", ref), cellsManageable: canOn(viewer, "territory.manage", ref) };
});

export interface RootingBranch {
  id: number;
  nameAr: string;
  nameFr: string | null;
  town: string;
  restructuredOn: string | null;
  bureauRenewedOn: string | null;
  provinceId: number;
  provinceNameAr: string;
  provinceNameFr: string;
  regionId: number;
  regionNameAr: string;
  regionNameFr: string;
  recordable: boolean;
  cellsManageable: boolean;
}

/** A branch's activities, latest first: the day, then the id. */
const activitiesOrder: KeysetOrder = {
  parts: [
    { column: rootingActivities.date, kind: "d" },
    { column: rootingActivities.id, kind: "i" },
  ],
  direction: "desc",
};

/** The branch's rooting page: its dates, cells, one page of activities, and the derived checklist. */
export async function branchRooting(viewer: Actor, id: number, page: { after?: string; before?: string }, today: string) {
  const branch = await findRootingBranch(viewer, id);
  if (branch === null || branch === "forbidden") return branch;
  const [branchCells, [activityFacts]] = await Promise.all([
    db
      .select({ id: cells.id, name: cells.name, kind: cells.kind, foundedOn: cells.foundedOn, membersCount: cells.membersCount })
      .from(cells)
      .where(eq(cells.branchId, id))
      .orderBy(asc(cells.foundedOn), asc(cells.id)),
    db
      .select({
        total: count(),
        lastActivityOn: sql<string | null>`max(${rootingActivities.date}) filter (where ${rootingActivities.date} <= ${today}::date)::text`,
      })
      .from(rootingActivities)
      .where(eq(rootingActivities.branchId, id)),
  ]);
  const cursor = keysetCursorFrom(activitiesOrder, page.after, page.before);
  const keyed = keysetClauses(activitiesOrder, cursor);
  const read = await db
    .select({
      id: rootingActivities.id,
      date: rootingActivities.date,
      kind: rootingActivities.kind,
      description: rootingActivities.description,
      peopleReached: rootingActivities.peopleReached,
    })
    .from(rootingActivities)
    .where(and(eq(rootingActivities.branchId, id), keyed.where))
    .orderBy(...keyed.orderBy)
    .limit(ACTIVITIES_PAGE_SIZE + 1);
  const { rows: activities, ...pageLinks } = keysetResult(read, ACTIVITIES_PAGE_SIZE, cursor, (a) => [a.date, a.id]);
  const facts = {
    restructuredOn: branch.restructuredOn,
    bureauRenewedOn: branch.bureauRenewedOn,
    cells: branchCells.length,
    lastActivityOn: activityFacts.lastActivityOn,
  };
  return {
    branch,
    cells: branchCells,
    activities,
    // one branch's activities, counted on rooting_activities_branch_id_date_id_index: a few dozen, not the party's history
    activityCount: activityFacts.total,
    ...pageLinks,
    facts,
    checklist: rootingChecklist(facts, today),
  };
}

/** One activity of a branch, for its edit page; "forbidden" outside the viewer's scope. */
export async function findActivity(viewer: Actor, branchId: number, activityId: number) {
  const branch = await findRootingBranch(viewer, branchId);
  if (branch === null || branch === "forbidden") return branch;
  const [activity] = await db
    .select({
      id: rootingActivities.id,
      date: rootingActivities.date,
      kind: rootingActivities.kind,
      description: rootingActivities.description,
      peopleReached: rootingActivities.peopleReached,
    })
    .from(rootingActivities)
    .where(and(eq(rootingActivities.id, activityId), eq(rootingActivities.branchId, branchId)))
    .limit(1);
  return activity ? { branch, activity } : null;
}
