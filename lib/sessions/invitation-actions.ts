"use server";

import { eq } from "drizzle-orm";
import { members, sessionInvitations } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import * as clock from "@/lib/clock";
import { getDictionary, type Dictionary } from "@/lib/i18n";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import { lockSession, sessionPaths } from "./guards";
import { answerSchema, inviteeSchema, removeInviteeSchema } from "./invitation-schemas";
import { invitationHref, recordAnswer, sendInvitations, sessionStartsAt } from "./invitations";

type InvitationError = keyof Dictionary["invitations"]["errors"];

async function refusal(key: InvitationError, field?: string): Promise<ActionError> {
  const { t } = await getDictionary();
  return new ActionError(t.invitations.errors[key], field);
}

/** The list changes while the session is a draft or convened; once held, it is the record. */
const EDITABLE = new Set(["draft", "convened"]);

/** Puts a member on the list; on a convened session the invitation leaves at once. */
export const addInvitee = mutation({
  schema: inviteeSchema,
  permission: "session.manage",
  async run({ sessionId, memberId }, { tx, user, afterCommit }) {
    const session = await lockSession(tx, sessionId, user);
    if (!EDITABLE.has(session.status)) throw await refusal("notEditable", "memberId");
    const [member] = await tx.select({ id: members.id, name: members.fullNameAr }).from(members).where(eq(members.id, memberId)).limit(1);
    if (!member) throw await refusal("memberMissing", "memberId");
    const [row] = await tx
      .insert(sessionInvitations)
      .values({ sessionId, memberId, createdAt: clock.now() })
      .onConflictDoNothing()
      .returning({ id: sessionInvitations.id });
    if (!row) throw await refusal("alreadyInvitee", "memberId");
    let invited = 0;
    if (session.status === "convened") {
      invited = (await sendInvitations(tx, session)).invited;
      afterCommit(enqueueEmailsAfterCommit);
    }
    return {
      audit: {
        action: "invitation.add",
        entity: "session",
        entityId: sessionId,
        summary: `member ${memberId} added to the invitees of session ${session.ordinal}${invited ? " and invited" : ""}`,
        changes: { memberId },
      },
      result: row.id,
    };
  },
  revalidate: (input) => sessionPaths(input.sessionId),
  successMessage: (t) => t.invitations.added,
});

/** Takes a member off the list: anyone on a draft, only one not yet invited on a convened session. */
export const removeInvitee = mutation({
  schema: removeInviteeSchema,
  permission: "session.manage",
  async run({ invitationId }, { tx, user }) {
    const [invitation] = await tx.select().from(sessionInvitations).where(eq(sessionInvitations.id, invitationId)).for("update");
    if (!invitation) throw new ActionError("notFound");
    const session = await lockSession(tx, invitation.sessionId, user);
    if (!EDITABLE.has(session.status)) throw await refusal("notEditable");
    if (invitation.invitedAt && session.status === "convened") throw await refusal("alreadyInvited");
    await tx.delete(sessionInvitations).where(eq(sessionInvitations.id, invitationId));
    return {
      audit: {
        action: "invitation.remove",
        entity: "session",
        entityId: session.id,
        summary: `member ${invitation.memberId} removed from the invitees of session ${session.ordinal}`,
        changes: { memberId: invitation.memberId },
      },
      result: session.id,
    };
  },
  revalidate: (_input, sessionId) => sessionPaths(sessionId!),
  successMessage: (t) => t.invitations.removed,
});

/**
 * The invitee's answer, which they may change until the session starts. Someone else's
 * invitation, or an unknown one, is not found: nothing tells that it exists.
 */
export const answerInvitation = mutation({
  schema: answerSchema,
  permission: "invitation.answer",
  async run({ invitationId, answer, reason }, { tx, user }) {
    const [invitation] = await tx.select().from(sessionInvitations).where(eq(sessionInvitations.id, invitationId)).for("update");
    if (!invitation || user.memberId === null || invitation.memberId !== user.memberId || !invitation.invitedAt) throw new ActionError("notFound");
    const session = await lockSession(tx, invitation.sessionId, user);
    if (session.status !== "convened" || clock.now() >= (await sessionStartsAt(tx, session))) throw await refusal("closed", "answer");
    await recordAnswer(tx, invitationId, answer, reason);
    return {
      audit: {
        action: "invitation.answer",
        entity: "session",
        entityId: session.id,
        summary: `answered ${answer} to the invitation to session ${session.ordinal}`,
        changes: { from: invitation.answer, to: answer },
      },
      result: session.id,
    };
  },
  revalidate: (_input, sessionId) => [...sessionPaths(sessionId!), invitationHref(sessionId!), "/"],
  successMessage: (t) => t.invitations.saved,
});
