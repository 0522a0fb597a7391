import "server-only";
import { and, eq, exists, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { branches, members, provinces, trainingMeetings, trainingPeople, trainingRegions, users } from "@/db/schema";
import { hasNationalScope, regionScopeWhere, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";

// Written against the unaliased `training_meetings` of the outer query; only the viewer's id is
// needed, so the calendar feed (which knows the account by its token) applies the same rules.

/** The member linked to the viewer's account (null when none). */
const viewerMember = (viewer: Actor) => sql`(select ${users.memberId} from ${users} where ${users.id} = ${viewer.id})`;

/** The region of the viewer's member's home branch. */
const homeRegion = (viewer: Actor) =>
  sql`(select ${provinces.regionId} from ${users}
        join ${members} on ${members.id} = ${users.memberId}
        join ${branches} on ${branches.id} = ${members.branchId}
        join ${provinces} on ${provinces.id} = ${branches.provinceId}
       where ${users.id} = ${viewer.id})`;

const covers = (regionId: SQL | number) =>
  sql`exists (select 1 from ${trainingRegions} where ${trainingRegions.trainingId} = ${trainingMeetings.id} and ${trainingRegions.regionId} = ${regionId})`;

const heldInRegion = (regionId: SQL | number) =>
  sql`${trainingMeetings.provinceId} in (select ${provinces.id} from ${provinces} where ${provinces.regionId} = ${regionId})`;

/** Whether the viewer's member is among the training's people, in any role. */
export const attendedBy = (viewer: Actor) =>
  sql<boolean>`exists (select 1 from ${trainingPeople} where ${trainingPeople.trainingId} = ${trainingMeetings.id} and ${trainingPeople.memberId} = ${viewerMember(viewer)})`;

/** Trainings near the viewer's member: national ones, those covering or held in their home region. */
export function nearMember(viewer: Actor): SQL {
  return or(eq(trainingMeetings.level, "national"), covers(homeRegion(viewer)), heldInRegion(homeRegion(viewer)))!;
}

/**
 * Which trainings a viewer sees. The Bureau: all. An officer: national ones, regional ones
 * covering their region (they record their provinces' people there), provincial and local ones
 * in their scope. A member: those near their home branch's region. Everyone: those they attended.
 */
export function visibleTrainingCondition(viewer: Actor): SQL | undefined {
  if (hasNationalScope(viewer)) return undefined;
  if (viewer.role === "officer") {
    const coversScope = exists(
      db
        .select({ one: sql`1` })
        .from(trainingRegions)
        .where(and(eq(trainingRegions.trainingId, trainingMeetings.id), regionScopeWhere(viewer, trainingRegions.regionId))),
    );
    const heldInScope = exists(
      db
        .select({ one: sql`1` })
        .from(provinces)
        .where(and(eq(provinces.id, trainingMeetings.provinceId), provinceScopeCondition(viewer))),
    );
    return or(eq(trainingMeetings.level, "national"), coversScope, heldInScope, attendedBy(viewer));
  }
  return or(nearMember(viewer), attendedBy(viewer));
}
