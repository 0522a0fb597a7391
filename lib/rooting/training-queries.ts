import "server-only";
import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { cache } from "react";
import { db } from "@/db";
import {
  branches,
  members,
  provinces,
  regions,
  rootingPlans,
  trainingAttendanceCounts,
  trainingMaterials,
  trainingMeetings,
  trainingPeople,
  trainingRegions,
  trainingSittings,
} from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { can, inRegionScope, inScope, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";
import { requireRootingRead, trainingSummaryColumns, type TrainingSummary } from "./queries";
import { isLocalLevel, trainingLevels } from "./schemas";
import { visibleTrainingCondition } from "./visibility";
import { nameIn } from "@/lib/i18n/names";

const parent = alias(trainingMeetings, "parent");
const homeBranch = alias(branches, "home_branch");

/** One training the viewer may see, with its plan and parent; null when missing or hidden. */
export const findTraining = cache(async (viewer: Actor, id: number) => {
  requireRootingRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db
    .select({
      ...trainingSummaryColumns,
      rapporteur: trainingMeetings.rapporteur,
      summary: trainingMeetings.summary,
      discussion: trainingMeetings.discussion,
      followUp: trainingMeetings.followUp,
      branchId: trainingMeetings.branchId,
      provinceRegionId: provinces.regionId,
      planTitle: rootingPlans.title,
      parentTitle: parent.title,
      parentLevel: parent.level,
      parentStartsOn: parent.startsOn,
    })
    .from(trainingMeetings)
    .innerJoin(rootingPlans, eq(rootingPlans.id, trainingMeetings.planId))
    .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .leftJoin(branches, eq(branches.id, trainingMeetings.branchId))
    .leftJoin(parent, eq(parent.id, trainingMeetings.parentId))
    .where(and(eq(trainingMeetings.id, id), visibleTrainingCondition(viewer)))
    .limit(1);
  return row ?? null;
});

export type TrainingDetail = NonNullable<Awaited<ReturnType<typeof findTraining>>>;

/** Its sittings, people, counts per province, materials and the visible trainings below it. */
export async function trainingSections(viewer: Actor, training: TrainingDetail) {
  const id = training.id;
  const [sittings, people, counts, materials, children] = await Promise.all([
    db.select().from(trainingSittings).where(eq(trainingSittings.trainingId, id)).orderBy(asc(trainingSittings.position), asc(trainingSittings.id)),
    db
      .select({
        memberId: members.id,
        role: trainingPeople.role,
        fullNameAr: members.fullNameAr,
        fullNameLatin: members.fullNameLatin,
        provinceId: trainingPeople.provinceId,
        provinceNameAr: provinces.nameAr,
        provinceNameFr: provinces.nameFr,
      })
      .from(trainingPeople)
      .innerJoin(members, eq(members.id, trainingPeople.memberId))
      .leftJoin(provinces, eq(provinces.id, trainingPeople.provinceId))
      .where(eq(trainingPeople.trainingId, id))
      .orderBy(asc(members.fullNameAr), asc(members.id)),
    db
      .select({ provinceId: provinces.id, nameAr: provinces.nameAr, nameFr: provinces.nameFr, count: trainingAttendanceCounts.count })
      .from(trainingAttendanceCounts)
      .innerJoin(provinces, eq(provinces.id, trainingAttendanceCounts.provinceId))
      .where(eq(trainingAttendanceCounts.trainingId, id))
      .orderBy(asc(provinces.nameAr)),
    db.select().from(trainingMaterials).where(eq(trainingMaterials.trainingId, id)).orderBy(asc(trainingMaterials.id)),
    db
      .select(trainingSummaryColumns)
      .from(trainingMeetings)
      .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
      .leftJoin(branches, eq(branches.id, trainingMeetings.branchId))
      .where(and(eq(trainingMeetings.parentId, id), visibleTrainingCondition(viewer)))
      .orderBy(asc(trainingMeetings.startsOn), asc(trainingMeetings.id)),
  ]);
  return { sittings, people, counts, materials, children };
}

export type TrainingSections = Awaited<ReturnType<typeof trainingSections>>;
export type TrainingPerson = TrainingSections["people"][number];

/**
 * What the viewer may change on this training: everything (`manage`) — the Bureau on any, an
 * officer on a provincial or local one of their scope — or, on a regional or national one, only
 * the people and counts of their provinces (`recordPeople`).
 */
export function trainingRights(viewer: Actor, training: Pick<TrainingDetail, "level" | "provinceId" | "provinceRegionId" | "regions">) {
  if (!can(viewer, "rooting.record")) return { manage: false, recordPeople: false };
  if (isLocalLevel(training.level)) {
    const manage = training.provinceRegionId !== null && inScope(viewer, { regionId: training.provinceRegionId, provinceId: training.provinceId });
    return { manage, recordPeople: manage };
  }
  if (can(viewer, "rooting.plan")) return { manage: true, recordPeople: true };
  const covered = training.level === "national" || training.regions.some((r) => inRegionScope(viewer, r.id));
  return { manage: false, recordPeople: covered };
}

/** The provinces the viewer may record counts and trained trainers for, in this training. */
export async function recordingProvinces(viewer: Actor, training: Pick<TrainingDetail, "level" | "provinceId" | "regions">) {
  const where = and(
    provinceScopeCondition(viewer),
    isLocalLevel(training.level)
      ? eq(provinces.id, training.provinceId ?? 0)
      : training.level === "regional"
        ? inArray(
            provinces.regionId,
            training.regions.map((r) => r.id),
          )
        : undefined,
  );
  return db
    .select({ id: provinces.id, nameAr: provinces.nameAr, nameFr: provinces.nameFr })
    .from(provinces)
    .where(where)
    .orderBy(asc(provinces.regionId), asc(provinces.nameAr));
}

/** For a provincial or local training with a parent: the parent's trainers trained for its province. */
export async function leaderChoices(training: Pick<TrainingDetail, "id" | "parentId" | "provinceId">) {
  if (!training.parentId) return [];
  return db
    .select({ memberId: members.id, fullNameAr: members.fullNameAr, fullNameLatin: members.fullNameLatin })
    .from(trainingPeople)
    .innerJoin(members, eq(members.id, trainingPeople.memberId))
    .where(
      and(
        eq(trainingPeople.trainingId, training.parentId),
        eq(trainingPeople.role, "trained_trainer"),
        training.provinceId ? or(eq(trainingPeople.provinceId, training.provinceId), sql`${trainingPeople.provinceId} is null`) : undefined,
        sql`not exists (select 1 from ${trainingPeople} l where l.training_id = ${training.id} and l.member_id = ${members.id} and l.role = 'leader')`,
      ),
    )
    .orderBy(asc(members.fullNameAr));
}

// ——— the training form's choices ———

export async function planChoices() {
  return db
    .select({ id: rootingPlans.id, title: rootingPlans.title, startsOn: rootingPlans.startsOn, endedOn: rootingPlans.endedOn })
    .from(rootingPlans)
    .orderBy(desc(rootingPlans.startsOn));
}

export async function regionChoices() {
  return db.select({ id: regions.id, nameAr: regions.nameAr, nameFr: regions.nameFr }).from(regions).orderBy(asc(regions.code));
}

/** The provinces (with their branches) where the viewer may hold a provincial or local training. */
export async function placeChoices(viewer: Actor) {
  if (!can(viewer, "rooting.record")) return [];
  const rows = await db
    .select({
      provinceId: provinces.id,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
      regionId: provinces.regionId,
      branchId: homeBranch.id,
      branchNameAr: homeBranch.nameAr,
      branchNameFr: homeBranch.nameFr,
    })
    .from(provinces)
    .leftJoin(homeBranch, eq(homeBranch.provinceId, provinces.id))
    .where(provinceScopeCondition(viewer))
    .orderBy(asc(provinces.regionId), asc(provinces.nameAr), asc(provinces.id), asc(homeBranch.nameAr));
  const out: { id: number; nameAr: string; nameFr: string; regionId: number; branches: { id: number; nameAr: string; nameFr: string | null }[] }[] = [];
  for (const row of rows) {
    let province = out.at(-1);
    if (province?.id !== row.provinceId) {
      out.push((province = { id: row.provinceId, nameAr: row.provinceNameAr, nameFr: row.provinceNameFr, regionId: row.regionId, branches: [] }));
    }
    if (row.branchId !== null) province.branches.push({ id: row.branchId, nameAr: row.branchNameAr!, nameFr: row.branchNameFr });
  }
  return out;
}

/** Held trainings the viewer sees that may be a parent: the browser keeps those over the chosen province. */
export async function parentCandidates(viewer: Actor, exceptId?: number) {
  const rows = await db
    .select({
      id: trainingMeetings.id,
      planId: trainingMeetings.planId,
      level: trainingMeetings.level,
      title: trainingMeetings.title,
      startsOn: trainingMeetings.startsOn,
      provinceId: trainingMeetings.provinceId,
      regionIds: sql<number[]>`(select coalesce(json_agg(${trainingRegions.regionId}), '[]'::json) from ${trainingRegions} where ${trainingRegions.trainingId} = ${trainingMeetings.id})`,
    })
    .from(trainingMeetings)
    .where(
      and(
        visibleTrainingCondition(viewer),
        ne(trainingMeetings.status, "planned"),
        ne(trainingMeetings.level, "local"),
        exceptId ? ne(trainingMeetings.id, exceptId) : undefined,
      ),
    )
    .orderBy(desc(trainingMeetings.startsOn))
    .limit(300);
  return rows;
}

export type ParentCandidate = Awaited<ReturnType<typeof parentCandidates>>[number];

/** A stored material of a training the viewer sees, for download; null otherwise. */
export async function materialFile(viewer: Actor, trainingId: number, materialId: number) {
  if (!(await findTraining(viewer, trainingId)) || !Number.isInteger(materialId) || materialId <= 0) return null;
  const [row] = await db
    .select({ key: trainingMaterials.storageKey, name: trainingMaterials.fileName, type: trainingMaterials.fileType })
    .from(trainingMaterials)
    .where(and(eq(trainingMaterials.id, materialId), eq(trainingMaterials.trainingId, trainingId)))
    .limit(1);
  return row?.key && row.name && row.type ? { key: row.key, name: row.name, type: row.type } : null;
}

/** The training as its edit form needs it. */
export async function trainingForEdit(viewer: Actor, id: number) {
  const training = await findTraining(viewer, id);
  if (!training) return null;
  const [row] = await db.select().from(trainingMeetings).where(eq(trainingMeetings.id, id)).limit(1);
  return { detail: training, row };
}

export type { TrainingSummary };


/** Everything the training form chooses from, named in the viewer's language. */
export async function trainingFormChoices(viewer: Actor, locale: Locale, exceptId?: number) {
  const [plans, regionRows, places, parents] = await Promise.all([planChoices(), regionChoices(), placeChoices(viewer), parentCandidates(viewer, exceptId)]);
  return {
    levels: trainingLevels.filter((level) => can(viewer, "rooting.plan") || isLocalLevel(level)),
    plans: plans.map((p) => ({ value: p.id, label: `${p.title} (${formatDate(p.startsOn, locale)})` })),
    regions: regionRows.map((r) => ({ id: r.id, name: nameIn(locale, r.nameAr, r.nameFr) })),
    provinces: places.map((p) => ({
      id: p.id,
      name: nameIn(locale, p.nameAr, p.nameFr),
      regionId: p.regionId,
      branches: p.branches.map((b) => ({ id: b.id, name: nameIn(locale, b.nameAr, b.nameFr) })),
    })),
    parents: parents.map((p) => ({ ...p, label: `${p.title} — ${formatDate(p.startsOn, locale)}` })),
  };
}
