"use server";

import { and, desc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db";
import { committeeSessions, members, paperAssignees, paperVersions, workingPapers, workshops } from "@/db/schema";
import { ActionError, mutation, type ActionState, type MutationContext } from "@/lib/action";
import { claimVersion } from "@/lib/concurrency";
import { getDictionary } from "@/lib/i18n";
import { todayInMorocco } from "@/lib/i18n/format";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import { storeWithTransaction } from "@/lib/storage";
import { MAX_ATTACHMENT_BYTES } from "@/lib/uploads";
import { canFollowPaper, loadPaperAccess, type PaperAccess, type PaperViewer } from "./access";
import { attachmentKindOf, attachmentKinds, cleanFileName } from "./attachment";
import { tellAssigned, tellDecision } from "./notices";
import { approvePaperSchema, assignPaperSchema, editableStatuses, paperTextSchema, returnPaperSchema, updateAssignmentSchema } from "./schemas";
import * as clock from "@/lib/clock";

async function sentence(key: keyof Awaited<ReturnType<typeof getDictionary>>["t"]["papers"]["errors"]) {
  const { t } = await getDictionary();
  return t.papers.errors[key];
}

/** Every named member must exist and be active. */
async function checkAssignees(tx: Transaction, ids: number[]) {
  const found = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.id, ids), eq(members.status, "active")));
  if (found.length !== ids.length) throw new ActionError(await sentence("assigneeUnknown"), "assigneeIds");
}

/**
 * A due date may not be set in the past (an unchanged one may stay), nor after the workshop's day:
 * the paper is prepared before the workshop meets.
 */
async function checkDueDate(dueOn: string, workshopDate: string, unchanged?: string) {
  if (dueOn !== unchanged && dueOn < todayInMorocco()) throw new ActionError(await sentence("dueInPast"), "dueOn");
  if (dueOn > workshopDate) throw new ActionError(await sentence("dueAfterWorkshop"), "dueOn");
}

async function setAssignees(tx: Transaction, paperId: number, ids: number[]) {
  await tx.delete(paperAssignees).where(eq(paperAssignees.paperId, paperId));
  await tx.insert(paperAssignees).values(ids.map((memberId) => ({ paperId, memberId })));
}

/** The assignment as the Bureau's form shows it now, its assignees named. */
async function assignmentAsForm(tx: Transaction, paper: typeof workingPapers.$inferSelect) {
  const assignees = await tx
    .select({ id: members.id, name: members.fullNameAr })
    .from(paperAssignees)
    .innerJoin(members, eq(members.id, paperAssignees.memberId))
    .where(eq(paperAssignees.paperId, paper.id))
    .orderBy(members.id);
  return {
    paperId: paper.id,
    title: paper.title,
    dueOn: paper.dueOn,
    assigneeIds: assignees.map((m) => m.id),
    $labels: Object.fromEntries(assignees.map((m) => [`assigneeIds=${m.id}`, m.name])),
  };
}

/** The text as the assignees' editor shows it now: the latest version's. */
async function textAsForm(tx: Transaction, paperId: number) {
  const [latest] = await tx.select({ body: paperVersions.body }).from(paperVersions).where(eq(paperVersions.paperId, paperId)).orderBy(desc(paperVersions.version)).limit(1);
  return { paperId, body: latest?.body ?? "" };
}

const paperPaths = (paperId: number) => ["/", "/assignments", `/assignments/${paperId}`];

export const assignPaper = mutation({
  schema: assignPaperSchema,
  permission: "session.manage",
  async run(input, { tx, afterCommit }) {
    const [workshop] = await tx
      .select({ id: workshops.id, date: workshops.date, title: workshops.title, sessionStatus: committeeSessions.status })
      .from(workshops)
      .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
      .where(eq(workshops.id, input.workshopId))
      .limit(1);
    if (!workshop) throw new ActionError("notFound", "workshopId");
    const [existing] = await tx.select({ id: workingPapers.id }).from(workingPapers).where(eq(workingPapers.workshopId, workshop.id)).limit(1);
    if (existing) throw new ActionError(await sentence("paperExists"), "workshopId");
    await checkDueDate(input.dueOn, workshop.date);
    await checkAssignees(tx, input.assigneeIds);
    const [paper] = await tx
      .insert(workingPapers)
      .values({ workshopId: workshop.id, title: input.title, dueOn: input.dueOn, assignedAt: clock.now(), updatedAt: clock.now() })
      .returning({ id: workingPapers.id });
    await setAssignees(tx, paper.id, input.assigneeIds);
    // members do not see a draft session: its assignees are told once it is convened (lib/papers/reminders.ts)
    const notified = workshop.sessionStatus === "draft" ? 0 : await tellAssigned(tx, { id: paper.id, title: input.title, dueOn: input.dueOn, workshopTitle: workshop.title }, input.assigneeIds);
    if (notified) afterCommit(enqueueEmailsAfterCommit);
    return {
      audit: {
        action: "paper.assign",
        entity: "working_paper",
        entityId: paper.id,
        summary: `assigned working paper "${input.title}" of workshop ${workshop.id}`,
        changes: { workshopId: workshop.id, title: input.title, dueOn: input.dueOn, assigneeIds: input.assigneeIds, notified },
      },
      result: paper.id,
    };
  },
  revalidate: (_input, id) => paperPaths(id!),
  redirectTo: (_input, id) => `/assignments/${id}?saved=assigned`,
});

export const updateAssignment = mutation({
  schema: updateAssignmentSchema,
  permission: "session.manage",
  async run(input, { tx, user, afterCommit }) {
    const access = await loadPaperAccess(tx, user, input.paperId, { lock: true });
    if (!access) throw new ActionError("notFound");
    await claimVersion(tx, workingPapers, input.paperId, input.version, (row) => assignmentAsForm(tx, row));
    await checkDueDate(input.dueOn, access.workshop.date, access.paper.dueOn);
    await checkAssignees(tx, input.assigneeIds);
    const before = await tx.select({ memberId: paperAssignees.memberId }).from(paperAssignees).where(eq(paperAssignees.paperId, input.paperId));
    await tx.update(workingPapers).set({ title: input.title, dueOn: input.dueOn, updatedAt: clock.now() }).where(eq(workingPapers.id, input.paperId));
    await setAssignees(tx, input.paperId, input.assigneeIds);
    // those newly named are told; the others knew already
    const added = input.assigneeIds.filter((id) => !before.some((b) => b.memberId === id));
    const about = { id: input.paperId, title: input.title, dueOn: input.dueOn, workshopTitle: access.workshop.title };
    const notified = access.session.status === "draft" ? 0 : await tellAssigned(tx, about, added);
    if (notified) afterCommit(enqueueEmailsAfterCommit);
    return {
      audit: {
        action: "paper.assignment.update",
        entity: "working_paper",
        entityId: input.paperId,
        summary: `updated the assignment of working paper "${input.title}"`,
        changes: {
          title: { from: access.paper.title, to: input.title },
          dueOn: { from: access.paper.dueOn, to: input.dueOn },
          assigneeIds: { from: before.map((b) => b.memberId).sort((a, b) => a - b), to: input.assigneeIds },
          notified,
        },
      },
      result: input.paperId,
    };
  },
  revalidate: (input) => paperPaths(input.paperId),
  redirectTo: (input) => `/assignments/${input.paperId}?saved=updated`,
});

type PaperText = typeof paperTextSchema._output;

/** The paper, if the viewer is one of its assignees and it is theirs to write now. */
async function writablePaper(tx: Transaction, user: PaperViewer, paperId: number): Promise<PaperAccess> {
  const access = await loadPaperAccess(tx, user, paperId, { lock: true });
  if (!access) throw new ActionError("notFound");
  if (!access.isAssignee) throw new ActionError(await sentence("notAssignee"));
  if (!editableStatuses.includes(access.paper.status)) throw new ActionError(await sentence("readOnly"));
  return access;
}

/**
 * The attachment the new version carries: a new upload (kept only if the version is committed), the
 * previous one kept, or none.
 */
async function attachmentFor(ctx: MutationContext, input: PaperText, paperId: number, previous: typeof paperVersions.$inferSelect | undefined) {
  const file = input.attachment;
  if (!file) {
    if (input.removeAttachment || !previous?.attachmentKey) return { attachmentKey: null, attachmentName: null, attachmentType: null, attachmentSize: null };
    const { attachmentKey, attachmentName, attachmentType, attachmentSize } = previous;
    return { attachmentKey, attachmentName, attachmentType, attachmentSize };
  }
  if (file.size > MAX_ATTACHMENT_BYTES) throw new ActionError(await sentence("attachmentTooLarge"), "attachment");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new ActionError(await sentence("attachmentTooLarge"), "attachment");
  const kind = attachmentKindOf(file.name, bytes);
  if (!kind) throw new ActionError(await sentence("attachmentType"), "attachment");
  const key = await storeWithTransaction(ctx, `papers/${paperId}`, bytes);
  return { attachmentKey: key, attachmentName: cleanFileName(file.name), attachmentType: attachmentKinds[kind].mime, attachmentSize: bytes.byteLength };
}

/** Keeps a new version of the text (every save is kept) and moves the paper to its next status. */
async function saveVersion(ctx: MutationContext, input: PaperText, submitted: boolean) {
  const { tx, user } = ctx;
  const access = await writablePaper(tx, user, input.paperId);
  const recordVersion = await claimVersion(tx, workingPapers, input.paperId, input.version, () => textAsForm(tx, input.paperId));
  const [previous] = await tx.select().from(paperVersions).where(eq(paperVersions.paperId, input.paperId)).orderBy(desc(paperVersions.version)).limit(1);
  const body = input.body.replace(/\r\n/g, "\n");
  if (submitted && !body.trim() && !input.attachment && (input.removeAttachment || !previous?.attachmentKey)) {
    throw new ActionError(await sentence("emptyPaper"), "body");
  }
  const file = await attachmentFor(ctx, input, input.paperId, previous);
  const version = (previous?.version ?? 0) + 1;
  const now = clock.now();
  await tx.insert(paperVersions).values({ paperId: input.paperId, version, body, ...file, submitted, authorId: user.id, createdAt: now });
  const status = submitted ? "submitted" : "draft";
  await tx.update(workingPapers).set({ status, updatedAt: now }).where(eq(workingPapers.id, input.paperId));
  return {
    audit: {
      action: submitted ? "paper.submit" : "paper.save",
      entity: "working_paper",
      entityId: input.paperId,
      summary: `${submitted ? "submitted" : "saved"} version ${version} of working paper "${access.paper.title}"`,
      changes: { version, status: { from: access.paper.status, to: status }, characters: body.length, attachment: file.attachmentName },
    },
    // the editor stays on the page: its next save starts from the paper's new version
    result: { version: recordVersion, text: version },
  };
}

export const savePaperDraft = mutation({
  schema: paperTextSchema,
  permission: "paper.write",
  run: (input, ctx) => saveVersion(ctx, input, false),
  revalidate: (input) => paperPaths(input.paperId),
  successMessage: (t) => t.papers.editor.saved,
});

export const submitPaper = mutation({
  schema: paperTextSchema,
  permission: "paper.write",
  run: (input, ctx) => saveVersion(ctx, input, true),
  revalidate: (input) => paperPaths(input.paperId),
  successMessage: (t) => t.papers.editor.submitted,
});

/** The editor's one form: its two buttons say whether to keep a draft or to submit. */
export async function savePaper(previous: ActionState | null, formData: FormData): Promise<ActionState> {
  return formData.get("intent") === "submit" ? submitPaper(previous, formData) : savePaperDraft(previous, formData);
}

/** The Bureau's decision lands on the submitted version, which is the latest. */
async function decide({ tx, user, afterCommit }: MutationContext, paperId: number, decision: "approved" | "returned", comment: string | null) {
  const access = await loadPaperAccess(tx, user, paperId, { lock: true });
  if (!access || !canFollowPaper(access)) throw new ActionError("notFound");
  const [latest] = await tx.select().from(paperVersions).where(eq(paperVersions.paperId, paperId)).orderBy(desc(paperVersions.version)).limit(1);
  if (access.paper.status !== "submitted" || !latest?.submitted) throw new ActionError(await sentence("notSubmitted"));
  await tx
    .update(paperVersions)
    .set({ decision, reviewComment: comment, reviewerId: user.id, reviewedAt: clock.now() })
    .where(eq(paperVersions.id, latest.id));
  await tx.update(workingPapers).set({ status: decision, updatedAt: clock.now() }).where(eq(workingPapers.id, paperId));
  const assignees = await tx.select({ memberId: paperAssignees.memberId }).from(paperAssignees).where(eq(paperAssignees.paperId, paperId));
  const about = { id: paperId, title: access.paper.title, dueOn: access.paper.dueOn, workshopTitle: access.workshop.title };
  const notified = await tellDecision(tx, about, assignees.map((a) => a.memberId), decision, latest.version, comment);
  if (notified) afterCommit(enqueueEmailsAfterCommit);
  return {
    audit: {
      action: decision === "approved" ? "paper.approve" : "paper.return",
      entity: "working_paper",
      entityId: paperId,
      summary: `${decision} version ${latest.version} of working paper "${access.paper.title}"`,
      changes: { version: latest.version, decision, comment, notified },
    },
    result: latest.version,
  };
}

export const approvePaper = mutation({
  schema: approvePaperSchema,
  permission: "paper.review",
  run: (input, ctx) => decide(ctx, input.paperId, "approved", input.comment),
  revalidate: (input) => paperPaths(input.paperId),
  successMessage: (t) => t.papers.review.approved,
});

export const returnPaper = mutation({
  schema: returnPaperSchema,
  permission: "paper.review",
  run: (input, ctx) => decide(ctx, input.paperId, "returned", input.comment),
  revalidate: (input) => paperPaths(input.paperId),
  successMessage: (t) => t.papers.review.returned,
});

/** The review form's two buttons. */
export async function reviewPaper(previous: ActionState | null, formData: FormData): Promise<ActionState> {
  return formData.get("decision") === "approve" ? approvePaper(previous, formData) : returnPaper(previous, formData);
}
