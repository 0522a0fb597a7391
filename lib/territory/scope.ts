import "server-only";
import { eq, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { branches, cells, provinces } from "@/db/schema";
import { scopeWhere, type Actor, type TerritoryRef } from "@/lib/permissions";

/** scopeWhere on a query that joins `provinces`: what sits in a province is where that province is. */
export function provinceScopeCondition(actor: Actor): SQL | undefined {
  return scopeWhere(actor, { regionId: provinces.regionId, provinceId: provinces.id });
}

export async function territoryOfProvince(tx: Executor, provinceId: number): Promise<TerritoryRef | null> {
  const [row] = await tx
    .select({ regionId: provinces.regionId, provinceId: provinces.id })
    .from(provinces)
    .where(eq(provinces.id, provinceId))
    .limit(1);
  return row ?? null;
}

export async function territoryOfBranch(tx: Executor, branchId: number): Promise<TerritoryRef | null> {
  const [row] = await tx
    .select({ regionId: provinces.regionId, provinceId: provinces.id })
    .from(branches)
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(eq(branches.id, branchId))
    .limit(1);
  return row ?? null;
}

export async function territoryOfCell(tx: Executor, cellId: number): Promise<TerritoryRef | null> {
  const [row] = await tx
    .select({ regionId: provinces.regionId, provinceId: provinces.id })
    .from(cells)
    .innerJoin(branches, eq(branches.id, cells.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(eq(cells.id, cellId))
    .limit(1);
  return row ?? null;
}

/** Both places a move touches, or null when either does not exist. */
export function both(a: TerritoryRef | null, b: TerritoryRef | null): TerritoryRef[] | null {
  return a && b ? [a, b] : null;
}
