"use server";

import { and, eq, gt, lt, ne, or } from "drizzle-orm";
import type { Transaction } from "@/db";
import { committeeSessions, sittings, workshops } from "@/db/schema";
import { mutation } from "@/lib/action";
import { claimVersion } from "@/lib/concurrency";
import { getDictionary } from "@/lib/i18n";
import {
  changedFields,
  checkEndNotBeforeStart,
  checkMembersExist,
  checkTimes,
  checkWithinSession,
  lockSession,
  personLabels,
  refusal,
  sessionPaths,
  sittingWithSession,
} from "./guards";
import {
  createSessionSchema,
  createSittingSchema,
  idSchema,
  sessionFormValues,
  sessionStatusSchema,
  sessionTransitions,
  sittingFormValues,
  updateSessionSchema,
  updateSittingSchema,
} from "./schemas";
import * as clock from "@/lib/clock";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import { inviteOnConvening, notifyInvitees } from "./invitations";
import { sittingAddedNotice, sittingChangeNotice, sittingRemovedNotice, withdrawalNotice } from "./invitation-notices";

async function refuseTakenOrdinal(tx: Transaction, ordinal: number, exceptId?: number) {
  const [taken] = await tx
    .select({ id: committeeSessions.id })
    .from(committeeSessions)
    .where(and(eq(committeeSessions.ordinal, ordinal), exceptId ? ne(committeeSessions.id, exceptId) : undefined))
    .limit(1);
  if (taken) throw await refusal("ordinalTaken", "ordinal");
}

/** New dates must still hold every sitting and workshop already planned. */
async function refuseProgrammeOutside(tx: Transaction, sessionId: number, startsOn: string, endsOn: string) {
  const outside = (date: typeof sittings.date | typeof workshops.date) => or(lt(date, startsOn), gt(date, endsOn));
  const [sitting] = await tx.select({ id: sittings.id }).from(sittings).where(and(eq(sittings.sessionId, sessionId), outside(sittings.date))).limit(1);
  const [workshop] = await tx.select({ id: workshops.id }).from(workshops).where(and(eq(workshops.sessionId, sessionId), outside(workshops.date))).limit(1);
  if (sitting || workshop) throw await refusal("programmeOutside", "startsOn");
}

export const createSession = mutation({
  schema: createSessionSchema,
  permission: "session.manage",
  async run(input, { tx }) {
    await checkEndNotBeforeStart(input.startsOn, input.endsOn);
    await refuseTakenOrdinal(tx, input.ordinal);
    const [row] = await tx.insert(committeeSessions).values(input).returning({ id: committeeSessions.id });
    return {
      audit: { action: "session.create", entity: "session", entityId: row.id, summary: `created session ${input.ordinal}: ${input.title}`, changes: input },
      result: row.id,
    };
  },
  revalidate: () => ["/sessions"],
  redirectTo: (_input, id) => `/sessions/${id}?created=session`,
});

export const updateSession = mutation({
  schema: updateSessionSchema,
  permission: "session.manage",
  async run({ id, version: loaded, ...fields }, { tx, user }) {
    const before = await lockSession(tx, id, user);
    const version = await claimVersion(tx, committeeSessions, id, loaded, sessionFormValues);
    await checkEndNotBeforeStart(fields.startsOn, fields.endsOn);
    await refuseTakenOrdinal(tx, fields.ordinal, id);
    await refuseProgrammeOutside(tx, id, fields.startsOn, fields.endsOn);
    await tx
      .update(committeeSessions)
      .set({ ...fields, updatedAt: clock.now() })
      .where(eq(committeeSessions.id, id));
    return {
      audit: { action: "session.update", entity: "session", entityId: id, summary: `updated session ${fields.ordinal}: ${fields.title}`, changes: changedFields(before, fields) },
      result: { id, version },
    };
  },
  revalidate: (input) => sessionPaths(input.id),
  redirectTo: (input) => `/sessions/${input.id}`,
});

/** The status moves along sessionTransitions only; publishing to members is the move to convened. */
export const changeSessionStatus = mutation({
  schema: sessionStatusSchema,
  permission: "session.manage",
  async run({ id, to }, { tx, user, afterCommit }) {
    const session = await lockSession(tx, id, user);
    if (!sessionTransitions[session.status].includes(to)) {
      const { t } = await getDictionary();
      throw await refusal("transition", "to", { from: t.sessions.status[session.status], to: t.sessions.status[to] });
    }
    const updatedAt = clock.now();
    await tx.update(committeeSessions).set({ status: to, updatedAt }).where(eq(committeeSessions.id, id));
    // publishing invites whoever is on the list and not yet invited; withdrawing tells the invited
    let invited = 0;
    if (to === "convened") invited = (await inviteOnConvening(tx, { ...session, status: to })).invited;
    if (session.status === "convened" && to === "draft") await notifyInvitees(tx, id, (t) => withdrawalNotice(session, t, updatedAt));
    afterCommit(enqueueEmailsAfterCommit);
    return {
      audit: {
        action: "session.status",
        entity: "session",
        entityId: id,
        summary: `session ${session.ordinal}: ${session.status} → ${to}${invited ? ` (${invited} invited)` : ""}`,
        changes: { from: session.status, to, ...(invited ? { invited } : {}) },
      },
    };
  },
  revalidate: (input) => sessionPaths(input.id),
  successMessage: (t) => t.sessions.statusActions.changed,
});

/** Only a draft is deleted: a published session has been seen by members and stays on record. */
export const deleteSession = mutation({
  schema: idSchema,
  permission: "session.manage",
  async run({ id }, { tx, user }) {
    const session = await lockSession(tx, id, user);
    if (session.status !== "draft") throw await refusal("onlyDraftDeleted");
    await tx.delete(committeeSessions).where(eq(committeeSessions.id, id));
    return { audit: { action: "session.delete", entity: "session", entityId: id, summary: `deleted draft session ${session.ordinal}: ${session.title}` } };
  },
  revalidate: () => ["/sessions"],
  redirectTo: () => "/sessions",
});

export const createSitting = mutation({
  schema: createSittingSchema,
  permission: "session.manage",
  async run({ sessionId, ...fields }, { tx, user, afterCommit }) {
    const session = await lockSession(tx, sessionId, user);
    await checkWithinSession(session, fields.date);
    await checkTimes(fields.startTime, fields.endTime);
    await checkMembersExist(tx, { rapporteurId: fields.rapporteurId });
    const [row] = await tx
      .insert(sittings)
      .values({ sessionId, ...fields })
      .returning({ id: sittings.id, version: sittings.version });
    if (session.status === "convened") {
      await notifyInvitees(tx, session.id, (t, locale) => sittingAddedNotice(session, { ...row, ...fields }, t, locale));
      afterCommit(enqueueEmailsAfterCommit);
    }
    return {
      audit: { action: "sitting.create", entity: "sitting", entityId: row.id, summary: `sitting "${fields.title}" added to session ${session.ordinal}`, changes: fields },
      result: row.id,
    };
  },
  revalidate: (input) => sessionPaths(input.sessionId),
  redirectTo: (input, id) => `/sessions/${input.sessionId}/sittings/${id}/edit?created=sitting`,
});

export const updateSitting = mutation({
  schema: updateSittingSchema,
  permission: "session.manage",
  async run({ id, version: loaded, ...fields }, { tx, user, afterCommit }) {
    const { sitting, session } = await sittingWithSession(tx, id, user);
    const version = await claimVersion(tx, sittings, id, loaded, async (row) => ({
      ...sittingFormValues(row),
      $labels: await personLabels(tx, { rapporteurId: row.rapporteurId }),
    }));
    await checkWithinSession(session, fields.date);
    await checkTimes(fields.startTime, fields.endTime);
    await checkMembersExist(tx, { rapporteurId: fields.rapporteurId });
    await tx.update(sittings).set(fields).where(eq(sittings.id, id));
    const moved = sitting.date !== fields.date || sitting.startTime.slice(0, 5) !== fields.startTime || (sitting.endTime?.slice(0, 5) ?? null) !== fields.endTime;
    if (session.status === "convened" && moved) {
      await notifyInvitees(tx, session.id, (t, locale) => sittingChangeNotice(session, { id, version, ...fields }, t, locale));
      afterCommit(enqueueEmailsAfterCommit);
    }
    return {
      audit: { action: "sitting.update", entity: "sitting", entityId: id, summary: `sitting "${fields.title}" updated`, changes: changedFields(sitting, fields) },
      result: { sessionId: session.id, version },
    };
  },
  revalidate: (input, result) => sessionPaths(result!.sessionId, `/sittings/${input.id}/edit`),
  successMessage: (t) => t.sessions.sitting.saved,
});

export const deleteSitting = mutation({
  schema: idSchema,
  permission: "session.manage",
  async run({ id }, { tx, user, afterCommit }) {
    const { sitting, session } = await sittingWithSession(tx, id, user);
    await tx.delete(sittings).where(eq(sittings.id, id));
    if (session.status === "convened") {
      await notifyInvitees(tx, session.id, (t, locale) => sittingRemovedNotice(session, sitting, t, locale));
      afterCommit(enqueueEmailsAfterCommit);
    }
    return {
      audit: { action: "sitting.delete", entity: "sitting", entityId: id, summary: `sitting "${sitting.title}" deleted from session ${session.ordinal}` },
      result: session.id,
    };
  },
  revalidate: (_input, sessionId) => sessionPaths(sessionId!),
  redirectTo: (_input, sessionId) => `/sessions/${sessionId}`,
});
