"use server";

import { eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { agreementParties, agreements, followUpActions, partnerParties } from "@/db/schema";
import { ActionError, mutation, type MutationContext } from "@/lib/action";
import { claimVersion } from "@/lib/concurrency";
import { getDictionary } from "@/lib/i18n";
import { todayInMorocco } from "@/lib/i18n/format";
import { attachmentKindOf, cleanFileName } from "@/lib/papers/attachment";
import { deleteAfterCommit, storeWithTransaction } from "@/lib/storage";
import { MAX_DOCUMENT_BYTES } from "@/lib/uploads";
import { changedFields, checkEndNotBeforeStart, checkOwner, checkPartiesExist, diplomacyPaths, refusal } from "./guards";
import {
  agreementFormValues,
  createAgreementSchema,
  createFollowUpSchema,
  followUpStatusSchema,
  idSchema,
  updateAgreementSchema,
  updateFollowUpSchema,
  type FollowUpStatus,
} from "./schemas";

const agreementPage = (id: number) => `/diplomacy/agreements/${id}`;

type AgreementInput = typeof createAgreementSchema._output;

/**
 * The signed text (PDF or DOCX, 10 MB at most), recognised by its bytes, stored under the agreement;
 * it appears once the agreement is committed.
 */
async function storeDocument(ctx: MutationContext, file: File, agreementId: number) {
  if (file.size > MAX_DOCUMENT_BYTES) throw await refusal("documentTooLarge", "document");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw await refusal("documentTooLarge", "document");
  if (!attachmentKindOf(file.name, bytes)) throw await refusal("documentType", "document");
  const documentKey = await storeWithTransaction(ctx, `agreements/${agreementId}`, bytes);
  return { documentKey, documentName: cleanFileName(file.name) };
}

function agreementRow({ partyIds: _p, document: _d, removeDocument: _r, ...fields }: AgreementInput) {
  return fields;
}

async function setAgreementParties(tx: Transaction, agreementId: number, partyIds: number[]) {
  await tx.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  await tx.insert(agreementParties).values(partyIds.map((partyId) => ({ agreementId, partyId })));
}

/** The agreement as its edit form shows it now, its parties named. */
async function agreementAsForm(tx: Transaction, agreement: typeof agreements.$inferSelect) {
  const parties = await tx
    .select({ id: partnerParties.id, nameAr: partnerParties.nameAr })
    .from(agreementParties)
    .innerJoin(partnerParties, eq(partnerParties.id, agreementParties.partyId))
    .where(eq(agreementParties.agreementId, agreement.id))
    .orderBy(partnerParties.id);
  return {
    ...agreementFormValues(agreement, parties.map((p) => p.id)),
    $labels: Object.fromEntries(parties.map((p) => [`partyIds=${p.id}`, p.nameAr])),
  };
}

async function lockAgreement(tx: Transaction, id: number) {
  const [row] = await tx.select().from(agreements).where(eq(agreements.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return row;
}

export const createAgreement = mutation({
  schema: createAgreementSchema,
  permission: "diplomacy.manage",
  async run(input, ctx) {
    const { tx } = ctx;
    const parties = await checkPartiesExist(tx, input.partyIds);
    const [row] = await tx.insert(agreements).values(agreementRow(input)).returning({ id: agreements.id });
    await setAgreementParties(tx, row.id, input.partyIds);
    const document = input.document ? await storeDocument(ctx, input.document, row.id) : null;
    if (document) await tx.update(agreements).set(document).where(eq(agreements.id, row.id));
    return {
      audit: {
        action: "agreement.create",
        entity: "agreement",
        entityId: row.id,
        summary: `agreement "${input.title}" signed on ${input.signedOn} with ${parties.map((p) => p.nameAr).join(", ")}`,
        changes: { ...agreementRow(input), partyIds: input.partyIds, document: document?.documentName ?? null },
      },
      result: row.id,
    };
  },
  revalidate: (_input, id) => diplomacyPaths("/diplomacy/agreements", agreementPage(id!), "/diplomacy/parties"),
  redirectTo: (_input, id) => `${agreementPage(id!)}?created=agreement`,
});

export const updateAgreement = mutation({
  schema: updateAgreementSchema,
  permission: "diplomacy.manage",
  async run({ id, version: loaded, ...input }, ctx) {
    const { tx } = ctx;
    const before = await lockAgreement(tx, id);
    await claimVersion(tx, agreements, id, loaded, (row) => agreementAsForm(tx, row));
    await checkPartiesExist(tx, input.partyIds);
    const beforeParties = (await tx.select({ id: agreementParties.partyId }).from(agreementParties).where(eq(agreementParties.agreementId, id))).map((p) => p.id);
    const fields = agreementRow(input);
    const document = input.document
      ? await storeDocument(ctx, input.document, id)
      : input.removeDocument
        ? { documentKey: null, documentName: null }
        : { documentKey: before.documentKey, documentName: before.documentName };
    await tx
      .update(agreements)
      .set({ ...fields, ...document })
      .where(eq(agreements.id, id));
    await setAgreementParties(tx, id, input.partyIds);
    const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
    const changes = changedFields(
      { ...before, partyIds: sorted(beforeParties) },
      { ...fields, partyIds: sorted(input.partyIds), documentName: document.documentName },
    );
    // the replaced file is dropped once the change is committed
    if (before.documentKey !== document.documentKey) deleteAfterCommit(ctx, before.documentKey);
    return { audit: { action: "agreement.update", entity: "agreement", entityId: id, summary: `agreement "${input.title}" updated`, changes } };
  },
  revalidate: (input) => diplomacyPaths("/diplomacy/agreements", agreementPage(input.id), "/diplomacy/parties"),
  redirectTo: (input) => agreementPage(input.id),
});

export const deleteAgreement = mutation({
  schema: idSchema,
  permission: "diplomacy.manage",
  async run({ id }, ctx) {
    const agreement = await lockAgreement(ctx.tx, id);
    await ctx.tx.delete(agreements).where(eq(agreements.id, id));
    deleteAfterCommit(ctx, agreement.documentKey);
    return {
      audit: {
        action: "agreement.delete",
        entity: "agreement",
        entityId: id,
        summary: `agreement "${agreement.title}" of ${agreement.signedOn} deleted with its follow-up actions`,
        changes: { title: agreement.title, signedOn: agreement.signedOn, document: agreement.documentName },
      },
    };
  },
  revalidate: () => diplomacyPaths("/diplomacy/agreements", "/diplomacy/parties"),
  redirectTo: () => "/diplomacy/agreements",
});

async function lockFollowUp(tx: Transaction, id: number) {
  const [row] = await tx.select().from(followUpActions).where(eq(followUpActions.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return row;
}

export const createFollowUp = mutation({
  schema: createFollowUpSchema,
  permission: "diplomacy.manage",
  async run(input, { tx }) {
    const agreement = await lockAgreement(tx, input.agreementId);
    // an action cannot fall due before the agreement that calls for it was signed
    await checkEndNotBeforeStart(agreement.signedOn, input.dueOn, "dueOn", "dueBeforeSigning");
    const owner = await checkOwner(tx, input.ownerMemberId);
    const [row] = await tx.insert(followUpActions).values(input).returning({ id: followUpActions.id });
    return {
      audit: {
        action: "followup.create",
        entity: "follow_up_action",
        entityId: row.id,
        summary: `follow-up "${input.title}" of agreement "${agreement.title}" given to ${owner.name}, due ${input.dueOn}`,
        changes: input,
      },
      result: row.id,
    };
  },
  revalidate: (input) => diplomacyPaths(agreementPage(input.agreementId), "/diplomacy/agreements"),
  redirectTo: (input) => `${agreementPage(input.agreementId)}?created=follow-up#follow-ups`,
});

export const updateFollowUp = mutation({
  schema: updateFollowUpSchema,
  permission: "diplomacy.manage",
  async run({ id, ...fields }, { tx }) {
    const before = await lockFollowUp(tx, id);
    const agreement = await lockAgreement(tx, before.agreementId);
    await checkEndNotBeforeStart(agreement.signedOn, fields.dueOn, "dueOn", "dueBeforeSigning");
    await checkOwner(tx, fields.ownerMemberId);
    await tx.update(followUpActions).set(fields).where(eq(followUpActions.id, id));
    return {
      audit: { action: "followup.update", entity: "follow_up_action", entityId: id, summary: `follow-up "${fields.title}" updated`, changes: changedFields(before, fields) },
      result: before.agreementId,
    };
  },
  revalidate: (_input, agreementId) => diplomacyPaths(agreementPage(agreementId!), "/diplomacy/agreements"),
  redirectTo: (_input, agreementId) => `${agreementPage(agreementId!)}#follow-ups`,
});

/** Open → done or cancelled; a closed action may be reopened (a mistaken click, an action revived). */
function allowed(from: FollowUpStatus, to: FollowUpStatus) {
  return from === "open" ? to !== "open" : to === "open";
}

export const setFollowUpStatus = mutation({
  schema: followUpStatusSchema,
  permission: "diplomacy.manage",
  async run({ id, status }, { tx }) {
    const before = await lockFollowUp(tx, id);
    if (!allowed(before.status, status)) {
      const { t } = await getDictionary();
      const names = t.diplomacy.followUpStatus;
      throw await refusal("transition", "status", { from: names[before.status], to: names[status] });
    }
    const doneOn = status === "done" ? todayInMorocco() : null;
    await tx.update(followUpActions).set({ status, doneOn }).where(eq(followUpActions.id, id));
    return {
      audit: {
        action: "followup.update",
        entity: "follow_up_action",
        entityId: id,
        summary: `follow-up "${before.title}" ${status === "open" ? "reopened" : `marked ${status}`}`,
        changes: { status: { from: before.status, to: status }, doneOn: { from: before.doneOn, to: doneOn } },
      },
      result: before.agreementId,
    };
  },
  revalidate: (_input, agreementId) => diplomacyPaths(agreementPage(agreementId!), "/diplomacy/agreements"),
});

export const deleteFollowUp = mutation({
  schema: idSchema,
  permission: "diplomacy.manage",
  async run({ id }, { tx }) {
    const followUp = await lockFollowUp(tx, id);
    await tx.delete(followUpActions).where(eq(followUpActions.id, id));
    return {
      audit: {
        action: "followup.delete",
        entity: "follow_up_action",
        entityId: id,
        summary: `follow-up "${followUp.title}" deleted`,
        changes: { agreementId: followUp.agreementId, title: followUp.title, dueOn: followUp.dueOn, status: followUp.status },
      },
      result: followUp.agreementId,
    };
  },
  revalidate: (_input, agreementId) => diplomacyPaths(agreementPage(agreementId!), "/diplomacy/agreements"),
  redirectTo: (_input, agreementId) => `${agreementPage(agreementId!)}#follow-ups`,
});
