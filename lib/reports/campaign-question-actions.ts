"use server";

import { eq, max } from "drizzle-orm";
import type { Transaction } from "@/db";
import { campaignQuestions, evaluationCampaigns } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { appendQuestions, campaignPaths, draftCampaign } from "./campaign-guards";
import { addQuestionSchema, copyQuestionsSchema, moveQuestionSchema, questionIdSchema, updateQuestionSchema } from "./schemas";
import * as clock from "@/lib/clock";
import { swapWithNeighbour } from "@/lib/ordering";

// ——— questions: editable while the campaign is a draft ———

async function questionOf(tx: Transaction, id: number) {
  const [question] = await tx.select().from(campaignQuestions).where(eq(campaignQuestions.id, id)).limit(1);
  if (!question) throw new ActionError("notFound");
  await draftCampaign(tx, question.campaignId);
  return question;
}

export const addQuestion = mutation({
  schema: addQuestionSchema,
  permission: "campaign.manage",
  async run({ campaignId, ...fields }, { tx }) {
    await draftCampaign(tx, campaignId);
    const [{ last }] = await tx.select({ last: max(campaignQuestions.position) }).from(campaignQuestions).where(eq(campaignQuestions.campaignId, campaignId));
    const [row] = await tx
      .insert(campaignQuestions)
      .values({ ...fields, campaignId, position: (last ?? 0) + 1 })
      .returning({ id: campaignQuestions.id });
    return {
      audit: { action: "campaign.question.add", entity: "campaign_question", entityId: row.id, summary: `question "${fields.label}" added to campaign ${campaignId}`, changes: fields },
      result: campaignId,
    };
  },
  revalidate: (input) => campaignPaths(input.campaignId),
  successMessage: (t) => t.reports.questions.added,
});

export const updateQuestion = mutation({
  schema: updateQuestionSchema,
  permission: "campaign.manage",
  async run({ id, ...fields }, { tx }) {
    const before = await questionOf(tx, id);
    await tx.update(campaignQuestions).set(fields).where(eq(campaignQuestions.id, id));
    const changes = Object.fromEntries(
      Object.entries(fields)
        .filter(([key, to]) => before[key as keyof typeof before] !== to)
        .map(([key, to]) => [key, { from: before[key as keyof typeof before], to }]),
    );
    return { audit: { action: "campaign.question.update", entity: "campaign_question", entityId: id, summary: `question "${fields.label}" updated`, changes }, result: before.campaignId };
  },
  revalidate: (_input, campaignId) => campaignPaths(campaignId),
  successMessage: (t) => t.reports.questions.updated,
});

export const deleteQuestion = mutation({
  schema: questionIdSchema,
  permission: "campaign.manage",
  async run({ id }, { tx }) {
    const question = await questionOf(tx, id);
    await tx.delete(campaignQuestions).where(eq(campaignQuestions.id, id));
    return {
      audit: { action: "campaign.question.delete", entity: "campaign_question", entityId: id, summary: `question "${question.label}" deleted`, changes: { label: question.label, kind: question.kind } },
      result: question.campaignId,
    };
  },
  revalidate: (_input, campaignId) => campaignPaths(campaignId),
});

export const moveQuestion = mutation({
  schema: moveQuestionSchema,
  permission: "campaign.manage",
  async run({ id, direction }, { tx }) {
    const question = await questionOf(tx, id);
    const moved = await swapWithNeighbour(tx, campaignQuestions, question, eq(campaignQuestions.campaignId, question.campaignId), direction);
    return {
      audit: {
        action: "campaign.question.move",
        entity: "campaign_question",
        entityId: id,
        summary: `question "${question.label}" moved ${direction}`,
        changes: { position: moved },
      },
      result: question.campaignId,
    };
  },
  revalidate: (_input, campaignId) => campaignPaths(campaignId),
});

export const copyQuestions = mutation({
  schema: copyQuestionsSchema,
  permission: "campaign.manage",
  async run({ campaignId, source }, { tx }) {
    await draftCampaign(tx, campaignId);
    if (source === campaignId) throw new ActionError("choice", "source");
    const copied = await appendQuestions(tx, campaignId, source, "source");
    if (typeof source === "number") await tx.update(evaluationCampaigns).set({ copiedFromId: source, updatedAt: clock.now() }).where(eq(evaluationCampaigns.id, campaignId));
    return {
      audit: { action: "campaign.question.copy", entity: "evaluation_campaign", entityId: campaignId, summary: `copied ${copied} questions into campaign ${campaignId}`, changes: { source, copied } },
    };
  },
  revalidate: (input) => campaignPaths(input.campaignId),
  successMessage: (t) => t.reports.questions.copied,
});
