"use server";

import { and, eq, max } from "drizzle-orm";
import type { Transaction } from "@/db";
import { members, trainingAttendanceCounts, trainingPeople, trainingSittings, type TrainingMeeting, type TrainingRole } from "@/db/schema";
import { ActionError, mutation, type MutationContext } from "@/lib/action";
import type { TerritoryRef } from "@/lib/permissions";
import { territoryOfProvince } from "@/lib/territory/scope";
import { homeProvinceOf, lockTraining, recordingTerritory, refusal, trainingPaths, trainingTerritory } from "./access";
import { leadsAChild, trainedTrainersOf } from "./training-rules";
import { addPersonSchema, addSittingSchema, attendanceCountSchema, idSchema, isLocalLevel, removePersonSchema } from "./schemas";

// A training's people (trainers, attending Bureau members, participants, the trainers it trained
// and — one level down — the trained trainers who led it), its counts per province and sittings.

/** The roles officers record in a regional training, for the provinces of their scope. */
const recordedByProvince = (role: TrainingRole) => role === "participant" || role === "trained_trainer";

/** The province a person is recorded under: a participant's home, a trained trainer's destination. */
async function provinceOfPerson(tx: Transaction, training: TrainingMeeting, role: TrainingRole, memberId: number, provinceId: number | null) {
  if (role === "participant") {
    const home = await homeProvinceOf(tx, memberId);
    if (home === null) throw await refusal("memberMissing", "memberId");
    return home;
  }
  if (role === "trained_trainer") {
    const destination = provinceId ?? (isLocalLevel(training.level) ? training.provinceId : null);
    if (destination === null) throw new ActionError("required", "provinceId");
    return destination;
  }
  return null;
}

/**
 * The territory a person's line touches. In a regional or national training, officers record
 * participants and trained trainers of their own provinces; everything else there is the Bureau's.
 */
async function personTerritory(tx: Transaction, training: TrainingMeeting, role: TrainingRole, provinceId: number | null, user: MutationContext["user"]): Promise<TerritoryRef[] | null> {
  if (!isLocalLevel(training.level) && recordedByProvince(role) && provinceId !== null) {
    return [await recordingTerritory(tx, training, provinceId, role === "participant" ? "memberId" : "provinceId")];
  }
  return trainingTerritory(tx, training, user);
}

export const addTrainingPerson = mutation({
  schema: addPersonSchema,
  permission: "rooting.record",
  async scope({ trainingId, memberId, role, provinceId }, { tx, user }) {
    const training = await lockTraining(tx, trainingId);
    if (role === "leader" && !isLocalLevel(training.level)) throw await refusal("leadersOnlyBelow", "memberId");
    const province = await provinceOfPerson(tx, training, role, memberId, provinceId);
    if (province !== null && isLocalLevel(training.level) && role === "trained_trainer") await recordingTerritory(tx, training, province);
    return personTerritory(tx, training, role, province, user);
  },
  async run({ trainingId, memberId, role, provinceId }, { tx }) {
    const training = await lockTraining(tx, trainingId);
    const [member] = await tx.select({ name: members.fullNameAr }).from(members).where(eq(members.id, memberId)).limit(1);
    if (!member) throw await refusal("memberMissing", "memberId");
    if (role === "leader") {
      if (!training.parentId) throw await refusal("leaderNeedsParent", "memberId");
      if (!(await trainedTrainersOf(tx, training.parentId, null)).includes(memberId)) throw await refusal("leaderNotTrained", "memberId");
      if (!(await trainedTrainersOf(tx, training.parentId, training.provinceId)).includes(memberId)) throw await refusal("leaderOtherProvince", "memberId");
    }
    const province = await provinceOfPerson(tx, training, role, memberId, provinceId);
    const [existing] = await tx
      .select({ role: trainingPeople.role })
      .from(trainingPeople)
      .where(and(eq(trainingPeople.trainingId, trainingId), eq(trainingPeople.memberId, memberId), eq(trainingPeople.role, role)))
      .limit(1);
    if (existing) throw await refusal("alreadyListed", "memberId");
    await tx.insert(trainingPeople).values({ trainingId, memberId, role, provinceId: province });
    return {
      audit: {
        action: "rooting.training.person.add",
        entity: "training_meeting",
        entityId: trainingId,
        summary: `${member.name} added as ${role} to training "${training.title}"`,
        changes: { memberId, role, provinceId: province },
      },
    };
  },
  revalidate: (input) => trainingPaths(input.trainingId),
});

export const removeTrainingPerson = mutation({
  schema: removePersonSchema,
  permission: "rooting.record",
  async scope({ trainingId, memberId, role }, { tx, user }) {
    const training = await lockTraining(tx, trainingId);
    const [line] = await tx
      .select({ provinceId: trainingPeople.provinceId })
      .from(trainingPeople)
      .where(and(eq(trainingPeople.trainingId, trainingId), eq(trainingPeople.memberId, memberId), eq(trainingPeople.role, role)))
      .limit(1);
    if (!line) return null;
    if (!isLocalLevel(training.level) && recordedByProvince(role) && line.provinceId !== null) {
      const ref = await territoryOfProvince(tx, line.provinceId);
      return ref ? [ref] : null;
    }
    return trainingTerritory(tx, training, user);
  },
  async run({ trainingId, memberId, role }, { tx }) {
    const training = await lockTraining(tx, trainingId);
    if (role === "trained_trainer" && (await leadsAChild(tx, trainingId, memberId))) throw await refusal("leadsChild");
    await tx.delete(trainingPeople).where(and(eq(trainingPeople.trainingId, trainingId), eq(trainingPeople.memberId, memberId), eq(trainingPeople.role, role)));
    return {
      audit: {
        action: "rooting.training.person.remove",
        entity: "training_meeting",
        entityId: trainingId,
        summary: `member #${memberId} removed as ${role} from training "${training.title}"`,
        changes: { memberId, role },
      },
    };
  },
  revalidate: (input) => trainingPaths(input.trainingId),
});

/** Participants counted per province when their names are not known; 0 removes the line. */
export const setAttendanceCount = mutation({
  schema: attendanceCountSchema,
  permission: "rooting.record",
  async scope({ trainingId, provinceId }, { tx }) {
    const training = await lockTraining(tx, trainingId);
    return [await recordingTerritory(tx, training, provinceId)];
  },
  async run({ trainingId, provinceId, count }, { tx }) {
    const training = await lockTraining(tx, trainingId);
    const where = and(eq(trainingAttendanceCounts.trainingId, trainingId), eq(trainingAttendanceCounts.provinceId, provinceId));
    const [before] = await tx.select({ count: trainingAttendanceCounts.count }).from(trainingAttendanceCounts).where(where).limit(1);
    if (count === 0) await tx.delete(trainingAttendanceCounts).where(where);
    else {
      await tx
        .insert(trainingAttendanceCounts)
        .values({ trainingId, provinceId, count })
        .onConflictDoUpdate({ target: [trainingAttendanceCounts.trainingId, trainingAttendanceCounts.provinceId], set: { count } });
    }
    return {
      audit: {
        action: "rooting.training.count",
        entity: "training_meeting",
        entityId: trainingId,
        summary: `attendance of province #${provinceId} at training "${training.title}": ${count}`,
        changes: { provinceId, count: { from: before?.count ?? 0, to: count } },
      },
    };
  },
  revalidate: (input) => trainingPaths(input.trainingId),
});

export const addTrainingSitting = mutation({
  schema: addSittingSchema,
  permission: "rooting.record",
  async scope({ trainingId }, { tx, user }) {
    return trainingTerritory(tx, await lockTraining(tx, trainingId), user);
  },
  async run({ trainingId, title, chair }, { tx }) {
    const [{ last }] = await tx.select({ last: max(trainingSittings.position) }).from(trainingSittings).where(eq(trainingSittings.trainingId, trainingId));
    const [row] = await tx
      .insert(trainingSittings)
      .values({ trainingId, title, chair, position: (last ?? 0) + 1 })
      .returning({ id: trainingSittings.id });
    return {
      audit: { action: "rooting.training.sitting.add", entity: "training_sitting", entityId: row.id, summary: `sitting "${title}" added to training #${trainingId}`, changes: { title, chair } },
      result: trainingId,
    };
  },
  revalidate: (input) => trainingPaths(input.trainingId),
});

async function sittingOf(tx: Transaction, id: number) {
  const [row] = await tx.select().from(trainingSittings).where(eq(trainingSittings.id, id)).limit(1);
  return row ?? null;
}

export const removeTrainingSitting = mutation({
  schema: idSchema,
  permission: "rooting.record",
  async scope({ id }, { tx, user }) {
    const sitting = await sittingOf(tx, id);
    return sitting ? trainingTerritory(tx, await lockTraining(tx, sitting.trainingId), user) : null;
  },
  async run({ id }, { tx }) {
    const sitting = (await sittingOf(tx, id))!;
    await tx.delete(trainingSittings).where(eq(trainingSittings.id, id));
    return {
      audit: { action: "rooting.training.sitting.remove", entity: "training_sitting", entityId: id, summary: `sitting "${sitting.title}" removed from training #${sitting.trainingId}` },
      result: sitting.trainingId,
    };
  },
  revalidate: (_input, trainingId) => trainingPaths(trainingId),
});
