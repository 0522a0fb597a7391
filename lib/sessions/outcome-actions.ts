"use server";

import { and, eq, inArray, max, sql } from "drizzle-orm";
import type { Transaction } from "@/db";
import { committeeSessions, recommendations, sessionInvitations, sittingAttendance, type Workshop } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { claimVersion } from "@/lib/concurrency";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { changedFields, lockSession, refusal, sessionPaths, sittingWithSession, workshopWithSession } from "./guards";
import { committeeMemberIds } from "./committee-queries";
import { addRecommendationSchema, attendanceSchema, idSchema, moveSchema, sessionOutcomesSchema, sessionOutcomesValues, updateRecommendationSchema } from "./schemas";
import * as clock from "@/lib/clock";
import { swapWithNeighbour } from "@/lib/ordering";

// المخرجات: the workshops' recommendations, the final statement, the minutes, attendance

/** Recommendations are recorded by the workshop's rapporteur, or by the Bureau. */
async function refuseUnlessRecorder(workshop: Workshop, user: CurrentUser) {
  if (can(user, "session.manage")) return;
  if (user.memberId === null || user.memberId !== workshop.rapporteurId) throw await refusal("notRapporteur");
}

async function recommendationWithWorkshop(tx: Transaction, id: number, user: CurrentUser) {
  const [row] = await tx.select().from(recommendations).where(eq(recommendations.id, id)).limit(1);
  if (!row) throw new ActionError("notFound");
  const { workshop, session } = await workshopWithSession(tx, row.workshopId, user);
  await refuseUnlessRecorder(workshop, user);
  return { recommendation: row, workshop, session };
}

const recommendationPaths = (result: { sessionId: number; workshopId: number } | undefined) =>
  result ? sessionPaths(result.sessionId, `/workshops/${result.workshopId}`, `/workshops/${result.workshopId}/recommendations`) : ["/sessions"];

export const addRecommendation = mutation({
  schema: addRecommendationSchema,
  permission: "outcome.record",
  async run({ workshopId, text }, { tx, user }) {
    const { workshop, session } = await workshopWithSession(tx, workshopId, user);
    await refuseUnlessRecorder(workshop, user);
    const [{ last }] = await tx.select({ last: max(recommendations.position) }).from(recommendations).where(eq(recommendations.workshopId, workshopId));
    const [row] = await tx
      .insert(recommendations)
      .values({ workshopId, text, position: (last ?? 0) + 1 })
      .returning({ id: recommendations.id });
    return {
      audit: { action: "recommendation.add", entity: "recommendation", entityId: row.id, summary: `recommendation added to workshop ${workshop.number} of session ${session.ordinal}`, changes: { text } },
      result: { sessionId: session.id, workshopId },
    };
  },
  revalidate: (_input, result) => recommendationPaths(result),
  successMessage: (t) => t.sessions.outcomes.recommendationAdded,
});

export const updateRecommendation = mutation({
  schema: updateRecommendationSchema,
  permission: "outcome.record",
  async run({ id, text }, { tx, user }) {
    const { recommendation, workshop, session } = await recommendationWithWorkshop(tx, id, user);
    await tx.update(recommendations).set({ text }).where(eq(recommendations.id, id));
    return {
      audit: { action: "recommendation.update", entity: "recommendation", entityId: id, summary: `recommendation of workshop ${workshop.number} updated`, changes: { text: { from: recommendation.text, to: text } } },
      result: { sessionId: session.id, workshopId: workshop.id },
    };
  },
  revalidate: (_input, result) => recommendationPaths(result),
});

export const deleteRecommendation = mutation({
  schema: idSchema,
  permission: "outcome.record",
  async run({ id }, { tx, user }) {
    const { recommendation, workshop, session } = await recommendationWithWorkshop(tx, id, user);
    await tx.delete(recommendations).where(eq(recommendations.id, id));
    return {
      audit: { action: "recommendation.delete", entity: "recommendation", entityId: id, summary: `recommendation of workshop ${workshop.number} deleted`, changes: { text: recommendation.text } },
      result: { sessionId: session.id, workshopId: workshop.id },
    };
  },
  revalidate: (_input, result) => recommendationPaths(result),
});

export const moveRecommendation = mutation({
  schema: moveSchema,
  permission: "outcome.record",
  async run({ id, direction }, { tx, user }) {
    const { recommendation: item, workshop, session } = await recommendationWithWorkshop(tx, id, user);
    const moved = await swapWithNeighbour(tx, recommendations, item, eq(recommendations.workshopId, workshop.id), direction);
    return {
      audit: {
        action: "recommendation.move",
        entity: "recommendation",
        entityId: id,
        summary: `recommendation of workshop ${workshop.number} moved ${direction}`,
        changes: { position: moved },
      },
      result: { sessionId: session.id, workshopId: workshop.id },
    };
  },
  revalidate: (_input, result) => recommendationPaths(result),
});

/** البيان الختامي والمحضر: the Bureau's texts, shown as plain text. */
export const saveSessionOutcomes = mutation({
  schema: sessionOutcomesSchema,
  permission: "session.manage",
  async run({ id, version: loaded, ...texts }, { tx, user }) {
    const session = await lockSession(tx, id, user);
    const version = await claimVersion(tx, committeeSessions, id, loaded, sessionOutcomesValues);
    await tx
      .update(committeeSessions)
      .set({ ...texts, updatedAt: clock.now() })
      .where(eq(committeeSessions.id, id));
    return {
      audit: { action: "session.outcomes", entity: "session", entityId: id, summary: `final statement and minutes of session ${session.ordinal} saved`, changes: changedFields(session, texts) },
      result: { version },
    };
  },
  revalidate: (input) => sessionPaths(input.id, "/outcomes"),
  successMessage: (t) => t.sessions.outcomes.saved,
});

/**
 * One page of the attendance sheet in one statement: an upsert of every member's status. Only
 * Central Committee members have a line on the sheet.
 */
export const recordAttendance = mutation({
  schema: attendanceSchema,
  permission: "session.manage",
  async run({ sittingId, entries }, { tx, user }) {
    const { sitting, session } = await sittingWithSession(tx, sittingId, user);
    const statusOf = new Map(entries.map((e) => [e.memberId, e.status]));
    const ids = [...statusOf.keys()];
    if (ids.length) {
      const committee = await committeeMemberIds(tx, ids);
      const others = ids.filter((memberId) => !committee.has(memberId));
      if (others.length) {
        // besides the committee, the sheet holds whoever the session invited
        const invited = await tx
          .select({ id: sessionInvitations.memberId })
          .from(sessionInvitations)
          .where(and(eq(sessionInvitations.sessionId, session.id), inArray(sessionInvitations.memberId, others)));
        if (invited.length !== others.length) throw await refusal("notCommitteeMember");
      }
      await tx
        .insert(sittingAttendance)
        .values(ids.map((memberId) => ({ sittingId, memberId, status: statusOf.get(memberId)! })))
        .onConflictDoUpdate({ target: [sittingAttendance.sittingId, sittingAttendance.memberId], set: { status: sql`excluded.status` } });
    }
    const counts = { present: 0, excused: 0, absent: 0 };
    for (const status of statusOf.values()) counts[status] += 1;
    return {
      audit: {
        action: "attendance.record",
        entity: "sitting",
        entityId: sittingId,
        summary: `attendance of ${ids.length} members at sitting "${sitting.title}" of session ${session.ordinal}`,
        changes: { counts, members: Object.fromEntries(statusOf) },
      },
      result: session.id,
    };
  },
  revalidate: (input, sessionId) => sessionPaths(sessionId!, `/sittings/${input.sittingId}/attendance`),
  successMessage: (t) => t.sessions.attendance.saved,
});
