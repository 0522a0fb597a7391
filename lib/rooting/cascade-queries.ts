import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { branches, provinces, trainingMeetings, trainingPeople } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { requireRootingRead, trainingSummaryColumns, type TrainingSummary } from "./queries";
import { buildCascade } from "./cascade-tree";
import { visibleTrainingCondition } from "./visibility";

export type CascadeTraining = TrainingSummary & { trained: number };

/**
 * The plan's trainings the viewer sees, as trees: each root (a regional meeting, say) with the
 * trainings its trained trainers led, down to the local ones. One query; the tree is built here.
 */
export async function cascadeOf(viewer: Actor, planId: number) {
  requireRootingRead(viewer);
  const rows: CascadeTraining[] = await db
    .select({
      ...trainingSummaryColumns,
      trained: sql<number>`(select count(*)::int from ${trainingPeople} where ${trainingPeople.trainingId} = ${trainingMeetings.id} and ${trainingPeople.role} = 'trained_trainer')`,
    })
    .from(trainingMeetings)
    .leftJoin(provinces, eq(provinces.id, trainingMeetings.provinceId))
    .leftJoin(branches, eq(branches.id, trainingMeetings.branchId))
    .where(and(eq(trainingMeetings.planId, planId), visibleTrainingCondition(viewer)))
    .orderBy(asc(trainingMeetings.startsOn), asc(trainingMeetings.id));
  return buildCascade(rows);
}
