import "server-only";
import { asc, eq, max } from "drizzle-orm";
import type { Transaction } from "@/db";
import { campaignQuestions, evaluationCampaigns } from "@/db/schema";
import { ActionError } from "@/lib/action";
import { getDictionary } from "@/lib/i18n";
import type { TemplateSource } from "./schemas";

// Shared by the campaign and question mutations (campaign-actions.ts, campaign-question-actions.ts).

type ReportErrors = Awaited<ReturnType<typeof getDictionary>>["t"]["reports"]["errors"];

export async function sentence(key: keyof ReportErrors) {
  const { t } = await getDictionary();
  return t.reports.errors[key];
}

export const campaignPaths = (id?: number) => ["/reports", ...(id ? [`/reports/campaigns/${id}`] : [])];

/** The campaign, its row locked so that concurrent edits of one campaign queue up. */
export async function lockedCampaign(tx: Transaction, id: number) {
  const [campaign] = await tx.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.id, id)).for("update").limit(1);
  if (!campaign) throw new ActionError("notFound");
  return campaign;
}

export async function draftCampaign(tx: Transaction, id: number) {
  const campaign = await lockedCampaign(tx, id);
  if (campaign.status !== "draft") throw new ActionError(await sentence("questionsLocked"));
  return campaign;
}

/** The questions of a template source, ready to append to a campaign after `after`. */
async function templateQuestions(tx: Transaction, source: TemplateSource) {
  if (source === "standard") {
    const { t } = await getDictionary();
    const tpl = t.reports.template;
    const numbers = [tpl.candidates, tpl.votes, tpl.seats, tpl.turnout];
    const texts = [tpl.wentWell, tpl.wentBadly, tpl.why, tpl.proposals];
    return [
      ...numbers.map((q) => ({ kind: "number" as const, label: q.label, help: q.help || null, required: true })),
      ...texts.map((q, i) => ({ kind: "text" as const, label: q.label, help: q.help || null, required: i !== 2 })),
    ];
  }
  return tx
    .select({ kind: campaignQuestions.kind, label: campaignQuestions.label, help: campaignQuestions.help, required: campaignQuestions.required })
    .from(campaignQuestions)
    .where(eq(campaignQuestions.campaignId, source))
    .orderBy(asc(campaignQuestions.position), asc(campaignQuestions.id));
}

export async function appendQuestions(tx: Transaction, campaignId: number, source: TemplateSource, field: string): Promise<number> {
  const questions = await templateQuestions(tx, source);
  if (questions.length === 0) throw new ActionError(await sentence("sourceEmpty"), field);
  const [{ last }] = await tx.select({ last: max(campaignQuestions.position) }).from(campaignQuestions).where(eq(campaignQuestions.campaignId, campaignId));
  await tx.insert(campaignQuestions).values(questions.map((q, i) => ({ ...q, campaignId, position: (last ?? 0) + i + 1 })));
  return questions.length;
}
