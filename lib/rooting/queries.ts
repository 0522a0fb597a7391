import "server-only";
import { and, asc, count, desc, eq, gte, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { branches, committeeSessions, provinces, rootingPlans, trainingMeetings, trainingPeople, trainingRegions } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { can, type Actor } from "@/lib/permissions";
import { TRAININGS_PAGE_SIZE, type TrainingFilters } from "./schemas";
import { nearMember, visibleTrainingCondition } from "./visibility";
import { boundedTotal, keysetClauses, keysetCursorFrom, keysetResult, LIST_COUNT_BOUND, type KeysetOrder } from "@/lib/pagination/keyset";

export function requireRootingRead(viewer: Actor) {
  if (!can(viewer, "rooting.read")) forbidden();
}

// ——— plans ———

const planColumns = {
  id: rootingPlans.id,
  title: rootingPlans.title,
  goals: rootingPlans.goals,
  startsOn: rootingPlans.startsOn,
  endedOn: rootingPlans.endedOn,
  adoptedOn: rootingPlans.adoptedOn,
  adoptedBySessionId: rootingPlans.adoptedBySessionId,
  sessionOrdinal: committeeSessions.ordinal,
  sessionTitle: committeeSessions.title,
};

/** The plan in force: the latest one not ended. */
export const currentPlan = cache(async (viewer: Actor) => {
  requireRootingRead(viewer);
  const [row] = await db
    .select(planColumns)
    .from(rootingPlans)
    .leftJoin(committeeSessions, eq(committeeSessions.id, rootingPlans.adoptedBySessionId))
    .where(isNull(rootingPlans.endedOn))
    .orderBy(desc(rootingPlans.startsOn))
    .limit(1);
  return row ?? null;
});

export type PlanRow = NonNullable<Awaited<ReturnType<typeof currentPlan>>>;

/** Every plan, latest first, with the number of its trainings the viewer sees. */
export async function planHistory(viewer: Actor) {
  requireRootingRead(viewer);
  const trainings = db
    .select({ planId: trainingMeetings.planId, n: count().as("n") })
    .from(trainingMeetings)
    .where(visibleTrainingCondition(viewer))
    .groupBy(trainingMeetings.planId)
    .as("trainings");
  return db
    .select({ ...planColumns, trainings: sql<number>`coalesce(${trainings.n}, 0)::int` })
    .from(rootingPlans)
    .leftJoin(committeeSessions, eq(committeeSessions.id, rootingPlans.adoptedBySessionId))
    .leftJoin(trainings, eq(trainings.planId, rootingPlans.id))
    .orderBy(desc(rootingPlans.startsOn), desc(rootingPlans.id));
}

export async function findPlan(viewer: Actor, id: number) {
  requireRootingRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db
    .select(planColumns)
    .from(rootingPlans)
    .leftJoin(committeeSessions, eq(committeeSessions.id, rootingPlans.adoptedBySessionId))
    .where(eq(rootingPlans.id, id))
    .limit(1);
  return row ?? null;
}

/** The sessions a plan may be adopted by, latest first (only the Bureau adopts plans). */
export async function sessionChoices(viewer: Actor) {
  if (!can(viewer, "rooting.plan")) return [];
  return db
    .select({ id: committeeSessions.id, ordinal: committeeSessions.ordinal, title: committeeSessions.title, startsOn: committeeSessions.startsOn })
    .from(committeeSessions)
    .orderBy(desc(committeeSessions.startsOn))
    .limit(100);
}

// ——— trainings ———

/** The regions a training covers, as one JSON list (one subquery per row, on the primary key). */
const regionsOfTraining = sql<{ id: number; nameAr: string; nameFr: string }[]>`(
  select coalesce(json_agg(json_build_object('id', r.id, 'nameAr', r.name_ar, 'nameFr', r.name_fr) order by r.code), '[]'::json)
    from ${trainingRegions} tr join regions r on r.id = tr.region_id
   where tr.training_id = ${trainingMeetings.id})`;

export const trainingSummaryColumns = {
  id: trainingMeetings.id,
  planId: trainingMeetings.planId,
  parentId: trainingMeetings.parentId,
  level: trainingMeetings.level,
  title: trainingMeetings.title,
  startsOn: trainingMeetings.startsOn,
  endsOn: trainingMeetings.endsOn,
  startTime: trainingMeetings.startTime,
  venue: trainingMeetings.venue,
  city: trainingMeetings.city,
  status: trainingMeetings.status,
  provinceId: trainingMeetings.provinceId,
  provinceNameAr: provinces.nameAr,
  provinceNameFr: provinces.nameFr,
  branchNameAr: branches.nameAr,
  branchNameFr: branches.nameFr,
  regions: regionsOfTraining,
};

/** The trainings with their place's names; callers add conditions, order and limits. */
function trainingSummaries() {
  return db
    .select(trainingSummaryColumns)
    .from(trainingMeetings)
    .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .leftJoin(branches, eq(branches.id, trainingMeetings.branchId));
}

export type TrainingSummary = Awaited<ReturnType<ReturnType<typeof trainingSummaries>["execute"]>>[number];

function filterConditions(viewer: Actor, filters: Partial<TrainingFilters>): SQL | undefined {
  const region = filters.region;
  return and(
    visibleTrainingCondition(viewer),
    filters.level ? eq(trainingMeetings.level, filters.level) : undefined,
    filters.status ? eq(trainingMeetings.status, filters.status) : undefined,
    filters.plan ? eq(trainingMeetings.planId, filters.plan) : undefined,
    filters.from ? gte(trainingMeetings.endsOn, filters.from) : undefined,
    filters.to ? lte(trainingMeetings.startsOn, filters.to) : undefined,
    region
      ? or(
          sql`exists (select 1 from ${trainingRegions} where ${trainingRegions.trainingId} = ${trainingMeetings.id} and ${trainingRegions.regionId} = ${region})`,
          eq(provinces.regionId, region),
        )
      : undefined,
  );
}

/** The trainings list's order, latest first: the first day, then the id (training_meetings_starts_on_id_index). */
const trainingsOrder: KeysetOrder = {
  parts: [
    { column: trainingMeetings.startsOn, kind: "d" },
    { column: trainingMeetings.id, kind: "i" },
  ],
  direction: "desc",
};

/**
 * A page of the trainings the viewer sees, latest first, by keyset on (first day, id) after or
 * before the cursor in `filters`: two queries whatever the page, the total counted up to
 * LIST_COUNT_BOUND.
 */
export async function listTrainings(viewer: Actor, filters: TrainingFilters) {
  requireRootingRead(viewer);
  const where = filterConditions(viewer, filters);
  const cursor = keysetCursorFrom(trainingsOrder, filters.after, filters.before);
  const keyed = keysetClauses(trainingsOrder, cursor);
  const bounded = db
    .select({ one: sql`1` })
    .from(trainingMeetings)
    .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .where(where)
    .limit(LIST_COUNT_BOUND + 1)
    .as("bounded");
  const [total, read] = await Promise.all([
    boundedTotal(bounded),
    trainingSummaries()
      .where(and(where, keyed.where))
      .orderBy(...keyed.orderBy)
      .limit(TRAININGS_PAGE_SIZE + 1),
  ]);
  return { ...keysetResult(read, TRAININGS_PAGE_SIZE, cursor, (r) => [r.startsOn, r.id]), total };
}

/** Trainings not yet over, soonest first. */
export async function upcomingTrainings(viewer: Actor, limit = 5, today = todayInMorocco()) {
  requireRootingRead(viewer);
  return trainingSummaries()
    .where(and(visibleTrainingCondition(viewer), gte(trainingMeetings.endsOn, today)))
    .orderBy(asc(trainingMeetings.startsOn), asc(trainingMeetings.id))
    .limit(limit);
}

/** Trainings over, latest first. */
export async function recentTrainings(viewer: Actor, limit = 5, today = todayInMorocco()) {
  requireRootingRead(viewer);
  return trainingSummaries()
    .where(and(visibleTrainingCondition(viewer), lt(trainingMeetings.endsOn, today)))
    .orderBy(desc(trainingMeetings.startsOn), desc(trainingMeetings.id))
    .limit(limit);
}

/**
 * A bound implied by "ends today or later": the training starts today or after, or it is running,
 * and then no earlier than the earliest start among those running (read inside the ends_on,
 * starts_on index, which holds both dates: only the running ones reach the table). With it, the
 * walk of the trainings in date order begins at today's, or at the earliest still running,
 * instead of at the plan's first day. `+ 0` keeps the planner from finding the minimum by walking
 * the starts_on index from that first day.
 */
const startsFromEarliestRunning = (today: string) =>
  sql`${trainingMeetings.startsOn} >= least(${today}::date,
    (select min(t.starts_on + 0) from ${trainingMeetings} t where t.ends_on >= ${today}::date and t.starts_on < ${today}::date))`;

/**
 * What concerns the viewer as a member, whatever their role: the coming trainings of their home
 * branch's region (national ones too), and the trainings they took part in, with their role.
 */
export async function trainingsForMember(viewer: Actor & { memberId: number | null }, limit = 5, today = todayInMorocco()) {
  if (!can(viewer, "rooting.read") || viewer.memberId === null) return { upcoming: [], attended: [] };
  const [upcoming, attended] = await Promise.all([
    trainingSummaries()
      .where(and(nearMember(viewer), gte(trainingMeetings.endsOn, today), startsFromEarliestRunning(today)))
      .orderBy(asc(trainingMeetings.startsOn), asc(trainingMeetings.id))
      .limit(limit),
    db
      .select({ ...trainingSummaryColumns, role: trainingPeople.role })
      .from(trainingPeople)
      .innerJoin(trainingMeetings, eq(trainingMeetings.id, trainingPeople.trainingId))
      .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
      .leftJoin(branches, eq(branches.id, trainingMeetings.branchId))
      .where(eq(trainingPeople.memberId, viewer.memberId))
      .orderBy(desc(trainingMeetings.startsOn), desc(trainingMeetings.id))
      .limit(limit),
  ]);
  return { upcoming, attended };
}
