import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor, Transaction } from "@/db";
import { branches, provinces, rootingPlans, trainingMeetings, trainingPeople, type TrainingLevel, type TrainingMeeting } from "@/db/schema";
import { checkRegionsExist, coveredRegionIds, refusal } from "./access";
import { isLocalLevel, levelRank, type createTrainingSchema } from "./schemas";
import type { z } from "@/lib/validation";

type TrainingInput = Omit<z.output<typeof createTrainingSchema>, "level">;

/** What a training row holds once its level's rules are applied (the regions are kept beside it). */
export interface TrainingRecord {
  planId: number;
  title: string;
  startsOn: string;
  endsOn: string;
  startTime: string | null;
  venue: string | null;
  city: string;
  provinceId: number | null;
  branchId: number | null;
  parentId: number | null;
  rapporteur: string | null;
  regionIds: number[];
}

/** Where a training sits in the cascade, as the parent check sees it. */
type Placed = Pick<TrainingMeeting, "level" | "planId" | "startsOn" | "provinceId">;

async function regionOfProvince(ex: Executor, provinceId: number): Promise<number | null> {
  const [row] = await ex.select({ regionId: provinces.regionId }).from(provinces).where(eq(provinces.id, provinceId)).limit(1);
  return row?.regionId ?? null;
}

/**
 * Whether `parent` can be the training a provincial or local one's trainers came from: held, of
 * the same plan, a level above, not later, and over the child's place (a national one anywhere, a
 * regional one covering the province's region, a provincial one in the same province).
 */
export async function parentFits(ex: Executor, parent: TrainingMeeting, child: Placed): Promise<boolean> {
  if (!isLocalLevel(child.level) || child.provinceId === null) return false;
  if (parent.status === "planned" || parent.planId !== child.planId) return false;
  if (levelRank[parent.level] >= levelRank[child.level] || parent.startsOn > child.startsOn) return false;
  if (parent.level === "national") return true;
  if (parent.level === "provincial") return parent.provinceId === child.provinceId;
  const region = await regionOfProvince(ex, child.provinceId);
  return region !== null && (await coveredRegionIds(ex, parent.id)).includes(region);
}

/** Applies the level's rules to the form's fields, refusing under the field at fault. */
export async function trainingRecord(tx: Transaction, level: TrainingLevel, input: TrainingInput): Promise<TrainingRecord> {
  const [plan] = await tx.select({ id: rootingPlans.id }).from(rootingPlans).where(eq(rootingPlans.id, input.planId)).limit(1);
  if (!plan) throw await refusal("planMissing", "planId");
  if (input.endsOn < input.startsOn) throw await refusal("endBeforeStart", "endsOn");
  const record: TrainingRecord = { ...input, regionIds: [] };
  if (!isLocalLevel(level)) {
    // a regional meeting lists its regions; a national one covers them all; neither has a parent
    Object.assign(record, { provinceId: null, branchId: null, parentId: null });
    if (level === "regional") {
      if (!input.regionIds.length) throw await refusal("regionsRequired", "regionIds");
      await checkRegionsExist(tx, input.regionIds);
      record.regionIds = input.regionIds;
    }
    return record;
  }
  if (!input.provinceId) throw await refusal("provinceRequired", "provinceId");
  if (level === "local" && !input.branchId) throw await refusal("branchRequired", "branchId");
  if (input.branchId) {
    const [branch] = await tx.select({ provinceId: branches.provinceId }).from(branches).where(eq(branches.id, input.branchId)).limit(1);
    if (!branch || branch.provinceId !== input.provinceId) throw await refusal("branchNotInProvince", "branchId");
  }
  if (input.parentId) {
    const [parent] = await tx.select().from(trainingMeetings).where(eq(trainingMeetings.id, input.parentId)).limit(1);
    if (!parent || !(await parentFits(tx, parent, { level, planId: input.planId, startsOn: input.startsOn, provinceId: input.provinceId }))) {
      throw await refusal("parentInvalid", "parentId");
    }
  }
  return record;
}

/** After an edit, the trainings whose trainers came from this one must still fit under it. */
export async function checkChildrenStillFit(tx: Transaction, training: TrainingMeeting, record: TrainingRecord, field: string) {
  const children = await tx.select().from(trainingMeetings).where(eq(trainingMeetings.parentId, training.id));
  if (!children.length) return;
  const updated = { ...training, ...record };
  for (const child of children) {
    // parentFits reads the covered regions from the table: compare with the new ones here
    if (updated.level === "regional") {
      const region = child.provinceId ? await regionOfProvince(tx, child.provinceId) : null;
      const fits =
        region !== null &&
        record.regionIds.includes(region) &&
        updated.planId === child.planId &&
        updated.startsOn <= child.startsOn &&
        updated.status !== "planned";
      if (!fits) throw await refusal("childrenNoLongerFit", field);
    } else if (!(await parentFits(tx, updated, child))) {
      throw await refusal("childrenNoLongerFit", field);
    }
  }
}

/**
 * The trainers who led a training (role `leader`) must have been trained in its parent for its
 * province: a new parent or province may not leave any of them behind.
 */
export async function checkLeadersStillTrained(tx: Transaction, trainingId: number, parentId: number | null, provinceId: number | null) {
  const leaders = await tx
    .select({ memberId: trainingPeople.memberId })
    .from(trainingPeople)
    .where(and(eq(trainingPeople.trainingId, trainingId), eq(trainingPeople.role, "leader")));
  if (!leaders.length) return;
  if (parentId === null) throw await refusal("leadersNotOfParent", "parentId");
  const trained = await trainedTrainersOf(tx, parentId, provinceId);
  if (leaders.some((l) => !trained.includes(l.memberId))) throw await refusal("leadersNotOfParent", "parentId");
}

/** The members a training trained as trainers for a province (all of them when it is null). */
export async function trainedTrainersOf(ex: Executor, trainingId: number, provinceId: number | null): Promise<number[]> {
  const rows = await ex
    .select({ memberId: trainingPeople.memberId, provinceId: trainingPeople.provinceId })
    .from(trainingPeople)
    .where(and(eq(trainingPeople.trainingId, trainingId), eq(trainingPeople.role, "trained_trainer")));
  return rows.filter((r) => provinceId === null || r.provinceId === null || r.provinceId === provinceId).map((r) => r.memberId);
}

/** Whether a trained trainer leads a training below this one (then they cannot be removed from it). */
export async function leadsAChild(ex: Executor, trainingId: number, memberId: number): Promise<boolean> {
  const children = ex.select({ id: trainingMeetings.id }).from(trainingMeetings).where(eq(trainingMeetings.parentId, trainingId));
  const [row] = await ex
    .select({ one: trainingPeople.memberId })
    .from(trainingPeople)
    .where(and(inArray(trainingPeople.trainingId, children), eq(trainingPeople.memberId, memberId), eq(trainingPeople.role, "leader")))
    .limit(1);
  return !!row;
}
