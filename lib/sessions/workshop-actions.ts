"use server";

import { and, count, eq, ne } from "drizzle-orm";
import type { Transaction } from "@/db";
import { members, workshopParticipants, workshops } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { claimVersion } from "@/lib/concurrency";
import { fill, getDictionary } from "@/lib/i18n";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import {
  changedFields,
  checkMembersExist,
  checkTimes,
  checkWithinSession,
  lockSession,
  personLabels,
  refusal,
  sessionPaths,
  workshopWithSession,
} from "./guards";
import { workshopName } from "./format";
import { tellParticipants, workshopWorthTelling } from "./notices";
import { workshopChangeNotice } from "./invitation-notices";
import { notifyWorkshopParticipants } from "./invitations";
import { overlappingWorkshops } from "./overlap-queries";
import { createWorkshopSchema, idSchema, participantSchema, updateWorkshopSchema, workshopFormValues } from "./schemas";

// الورشات الموازية: their programme, the people who run them and their participants

async function refuseTakenNumber(tx: Transaction, sessionId: number, number: number, exceptId?: number) {
  const [taken] = await tx
    .select({ id: workshops.id })
    .from(workshops)
    .where(and(eq(workshops.sessionId, sessionId), eq(workshops.number, number), exceptId ? ne(workshops.id, exceptId) : undefined))
    .limit(1);
  if (taken) throw await refusal("numberTaken", "number");
}

async function participantCount(tx: Transaction, workshopId: number): Promise<number> {
  const [{ n }] = await tx.select({ n: count() }).from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshopId));
  return n;
}

const workshopPaths = (sessionId: number, workshopId: number) =>
  sessionPaths(sessionId, `/workshops/${workshopId}`, `/workshops/${workshopId}/edit`).concat("/sessions/mine");

export const createWorkshop = mutation({
  schema: createWorkshopSchema,
  permission: "session.manage",
  async run({ sessionId, ...fields }, { tx, user }) {
    const session = await lockSession(tx, sessionId, user);
    await refuseTakenNumber(tx, sessionId, fields.number);
    await checkWithinSession(session, fields.date);
    await checkTimes(fields.startTime, fields.endTime);
    await checkMembersExist(tx, { facilitatorId: fields.facilitatorId, rapporteurId: fields.rapporteurId });
    const [row] = await tx
      .insert(workshops)
      .values({ sessionId, ...fields })
      .returning({ id: workshops.id });
    return {
      audit: {
        action: "workshop.create",
        entity: "workshop",
        entityId: row.id,
        summary: `workshop ${fields.number} "${fields.title}" added to session ${session.ordinal}`,
        changes: fields,
      },
      result: row.id,
    };
  },
  revalidate: (input, id) => workshopPaths(input.sessionId, id!),
  redirectTo: (input, id) => `/sessions/${input.sessionId}/workshops/${id}/edit?created=workshop`,
});

export const updateWorkshop = mutation({
  schema: updateWorkshopSchema,
  permission: "session.manage",
  async run({ id, version: loaded, ...fields }, { tx, user, afterCommit }) {
    const { workshop, session } = await workshopWithSession(tx, id, user);
    const version = await claimVersion(tx, workshops, id, loaded, async (row) => ({
      ...workshopFormValues(row),
      $labels: await personLabels(tx, { facilitatorId: row.facilitatorId, rapporteurId: row.rapporteurId }),
    }));
    await refuseTakenNumber(tx, session.id, fields.number, id);
    await checkWithinSession(session, fields.date);
    await checkTimes(fields.startTime, fields.endTime);
    await checkMembersExist(tx, { facilitatorId: fields.facilitatorId, rapporteurId: fields.rapporteurId });
    if (fields.capacity !== null) {
      const n = await participantCount(tx, id);
      if (n > fields.capacity) throw await refusal("capacityBelowCount", "capacity", { count: n });
    }
    await tx.update(workshops).set(fields).where(eq(workshops.id, id));
    const moved =
      workshop.date !== fields.date ||
      workshop.startTime.slice(0, 5) !== fields.startTime ||
      workshop.endTime.slice(0, 5) !== fields.endTime ||
      (workshop.room ?? null) !== (fields.room ?? null);
    if (session.status === "convened" && moved) {
      await notifyWorkshopParticipants(tx, id, (t, locale) => workshopChangeNotice(session, { id, version, ...fields }, t, locale));
      afterCommit(enqueueEmailsAfterCommit);
    }
    return {
      audit: { action: "workshop.update", entity: "workshop", entityId: id, summary: `workshop ${fields.number} "${fields.title}" updated`, changes: changedFields(workshop, fields) },
      result: { sessionId: session.id, version },
    };
  },
  revalidate: (input, result) => workshopPaths(result!.sessionId, input.id),
  successMessage: (t) => t.sessions.workshop.saved,
});

export const deleteWorkshop = mutation({
  schema: idSchema,
  permission: "session.manage",
  async run({ id }, { tx, user }) {
    const { workshop, session } = await workshopWithSession(tx, id, user);
    await tx.delete(workshops).where(eq(workshops.id, id));
    return {
      audit: { action: "workshop.delete", entity: "workshop", entityId: id, summary: `workshop ${workshop.number} "${workshop.title}" deleted from session ${session.ordinal}` },
      result: session.id,
    };
  },
  revalidate: (_input, sessionId) => sessionPaths(sessionId!).concat("/sessions/mine"),
  redirectTo: (_input, sessionId) => `/sessions/${sessionId}`,
});

/**
 * Adds a participant, within the workshop's capacity. A member already in another workshop at an
 * overlapping time is still added — the Bureau may mean it — but the answer carries a warning
 * naming that workshop.
 */
export const addParticipant = mutation({
  schema: participantSchema,
  permission: "session.manage",
  async run({ workshopId, memberId }, { tx, user, afterCommit }) {
    const { workshop, session } = await workshopWithSession(tx, workshopId, user);
    const [member] = await tx.select({ id: members.id, name: members.fullNameAr }).from(members).where(eq(members.id, memberId)).limit(1);
    if (!member) throw await refusal("memberMissing", "memberId");
    const [already] = await tx
      .select({ id: workshopParticipants.memberId })
      .from(workshopParticipants)
      .where(and(eq(workshopParticipants.workshopId, workshopId), eq(workshopParticipants.memberId, memberId)))
      .limit(1);
    if (already) throw await refusal("alreadyParticipant", "memberId");
    if (workshop.capacity !== null && (await participantCount(tx, workshopId)) >= workshop.capacity) {
      throw await refusal("capacityReached", "memberId", { count: workshop.capacity });
    }
    await tx.insert(workshopParticipants).values({ workshopId, memberId });
    // a draft session's participants are told once it is convened (lib/sessions/reminders.ts)
    const notified = workshopWorthTelling(workshop, session.status) ? await tellParticipants(tx, workshop, [memberId]) : 0;
    if (notified) afterCommit(enqueueEmailsAfterCommit);

    const [overlap] = await overlappingWorkshops(tx, workshopId, memberId);
    let warning: string | null = null;
    if (overlap) {
      const { t } = await getDictionary();
      const name = `${workshopName(t.sessions, overlap.number)} «${overlap.title}»`;
      warning = fill(t.sessions.participants.overlapWarning, { workshop: name });
    }
    return {
      audit: {
        action: "workshop.participant.add",
        entity: "workshop",
        entityId: workshopId,
        summary: `${member.name} added to workshop ${workshop.number} of session ${session.ordinal}${overlap ? ` (overlaps workshop ${overlap.workshopId})` : ""}`,
        changes: { memberId, overlapsWorkshopId: overlap?.workshopId ?? null, notified },
      },
      result: { sessionId: session.id, warning },
    };
  },
  revalidate: (input, result) => workshopPaths(result!.sessionId, input.workshopId),
  successMessage: (t) => t.sessions.participants.added,
});

export const removeParticipant = mutation({
  schema: participantSchema,
  permission: "session.manage",
  async run({ workshopId, memberId }, { tx, user }) {
    const { workshop, session } = await workshopWithSession(tx, workshopId, user);
    const removed = await tx
      .delete(workshopParticipants)
      .where(and(eq(workshopParticipants.workshopId, workshopId), eq(workshopParticipants.memberId, memberId)))
      .returning({ memberId: workshopParticipants.memberId });
    if (!removed.length) throw new ActionError("notFound");
    return {
      audit: {
        action: "workshop.participant.remove",
        entity: "workshop",
        entityId: workshopId,
        summary: `member ${memberId} removed from workshop ${workshop.number} of session ${session.ordinal}`,
        changes: { memberId },
      },
      result: session.id,
    };
  },
  revalidate: (input, sessionId) => workshopPaths(sessionId!, input.workshopId),
});
