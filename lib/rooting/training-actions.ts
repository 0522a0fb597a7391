"use server";

import { eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { trainingMaterials, trainingMeetings, trainingRegions, type TrainingLevel } from "@/db/schema";
import { ActionError, mutation, type MutationContext } from "@/lib/action";
import { claimVersion } from "@/lib/concurrency";
import { getLocale } from "@/lib/i18n";
import { formatDate, todayInMorocco } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import { deleteAfterCommit } from "@/lib/storage";
import { territoryOfProvince } from "@/lib/territory/scope";
import { coveredRegionIds, lockTraining, refusal, trainingPaths, trainingTerritory } from "./access";
import { tellScheduled } from "./notices";
import { checkChildrenStillFit, checkLeadersStillTrained, trainingRecord, type TrainingRecord } from "./training-rules";
import {
  createTrainingSchema,
  idSchema,
  isLocalLevel,
  trainingFormValues,
  trainingReportSchema,
  trainingStatusSchema,
  trainingTransitions,
  updateTrainingSchema,
} from "./schemas";
import * as clock from "@/lib/clock";

// اللقاءات التكوينية: the Bureau plans the national and regional ones; officers record the
// provincial and local ones of their scope

async function saveRegions(tx: Transaction, trainingId: number, regionIds: number[]) {
  await tx.delete(trainingRegions).where(eq(trainingRegions.trainingId, trainingId));
  if (regionIds.length) await tx.insert(trainingRegions).values(regionIds.map((regionId) => ({ trainingId, regionId })));
}

/** The territory a new or moved training lands in: the Bureau's for the upper levels. */
async function targetTerritory(tx: Transaction, level: TrainingLevel, input: { provinceId: number | null; regionIds: number[] }, canPlan: boolean) {
  if (!isLocalLevel(level)) {
    if (!canPlan) throw new ActionError("forbidden");
    return input.regionIds.map((regionId) => ({ regionId }));
  }
  if (!input.provinceId) throw await refusal("provinceRequired", "provinceId");
  const ref = await territoryOfProvince(tx, input.provinceId);
  if (!ref) throw await refusal("provinceRequired", "provinceId");
  return [ref];
}

const rowOf = ({ regionIds: _regions, ...record }: TrainingRecord) => record;

export const createTraining = mutation({
  schema: createTrainingSchema,
  permission: "rooting.record",
  scope: ({ level, ...input }, { tx, user }) => targetTerritory(tx, level, input, can(user, "rooting.plan")),
  async run({ level, ...input }, { tx, user, afterCommit }) {
    const record = await trainingRecord(tx, level, input);
    const [row] = await tx
      .insert(trainingMeetings)
      .values({ level, ...rowOf(record) })
      .returning({ id: trainingMeetings.id });
    await saveRegions(tx, row.id, record.regionIds);
    // the officers it concerns are told of a training still to come
    const region = record.provinceId ? (await territoryOfProvince(tx, record.provinceId))?.regionId ?? null : null;
    const notified =
      record.startsOn >= todayInMorocco()
        ? await tellScheduled(tx, { id: row.id, level, title: record.title, city: record.city, startsOn: record.startsOn, endsOn: record.endsOn, provinceId: record.provinceId, regionId: region, regionIds: record.regionIds }, user.id)
        : 0;
    if (notified) afterCommit(enqueueEmailsAfterCommit);
    return {
      audit: {
        action: "rooting.training.create",
        entity: "training_meeting",
        entityId: row.id,
        summary: `${level} training "${record.title}" in ${record.city} on ${record.startsOn}`,
        changes: { level, ...record, notified },
      },
      result: row.id,
    };
  },
  revalidate: (_input, id) => trainingPaths(id),
  redirectTo: (_input, id) => `/rooting/trainings/${id}?saved=created`,
});

export const updateTraining = mutation({
  schema: updateTrainingSchema,
  permission: "rooting.record",
  async scope({ id, ...input }, { tx, user }) {
    const [training] = await tx.select().from(trainingMeetings).where(eq(trainingMeetings.id, id)).limit(1);
    if (!training) return null;
    const here = await trainingTerritory(tx, training, user);
    const there = await targetTerritory(tx, training.level, input, can(user, "rooting.plan"));
    return here && [...here, ...there];
  },
  async run({ id, version: loaded, ...input }, { tx }) {
    const training = await lockTraining(tx, id);
    await claimVersion(tx, trainingMeetings, id, loaded, async (row) => trainingFormValues(row, await coveredRegionIds(tx, id)));
    const record = await trainingRecord(tx, training.level, input);
    await checkChildrenStillFit(tx, training, record, training.level === "regional" ? "regionIds" : "provinceId");
    if (record.parentId !== training.parentId || record.provinceId !== training.provinceId) {
      await checkLeadersStillTrained(tx, id, record.parentId, record.provinceId);
    }
    const regionsBefore = await coveredRegionIds(tx, id);
    await tx
      .update(trainingMeetings)
      .set({ ...rowOf(record), updatedAt: clock.now() })
      .where(eq(trainingMeetings.id, id));
    await saveRegions(tx, id, record.regionIds);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, to] of Object.entries(rowOf(record))) {
      const from = training[field as keyof typeof training] ?? null;
      if (from !== (to ?? null)) changes[field] = { from, to };
    }
    if ([...regionsBefore].sort().join() !== [...record.regionIds].sort().join()) changes.regionIds = { from: regionsBefore, to: record.regionIds };
    return {
      audit: { action: "rooting.training.update", entity: "training_meeting", entityId: id, summary: `training "${record.title}" updated`, changes },
    };
  },
  revalidate: (input) => [...trainingPaths(input.id), `/rooting/trainings/${input.id}/edit`],
  redirectTo: (input) => `/rooting/trainings/${input.id}?saved=updated`,
});

const scopeOfTraining = async ({ id }: { id: number }, { tx, user }: MutationContext) => {
  const [training] = await tx.select().from(trainingMeetings).where(eq(trainingMeetings.id, id)).limit(1);
  return training ? trainingTerritory(tx, training, user) : null;
};

export const setTrainingStatus = mutation({
  schema: trainingStatusSchema,
  permission: "rooting.record",
  scope: scopeOfTraining,
  async run({ id, to }, { tx }) {
    const training = await lockTraining(tx, id);
    if (!trainingTransitions[training.status].includes(to)) throw await refusal("transition");
    if (to === "held" && training.startsOn > todayInMorocco()) {
      throw await refusal("heldBeforeStart", undefined, { date: formatDate(training.startsOn, await getLocale()) });
    }
    if (to === "reported" && !training.summary) throw await refusal("reportNeedsSummary");
    await tx.update(trainingMeetings).set({ status: to, updatedAt: clock.now() }).where(eq(trainingMeetings.id, id));
    return {
      audit: {
        action: "rooting.training.status",
        entity: "training_meeting",
        entityId: id,
        summary: `training "${training.title}": ${training.status} → ${to}`,
        changes: { status: { from: training.status, to } },
      },
    };
  },
  revalidate: (input) => trainingPaths(input.id),
});

/** The report (summary, discussion points, follow-up): written once the training is held; a summary makes it reported. */
export const saveTrainingReport = mutation({
  schema: trainingReportSchema,
  permission: "rooting.record",
  scope: scopeOfTraining,
  async run({ id, ...report }, { tx }) {
    const training = await lockTraining(tx, id);
    if (training.status === "planned") throw await refusal("reportBeforeHeld", "summary");
    const status = report.summary ? "reported" : "held";
    await tx
      .update(trainingMeetings)
      .set({ ...report, status, updatedAt: clock.now() })
      .where(eq(trainingMeetings.id, id));
    return {
      audit: {
        action: "rooting.training.report",
        entity: "training_meeting",
        entityId: id,
        summary: `report of training "${training.title}" saved (${status})`,
        changes: { ...report, status: { from: training.status, to: status } },
      },
    };
  },
  revalidate: (input) => trainingPaths(input.id),
  redirectTo: (input) => `/rooting/trainings/${input.id}?saved=report#report`,
});

export const deleteTraining = mutation({
  schema: idSchema,
  permission: "rooting.record",
  scope: scopeOfTraining,
  async run({ id }, ctx) {
    const { tx } = ctx;
    const training = await lockTraining(tx, id);
    const [child] = await tx.select({ id: trainingMeetings.id }).from(trainingMeetings).where(eq(trainingMeetings.parentId, id)).limit(1);
    if (child) throw await refusal("hasChildren");
    const files = await tx.select({ key: trainingMaterials.storageKey }).from(trainingMaterials).where(eq(trainingMaterials.trainingId, id));
    await tx.delete(trainingMeetings).where(eq(trainingMeetings.id, id));
    // the files go once the training is gone for good: a refused or failed delete keeps them
    for (const file of files) deleteAfterCommit(ctx, file.key);
    return {
      audit: {
        action: "rooting.training.delete",
        entity: "training_meeting",
        entityId: id,
        summary: `${training.level} training "${training.title}" of ${training.startsOn} deleted`,
        changes: { training },
      },
    };
  },
  revalidate: () => trainingPaths(),
  redirectTo: () => "/rooting/trainings?saved=deleted",
});
