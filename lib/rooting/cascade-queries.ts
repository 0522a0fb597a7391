import "server-only";
import { and, asc, count, desc, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { branches, cascadeRegionCounts, provinces, regions, trainingMeetings, trainingPeople, trainingRegions } from "@/db/schema";
import { hasNationalScope, type Actor } from "@/lib/permissions";
import { decodeCursor, encodeCursor, keysetPage, type PageCursor } from "@/lib/pagination/cursor";
import { requireRootingRead, trainingSummaryColumns, type TrainingSummary } from "./queries";
import { buildCascade } from "./cascade-tree";
import { visibleTrainingCondition } from "./visibility";

export type CascadeTraining = TrainingSummary & { trained: number };

/** The trainings of one region's tree read at a time; the next ones are a page away. */
export const CASCADE_PAGE_SIZE = 100;
/** The national meetings named above the regions; they are few, and their trees are the regions'. */
export const CASCADE_NATIONAL_LIMIT = 20;

/*
 * The cascade grows with the plan's whole history (every local training of every branch), so it
 * is never read whole: first one line per region with its trainings counted by level (one grouped
 * query), then one region's tree, a page of trainings at a time in date order (keyset on
 * starts_on, id).
 */

/** A training concerning a region: a regional one covering it, or one held in one of its provinces. */
function concerningRegion(regionId: number): SQL {
  return or(
    exists(
      db
        .select({ one: sql`1` })
        .from(trainingRegions)
        .where(and(eq(trainingRegions.trainingId, trainingMeetings.id), eq(trainingRegions.regionId, regionId))),
    ),
    eq(provinces.regionId, regionId),
  )!;
}

export interface CascadeRegion {
  id: number;
  code: string;
  nameAr: string;
  nameFr: string;
  regional: number;
  provincial: number;
  local: number;
}

/** Each visible training of the plan once per region it concerns: by the regions it covers, and by its province's. */
function trainingsByRegion(visible: SQL | undefined) {
  const covered = db
    .select({ regionId: sql<number>`${trainingRegions.regionId}`.as("region_id"), id: trainingMeetings.id, level: trainingMeetings.level })
    .from(trainingMeetings)
    .innerJoin(trainingRegions, eq(trainingRegions.trainingId, trainingMeetings.id))
    .where(visible);
  const held = db
    .select({ regionId: sql<number>`${provinces.regionId}`.as("region_id"), id: trainingMeetings.id, level: trainingMeetings.level })
    .from(trainingMeetings)
    .innerJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .where(visible);
  return covered.unionAll(held).as("by_region");
}

/** The regions where the plan has trainings the viewer sees, with those trainings counted by level, and the national meetings. */
export async function cascadeRegions(viewer: Actor, planId: number) {
  requireRootingRead(viewer);
  const visible = and(eq(trainingMeetings.planId, planId), visibleTrainingCondition(viewer));
  const [rows, national, [{ nationalCount }]] = await Promise.all([
    cascadeLines(viewer, planId, visible),
    db
      .select(trainingSummaryColumns)
      .from(trainingMeetings)
      .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
      .leftJoin(branches, eq(branches.id, trainingMeetings.branchId))
      .where(and(visible, eq(trainingMeetings.level, "national")))
      .orderBy(asc(trainingMeetings.startsOn), asc(trainingMeetings.id))
      .limit(CASCADE_NATIONAL_LIMIT),
    db
      .select({ nationalCount: count() })
      .from(trainingMeetings)
      .where(and(visible, eq(trainingMeetings.level, "national"))),
  ]);
  return { regions: rows satisfies CascadeRegion[], national, nationalCount };
}

/**
 * One line per region with the plan's trainings the viewer sees, by level. The Bureau sees them
 * all: its lines are the kept ones (migration 0015), whatever the plan's size. Anyone else's are
 * counted over what they see.
 */
function cascadeLines(viewer: Actor, planId: number, visible: SQL | undefined): Promise<CascadeRegion[]> {
  if (hasNationalScope(viewer)) {
    return db
      .select({
        id: regions.id,
        code: regions.code,
        nameAr: regions.nameAr,
        nameFr: regions.nameFr,
        regional: cascadeRegionCounts.regional,
        provincial: cascadeRegionCounts.provincial,
        local: cascadeRegionCounts.local,
      })
      .from(cascadeRegionCounts)
      .innerJoin(regions, eq(regions.id, cascadeRegionCounts.regionId))
      .where(and(eq(cascadeRegionCounts.planId, planId), sql`${cascadeRegionCounts.regional} + ${cascadeRegionCounts.provincial} + ${cascadeRegionCounts.local} > 0`))
      .orderBy(asc(regions.code));
  }
  const k = trainingsByRegion(visible);
  const byLevel = (level: string) => sql<number>`count(distinct ${k.id}) filter (where ${k.level} = ${level})`.mapWith(Number);
  return db
    .select({
      id: regions.id,
      code: regions.code,
      nameAr: regions.nameAr,
      nameFr: regions.nameFr,
      regional: byLevel("regional"),
      provincial: byLevel("provincial"),
      local: byLevel("local"),
    })
    .from(k)
    .innerJoin(regions, eq(regions.id, k.regionId))
    .groupBy(regions.id)
    .orderBy(asc(regions.code));
}

/** A training's place in the cascade's order: its first day, then its id. */
export type CascadeKey = { startsOn: string; id: number };

export function cascadeCursorFrom(after: string | undefined, before: string | undefined): PageCursor<CascadeKey> {
  const read = (text: string | undefined): CascadeKey | null => {
    const key = decodeCursor(text, ["d", "i"]);
    return key ? { startsOn: key[0] as string, id: key[1] as number } : null;
  };
  const a = read(after);
  if (a) return { after: a };
  const b = read(before);
  return b ? { before: b } : null;
}

const cascadeCursor = (t: { startsOn: string; id: number }) => encodeCursor([t.startsOn, t.id]);

/**
 * One page of a region's cascade: the plan's trainings concerning the region that the viewer
 * sees, CASCADE_PAGE_SIZE at most, as trees; a training whose parent is on another page is shown
 * under that parent's name, linked. Three queries: the page, the trained trainers of its trainings,
 * and the parents it names that are not on it (when the viewer sees them).
 */
export async function cascadeOf(viewer: Actor, planId: number, regionId: number, cursor: PageCursor<CascadeKey> = null) {
  requireRootingRead(viewer);
  const key = cursor ? ("after" in cursor ? cursor.after : cursor.before) : null;
  const backwards = cursor !== null && "before" in cursor;
  const read = await db
    .select(trainingSummaryColumns)
    .from(trainingMeetings)
    .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .leftJoin(branches, eq(branches.id, trainingMeetings.branchId))
    .where(
      and(
        eq(trainingMeetings.planId, planId),
        concerningRegion(regionId),
        visibleTrainingCondition(viewer),
        key ? sql`(${trainingMeetings.startsOn}, ${trainingMeetings.id}) ${sql.raw(backwards ? "<" : ">")} (${key.startsOn}::date, ${key.id})` : undefined,
      ),
    )
    .orderBy(...(backwards ? [desc(trainingMeetings.startsOn), desc(trainingMeetings.id)] : [asc(trainingMeetings.startsOn), asc(trainingMeetings.id)]))
    .limit(CASCADE_PAGE_SIZE + 1);
  const page = keysetPage(read, CASCADE_PAGE_SIZE, cursor);
  const ids = page.rows.map((r) => r.id);
  const onPage = new Set(ids);
  const away = [...new Set(page.rows.flatMap((r) => (r.parentId !== null && r.parentId !== r.id && !onPage.has(r.parentId) ? [r.parentId] : [])))];
  const [trainedRows, parents] = await Promise.all([
    ids.length
      ? db
          .select({ trainingId: trainingPeople.trainingId, n: count() })
          .from(trainingPeople)
          .where(and(inArray(trainingPeople.trainingId, ids), eq(trainingPeople.role, "trained_trainer")))
          .groupBy(trainingPeople.trainingId)
      : [],
    away.length
      ? db
          .select({ id: trainingMeetings.id, title: trainingMeetings.title, level: trainingMeetings.level })
          .from(trainingMeetings)
          .where(and(inArray(trainingMeetings.id, away), visibleTrainingCondition(viewer)))
      : [],
  ]);
  const trained = new Map(trainedRows.map((r) => [r.trainingId, r.n]));
  const rows: CascadeTraining[] = page.rows.map((r) => ({ ...r, trained: trained.get(r.id) ?? 0 }));
  return {
    ...buildCascade(rows, new Map(parents.map((p) => [p.id, p]))),
    hasPrevious: page.hasPrevious || (rows.length === 0 && cursor !== null),
    hasNext: page.hasNext && rows.length > 0,
    previousCursor: rows.length ? cascadeCursor(rows[0]) : null,
    nextCursor: rows.length ? cascadeCursor(rows[rows.length - 1]) : null,
  };
}
