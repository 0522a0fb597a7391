"use server";

import { eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { branches, rootingActivities, type Branch } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { getDictionary } from "@/lib/i18n";
import { todayInMorocco } from "@/lib/i18n/format";
import { territoryOfBranch } from "@/lib/territory/scope";
import { branchRootingSchema, createActivitySchema, idSchema, updateActivitySchema } from "./schemas";
import * as clock from "@/lib/clock";

const branchPage = (id: number) => `/rooting/branches/${id}`;
const rootingPaths = (branchId: number) => [branchPage(branchId), "/rooting/coverage", "/rooting"];

async function lockBranch(tx: Transaction, id: number): Promise<Branch> {
  const [row] = await tx.select().from(branches).where(eq(branches.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return row;
}

async function lockActivity(tx: Transaction, id: number) {
  const [row] = await tx
    .select({ activity: rootingActivities, branchNameAr: branches.nameAr })
    .from(rootingActivities)
    .innerJoin(branches, eq(branches.id, rootingActivities.branchId))
    .where(eq(rootingActivities.id, id))
    .for("update", { of: rootingActivities });
  if (!row) throw new ActionError("notFound");
  return { ...row.activity, branchNameAr: row.branchNameAr };
}

/** Where an activity sits, read from the database, never from the form. */
async function territoryOfActivity(tx: Transaction, id: number) {
  const [row] = await tx.select({ branchId: rootingActivities.branchId }).from(rootingActivities).where(eq(rootingActivities.id, id));
  const ref = row ? await territoryOfBranch(tx, row.branchId) : null;
  return ref ? [ref] : null;
}

/** Restructuring, renewal and activities are recorded once they have happened, never ahead. */
async function refuseFuture(fields: Record<string, string | null>) {
  const today = todayInMorocco();
  for (const [field, date] of Object.entries(fields)) {
    if (date && date > today) {
      const { t } = await getDictionary();
      throw new ActionError(t.rooting.branchRooting.futureDate, field);
    }
  }
}

function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    if ((before[field] ?? null) !== (to ?? null)) changes[field] = { from: before[field] ?? null, to: to ?? null };
  }
  return changes;
}

/** إعادة الهيكلة والتجديد: the dates the branch was restructured and its bureau renewed. */
export const updateBranchRooting = mutation({
  schema: branchRootingSchema,
  permission: "rooting.record",
  scope: async (input, { tx }) => {
    const ref = await territoryOfBranch(tx, input.branchId);
    return ref ? [ref] : null;
  },
  async run({ branchId, ...dates }, { tx }) {
    await refuseFuture(dates);
    const before = await lockBranch(tx, branchId);
    const changes = changedFields(before, dates);
    await tx
      .update(branches)
      .set({ ...dates, updatedAt: clock.now() })
      .where(eq(branches.id, branchId));
    return {
      audit: {
        action: "branch.rooting.update",
        entity: "branch",
        entityId: branchId,
        summary: `rooting dates of branch "${before.nameAr}" updated`,
        changes,
      },
    };
  },
  revalidate: (input) => rootingPaths(input.branchId),
});

export const createRootingActivity = mutation({
  schema: createActivitySchema,
  permission: "rooting.record",
  scope: async (input, { tx }) => {
    const ref = await territoryOfBranch(tx, input.branchId);
    return ref ? [ref] : null;
  },
  async run(input, { tx }) {
    await refuseFuture({ date: input.date });
    const branch = await lockBranch(tx, input.branchId);
    const [row] = await tx.insert(rootingActivities).values(input).returning({ id: rootingActivities.id });
    return {
      audit: {
        action: "rooting.activity.create",
        entity: "rooting_activity",
        entityId: row.id,
        summary: `activity of ${input.date} (${input.kind}) recorded for branch "${branch.nameAr}"`,
        changes: { date: input.date, kind: input.kind, peopleReached: input.peopleReached },
      },
      result: row,
    };
  },
  revalidate: (input) => rootingPaths(input.branchId),
});

export const updateRootingActivity = mutation({
  schema: updateActivitySchema,
  permission: "rooting.record",
  scope: (input, { tx }) => territoryOfActivity(tx, input.id),
  async run({ id, ...fields }, { tx }) {
    await refuseFuture({ date: fields.date });
    const before = await lockActivity(tx, id);
    const changes = changedFields(before, fields);
    await tx.update(rootingActivities).set(fields).where(eq(rootingActivities.id, id));
    return {
      audit: {
        action: "rooting.activity.update",
        entity: "rooting_activity",
        entityId: id,
        summary: `activity of ${fields.date} updated for branch "${before.branchNameAr}"`,
        changes,
      },
      result: { branchId: before.branchId },
    };
  },
  revalidate: (_input, result) => rootingPaths(result!.branchId),
  redirectTo: (_input, result) => `${branchPage(result!.branchId)}#activities`,
});

export const deleteRootingActivity = mutation({
  schema: idSchema,
  permission: "rooting.record",
  scope: (input, { tx }) => territoryOfActivity(tx, input.id),
  async run({ id }, { tx }) {
    const activity = await lockActivity(tx, id);
    await tx.delete(rootingActivities).where(eq(rootingActivities.id, id));
    return {
      audit: {
        action: "rooting.activity.delete",
        entity: "rooting_activity",
        entityId: id,
        summary: `activity of ${activity.date} deleted from branch "${activity.branchNameAr}"`,
        changes: { date: activity.date, kind: activity.kind, description: activity.description, peopleReached: activity.peopleReached },
      },
      result: { branchId: activity.branchId },
    };
  },
  revalidate: (_input, result) => rootingPaths(result!.branchId),
  redirectTo: (_input, result) => `${branchPage(result!.branchId)}#activities`,
});
