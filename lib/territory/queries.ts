import "server-only";
import { keysetClauses, keysetCursorFrom, keysetResult, type KeysetOrder } from "@/lib/pagination/keyset";
import { and, asc, count, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db";
import { branchMemberCounts, branches, cells, members, provinceCounts, provinces, regions } from "@/db/schema";
import { can, canOn, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "./scope";

/*
 * The territory tree is the party's common map: every role allowed `territory.read` browses all of
 * it (names and counts only). Scope limits what a viewer may change, so each record answers
 * `manageable` for the viewer, and the actions check it again on the server.
 */

export const BRANCHES_PAGE_SIZE = 25;

export interface Counts {
  cells: number;
  activeMembers: number;
}

export interface RegionRow extends Counts {
  id: number;
  code: string;
  nameAr: string;
  nameFr: string;
  provinces: number;
  branches: number;
}

export interface ProvinceRow extends Counts {
  id: number;
  nameAr: string;
  nameFr: string;
  branches: number;
}

export interface BranchRow extends Counts {
  id: number;
  nameAr: string;
  nameFr: string | null;
  town: string;
}

const zero = (n: SQL.Aliased<number> | AnyColumn | number) => sql<number>`coalesce(${n}, 0)`.mapWith(Number);

/** Active members per branch, restricted by `where` (a condition on `branches` and `provinces`), from the kept counts. */
function activeMembersByBranch(where?: SQL) {
  return db
    .select({ branchId: branchMemberCounts.branchId, n: sql<number>`${branchMemberCounts.active}`.as("member_count") })
    .from(branchMemberCounts)
    .innerJoin(branches, eq(branches.id, branchMemberCounts.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where);
}

function cellsByBranch(where?: SQL) {
  return db
    .select({ branchId: cells.branchId, n: count().as("cell_count") })
    .from(cells)
    .innerJoin(branches, eq(branches.id, cells.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where)
    .groupBy(cells.branchId);
}

/** The twelve regions with their provinces, branches, cells and active members, from the kept province counts (migration 0015). */
export async function listRegions(viewer: Actor): Promise<RegionRow[]> {
  if (!can(viewer, "territory.read")) return [];
  const byRegion = db
    .select({
      regionId: provinces.regionId,
      provinces: count().as("province_count"),
      branches: sql<number>`sum(${provinceCounts.branches})`.as("branch_count"),
      cells: sql<number>`sum(${provinceCounts.cells})`.as("cell_count"),
      activeMembers: sql<number>`sum(${provinceCounts.activeMembers})`.as("member_count"),
    })
    .from(provinces)
    .leftJoin(provinceCounts, eq(provinceCounts.provinceId, provinces.id))
    .groupBy(provinces.regionId)
    .as("region_counts");
  return db
    .select({
      id: regions.id,
      code: regions.code,
      nameAr: regions.nameAr,
      nameFr: regions.nameFr,
      provinces: zero(byRegion.provinces),
      branches: zero(byRegion.branches),
      cells: zero(byRegion.cells),
      activeMembers: zero(byRegion.activeMembers),
    })
    .from(regions)
    .leftJoin(byRegion, eq(byRegion.regionId, regions.id))
    .orderBy(asc(regions.code));
}

/** A region and its provinces with their counts, from the kept province counts; null when there is no such region. */
export const getRegion = cache(async (viewer: Actor, id: number) => {
  if (!can(viewer, "territory.read")) return null;
  const [region] = await db.select().from(regions).where(eq(regions.id, id)).limit(1);
  if (!region) return null;
  const rows: ProvinceRow[] = await db
    .select({
      id: provinces.id,
      nameAr: provinces.nameAr,
      nameFr: provinces.nameFr,
      branches: zero(provinceCounts.branches),
      cells: zero(provinceCounts.cells),
      activeMembers: zero(provinceCounts.activeMembers),
    })
    .from(provinces)
    .leftJoin(provinceCounts, eq(provinceCounts.provinceId, provinces.id))
    .where(eq(provinces.regionId, id))
    // the official order of the 2015 list, in which they were inserted
    .orderBy(asc(provinces.id));
  return { region, provinces: rows };
});

/** A province with its region, and whether the viewer may manage it; null when there is none. */
export const findProvince = cache(async (viewer: Actor, id: number) => {
  if (!can(viewer, "territory.read")) return null;
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
    .where(eq(provinces.id, id))
    .limit(1);
  if (!province) return null;
  return { ...province, manageable: canOn(viewer, "territory.manage", { regionId: province.regionId, provinceId: province.id }) };
});

/** A province's branches in name order: the Arabic name, then the id (branches_province_id_name_ar_id_index after the province). */
const provinceBranchesOrder: KeysetOrder = {
  parts: [
    { column: branches.nameAr, kind: "s" },
    { column: branches.id, kind: "i" },
  ],
  direction: "asc",
};

/**
 * A province and one page of its branches with their counts, by keyset after or before a cursor;
 * null when there is no such province. The total is the province's branches (a few hundred at
 * most), not the party's history.
 */
export const getProvince = cache(async (viewer: Actor, id: number, page: { after?: string; before?: string } = {}) => {
  const province = await findProvince(viewer, id);
  if (!province) return null;
  const inProvince = eq(branches.provinceId, id);
  const [{ total }] = await db.select({ total: count() }).from(branches).where(inProvince);
  const cursor = keysetCursorFrom(provinceBranchesOrder, page.after, page.before);
  const keyed = keysetClauses(provinceBranchesOrder, cursor);
  const cellCounts = cellsByBranch(inProvince).as("cell_counts");
  const memberCounts = activeMembersByBranch(inProvince).as("member_counts");
  const read: BranchRow[] = await db
    .select({
      id: branches.id,
      nameAr: branches.nameAr,
      nameFr: branches.nameFr,
      town: branches.town,
      cells: zero(cellCounts.n),
      activeMembers: zero(memberCounts.n),
    })
    .from(branches)
    .leftJoin(cellCounts, eq(cellCounts.branchId, branches.id))
    .leftJoin(memberCounts, eq(memberCounts.branchId, branches.id))
    .where(and(inProvince, keyed.where))
    .orderBy(...keyed.orderBy)
    .limit(BRANCHES_PAGE_SIZE + 1);
  const { rows, ...links } = keysetResult(read, BRANCHES_PAGE_SIZE, cursor, (b) => [b.nameAr, b.id]);
  return { province, branches: rows, total, ...links };
});

const branchWithPlace = {
  id: branches.id,
  version: branches.version,
  nameAr: branches.nameAr,
  nameFr: branches.nameFr,
  town: branches.town,
  address: branches.address,
  provinceId: provinces.id,
  provinceNameAr: provinces.nameAr,
  provinceNameFr: provinces.nameFr,
  regionId: regions.id,
  regionNameAr: regions.nameAr,
  regionNameFr: regions.nameFr,
};

/** A branch with its province and region, and whether the viewer may manage it; null when there is none. */
export const findBranch = cache(async (viewer: Actor, id: number) => {
  if (!can(viewer, "territory.read")) return null;
  const [branch] = await db
    .select(branchWithPlace)
    .from(branches)
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(eq(branches.id, id))
    .limit(1);
  if (!branch) return null;
  return { ...branch, manageable: canOn(viewer, "territory.manage", { regionId: branch.regionId, provinceId: branch.provinceId }) };
});

/** A branch with its cells and member counts; null when there is no such branch. */
export const getBranch = cache(async (viewer: Actor, id: number) => {
  const branch = await findBranch(viewer, id);
  if (!branch) return null;
  const branchCells = await db
    .select({ id: cells.id, name: cells.name, kind: cells.kind, foundedOn: cells.foundedOn, membersCount: cells.membersCount })
    .from(cells)
    .where(eq(cells.branchId, id))
    .orderBy(asc(cells.name), asc(cells.id));
  const [memberCounts] = await db
    .select({
      all: count(),
      active: sql<number>`count(*) filter (where ${members.status} = 'active')`.mapWith(Number),
    })
    .from(members)
    .where(eq(members.branchId, id));
  return { branch, cells: branchCells, activeMembers: memberCounts.active, allMembers: memberCounts.all };
});

/** A cell with the branch, province and region it belongs to; null when there is no such cell. */
export const getCell = cache(async (viewer: Actor, id: number) => {
  if (!can(viewer, "territory.read")) return null;
  const [row] = await db
    .select({
      cell: { id: cells.id, version: cells.version, name: cells.name, kind: cells.kind, foundedOn: cells.foundedOn, membersCount: cells.membersCount },
      branch: branchWithPlace,
    })
    .from(cells)
    .innerJoin(branches, eq(branches.id, cells.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(eq(cells.id, id))
    .limit(1);
  if (!row) return null;
  return {
    ...row,
    manageable: canOn(viewer, "territory.manage", { regionId: row.branch.regionId, provinceId: row.branch.provinceId }),
  };
});

/** The provinces where the viewer may create or move a branch, region by region. */
export async function manageableProvinces(viewer: Actor) {
  if (!can(viewer, "territory.manage")) return [];
  return db
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
    .where(provinceScopeCondition(viewer))
    .orderBy(asc(regions.code), asc(provinces.id));
}
