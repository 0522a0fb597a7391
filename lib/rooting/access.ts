import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Executor, Transaction } from "@/db";
import { branches, members, regions, trainingMeetings, trainingRegions, type TrainingMeeting } from "@/db/schema";
import { ActionError } from "@/lib/action";
import { fill, getDictionary, type Dictionary } from "@/lib/i18n";
import { can, type Actor, type TerritoryRef } from "@/lib/permissions";
import { territoryOfProvince } from "@/lib/territory/scope";
import { isLocalLevel } from "./schemas";

type RootingError = keyof Dictionary["rooting"]["errors"];

/** A refusal worded by the rooting dictionary, in the viewer's language, under `field`. */
export async function refusal(key: RootingError, field?: string, values: Record<string, string | number> = {}): Promise<ActionError> {
  const { t } = await getDictionary();
  return new ActionError(fill(t.rooting.errors[key], values), field);
}

/** The training, locked for the rest of the transaction; missing → not found. */
export async function lockTraining(tx: Transaction, id: number): Promise<TrainingMeeting> {
  const [row] = await tx.select().from(trainingMeetings).where(eq(trainingMeetings.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return row;
}

export async function coveredRegionIds(ex: Executor, trainingId: number): Promise<number[]> {
  const rows = await ex.select({ id: trainingRegions.regionId }).from(trainingRegions).where(eq(trainingRegions.trainingId, trainingId));
  return rows.map((r) => r.id);
}

/**
 * Where a training sits, for the policy: a provincial or local one is its province's; a national
 * or regional one is the Bureau's to plan (officers only record their provinces' people in it,
 * see `recordingTerritory`), so anyone else is refused here.
 */
export async function trainingTerritory(tx: Transaction, training: Pick<TrainingMeeting, "id" | "level" | "provinceId">, user: Actor): Promise<TerritoryRef[] | null> {
  if (isLocalLevel(training.level)) {
    const ref = training.provinceId ? await territoryOfProvince(tx, training.provinceId) : null;
    return ref ? [ref] : null;
  }
  if (!can(user, "rooting.plan")) throw new ActionError("forbidden");
  return (await coveredRegionIds(tx, training.id)).map((regionId) => ({ regionId }));
}

/**
 * The province a count, a participant or a trained trainer is recorded for: it must lie in the
 * regions a regional training covers, or be the province of a provincial or local one. That
 * province is what an officer's scope is checked against.
 */
export async function recordingTerritory(tx: Transaction, training: TrainingMeeting, provinceId: number, field = "provinceId"): Promise<TerritoryRef> {
  const ref = await territoryOfProvince(tx, provinceId);
  if (!ref) throw new ActionError("notFound", field);
  if (isLocalLevel(training.level)) {
    if (provinceId !== training.provinceId) throw await refusal("notTrainingProvince", field);
  } else if (training.level === "regional" && !(await coveredRegionIds(tx, training.id)).includes(ref.regionId)) {
    throw await refusal("provinceNotCovered", field);
  }
  return ref;
}

/** The home province of a member (their branch's), or null when there is no such member. */
export async function homeProvinceOf(ex: Executor, memberId: number): Promise<number | null> {
  const [row] = await ex
    .select({ provinceId: branches.provinceId })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .where(eq(members.id, memberId))
    .limit(1);
  return row?.provinceId ?? null;
}

/** The regions exist: a refusal under the field rather than a foreign-key error. */
export async function checkRegionsExist(ex: Executor, regionIds: number[]) {
  if (!regionIds.length) return;
  const rows = await ex.select({ id: regions.id }).from(regions).where(inArray(regions.id, regionIds));
  if (rows.length !== regionIds.length) throw await refusal("regionMissing", "regionIds");
}

export const trainingPaths = (id?: number) => ["/rooting", "/rooting/trainings", "/rooting/cascade", ...(id ? [`/rooting/trainings/${id}`] : [])];
