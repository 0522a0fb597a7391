"use server";

import { count, eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { branches, cells, members, provinces, type Branch, type Cell } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { claimVersion } from "@/lib/concurrency";
import { branchFormValues, cellFormValues, createBranchSchema, createCellSchema, deleteByIdSchema, updateBranchSchema, updateCellSchema } from "./schemas";
import { both, territoryOfBranch, territoryOfCell, territoryOfProvince } from "./scope";
import * as clock from "@/lib/clock";

const branchPage = (id: number) => `/territory/branches/${id}`;

async function provinceName(tx: Transaction, id: number): Promise<string> {
  const [row] = await tx.select({ nameFr: provinces.nameFr }).from(provinces).where(eq(provinces.id, id));
  return row?.nameFr ?? `#${id}`;
}

async function lockBranch(tx: Transaction, id: number): Promise<Branch> {
  const [row] = await tx.select().from(branches).where(eq(branches.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return row;
}

async function lockCell(tx: Transaction, id: number): Promise<Cell & { branchNameAr: string }> {
  const [row] = await tx
    .select({ cell: cells, branchNameAr: branches.nameAr })
    .from(cells)
    .innerJoin(branches, eq(branches.id, cells.branchId))
    .where(eq(cells.id, id))
    .for("update", { of: cells });
  if (!row) throw new ActionError("notFound");
  return { ...row.cell, branchNameAr: row.branchNameAr };
}

/** The fields that differ, as { field: { from, to } }, for the audit trail. */
function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    if ((before[field] ?? null) !== (to ?? null)) changes[field] = { from: before[field] ?? null, to: to ?? null };
  }
  return changes;
}

const territoryPaths = (...paths: string[]) => ["/territory", ...paths];

export const createBranch = mutation({
  schema: createBranchSchema,
  permission: "territory.manage",
  scope: async (input, { tx }) => {
    const ref = await territoryOfProvince(tx, input.provinceId);
    return ref ? [ref] : null;
  },
  async run(input, { tx }) {
    const [row] = await tx.insert(branches).values(input).returning({ id: branches.id });
    return {
      audit: {
        action: "branch.create",
        entity: "branch",
        entityId: row.id,
        summary: `branch "${input.nameAr}" created in ${await provinceName(tx, input.provinceId)}`,
      },
      result: row,
    };
  },
  revalidate: (input) => territoryPaths(`/territory/provinces/${input.provinceId}`),
  redirectTo: (_input, result) => `${branchPage(result!.id)}?created=branch`,
});

export const updateBranch = mutation({
  schema: updateBranchSchema,
  permission: "territory.manage",
  // a move must be allowed where the branch is and where it goes
  scope: async (input, { tx }) => both(await territoryOfBranch(tx, input.id), await territoryOfProvince(tx, input.provinceId)),
  async run({ id, version: loaded, ...fields }, { tx }) {
    const version = await claimVersion(tx, branches, id, loaded, branchFormValues);
    const before = await lockBranch(tx, id);
    const changes = changedFields(before, fields);
    await tx
      .update(branches)
      .set({ ...fields, updatedAt: clock.now() })
      .where(eq(branches.id, id));
    const where = await provinceName(tx, fields.provinceId);
    const summary =
      before.provinceId === fields.provinceId
        ? `branch "${fields.nameAr}" updated in ${where}`
        : `branch "${fields.nameAr}" moved from ${await provinceName(tx, before.provinceId)} to ${where}`;
    return { audit: { action: "branch.update", entity: "branch", entityId: id, summary, changes }, result: { previousProvinceId: before.provinceId, version } };
  },
  revalidate: (input, result) =>
    territoryPaths(branchPage(input.id), `/territory/provinces/${input.provinceId}`, `/territory/provinces/${result?.previousProvinceId}`),
  redirectTo: (input) => branchPage(input.id),
});

export const deleteBranch = mutation({
  schema: deleteByIdSchema,
  permission: "territory.manage",
  scope: async (input, { tx }) => {
    const ref = await territoryOfBranch(tx, input.id);
    return ref ? [ref] : null;
  },
  async run({ id }, { tx }) {
    const branch = await lockBranch(tx, id);
    // members are kept, never deleted with their branch: they must be moved first (the FK restricts too)
    const [{ n }] = await tx.select({ n: count() }).from(members).where(eq(members.branchId, id));
    if (n > 0) throw new ActionError("inUse");
    await tx.delete(branches).where(eq(branches.id, id));
    return {
      audit: {
        action: "branch.delete",
        entity: "branch",
        entityId: id,
        summary: `branch "${branch.nameAr}" deleted from ${await provinceName(tx, branch.provinceId)}`,
        changes: { nameAr: branch.nameAr, town: branch.town, provinceId: branch.provinceId },
      },
      result: { provinceId: branch.provinceId },
    };
  },
  revalidate: (_input, result) => territoryPaths(`/territory/provinces/${result?.provinceId}`),
  redirectTo: (_input, result) => `/territory/provinces/${result!.provinceId}`,
});

export const createCell = mutation({
  schema: createCellSchema,
  permission: "territory.manage",
  scope: async (input, { tx }) => {
    const ref = await territoryOfBranch(tx, input.branchId);
    return ref ? [ref] : null;
  },
  async run(input, { tx }) {
    const branch = await lockBranch(tx, input.branchId);
    const [row] = await tx.insert(cells).values(input).returning({ id: cells.id });
    return {
      audit: { action: "cell.create", entity: "cell", entityId: row.id, summary: `cell "${input.name}" created in branch "${branch.nameAr}"` },
      result: row,
    };
  },
  revalidate: (input) => territoryPaths(branchPage(input.branchId)),
  redirectTo: (input) => branchPage(input.branchId),
});

export const updateCell = mutation({
  schema: updateCellSchema,
  permission: "territory.manage",
  scope: async (input, { tx }) => {
    const ref = await territoryOfCell(tx, input.id);
    return ref ? [ref] : null;
  },
  async run({ id, version: loaded, ...fields }, { tx }) {
    const version = await claimVersion(tx, cells, id, loaded, cellFormValues);
    const before = await lockCell(tx, id);
    const changes = changedFields(before, fields);
    await tx
      .update(cells)
      .set({ ...fields, updatedAt: clock.now() })
      .where(eq(cells.id, id));
    return {
      audit: {
        action: "cell.update",
        entity: "cell",
        entityId: id,
        summary: `cell "${fields.name}" updated in branch "${before.branchNameAr}"`,
        changes,
      },
      result: { branchId: before.branchId, version },
    };
  },
  revalidate: (_input, result) => territoryPaths(branchPage(result!.branchId)),
  redirectTo: (_input, result) => branchPage(result!.branchId),
});

export const deleteCell = mutation({
  schema: deleteByIdSchema,
  permission: "territory.manage",
  scope: async (input, { tx }) => {
    const ref = await territoryOfCell(tx, input.id);
    return ref ? [ref] : null;
  },
  async run({ id }, { tx }) {
    const cell = await lockCell(tx, id);
    await tx.delete(cells).where(eq(cells.id, id));
    return {
      audit: {
        action: "cell.delete",
        entity: "cell",
        entityId: id,
        summary: `cell "${cell.name}" deleted from branch "${cell.branchNameAr}"`,
        changes: { name: cell.name, kind: cell.kind, branchId: cell.branchId },
      },
      result: { branchId: cell.branchId },
    };
  },
  revalidate: (_input, result) => territoryPaths(branchPage(result!.branchId)),
  redirectTo: (_input, result) => branchPage(result!.branchId),
});
