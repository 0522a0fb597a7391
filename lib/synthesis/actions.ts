"use server";

import { and, eq, ne } from "drizzle-orm";
import type { Transaction } from "@/db";
import { campaignQuestions, evaluationCampaigns, synthesisReports, synthesisVersions } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { getDictionary } from "@/lib/i18n";
import { finalizeSynthesisSchema, fixedSections, saveSynthesisSchema } from "./schemas";
import * as clock from "@/lib/clock";

async function sentence(key: "final" | "stale" | "unknownSection" | "nothingToFinalize") {
  const { t } = await getDictionary();
  return t.reports.synthesis.errors[key];
}

async function campaignOf(tx: Transaction, campaignId: number) {
  const [campaign] = await tx
    .select({ id: evaluationCampaigns.id, title: evaluationCampaigns.title })
    .from(evaluationCampaigns)
    .where(and(eq(evaluationCampaigns.id, campaignId), ne(evaluationCampaigns.status, "draft")))
    .limit(1);
  if (!campaign) throw new ActionError("notFound");
  return campaign;
}

async function lockedSynthesis(tx: Transaction, campaignId: number) {
  const [row] = await tx.select().from(synthesisReports).where(eq(synthesisReports.campaignId, campaignId)).limit(1).for("update");
  return row ?? null;
}

const synthesisPaths = (campaignId: number) => [`/reports/${campaignId}/synthesis`, `/print/synthesis/${campaignId}`];

/** Saves the Bureau's text as a new version (every save is kept); refused once the synthesis is final. */
export const saveSynthesis = mutation({
  schema: saveSynthesisSchema,
  permission: "synthesis.manage",
  async run(input, { tx, user }) {
    const campaign = await campaignOf(tx, input.campaignId);
    const questionIds = new Set(
      (await tx.select({ id: campaignQuestions.id }).from(campaignQuestions).where(eq(campaignQuestions.campaignId, campaign.id))).map((q) => String(q.id)),
    );
    const unknown = Object.keys(input.sections).find((key) => !(fixedSections as readonly string[]).includes(key) && !questionIds.has(key));
    if (unknown) throw new ActionError(await sentence("unknownSection"), `sections.${unknown}`);

    // the first save creates the synthesis; two first saves at once meet the unique index on the campaign
    let synthesis = await lockedSynthesis(tx, campaign.id);
    if (!synthesis) {
      [synthesis] = await tx.insert(synthesisReports).values({ campaignId: campaign.id }).returning();
    }
    if (synthesis.status === "final") throw new ActionError(await sentence("final"));
    if (synthesis.version !== input.version) throw new ActionError(await sentence("stale"));

    const version = synthesis.version + 1;
    const now = clock.now();
    await tx.update(synthesisReports).set({ version, sections: input.sections, updatedAt: now }).where(eq(synthesisReports.id, synthesis.id));
    await tx.insert(synthesisVersions).values({ synthesisId: synthesis.id, version, sections: input.sections, savedById: user.id, savedAt: now });
    return {
      audit: {
        action: "synthesis.save",
        entity: "synthesis_report",
        entityId: synthesis.id,
        summary: `saved version ${version} of the synthesis of "${campaign.title}"`,
        changes: { campaignId: campaign.id, version, sections: Object.keys(input.sections), characters: Object.values(input.sections).join("").length },
      },
      result: version,
    };
  },
  revalidate: (input) => synthesisPaths(input.campaignId),
  successMessage: (t) => t.reports.synthesis.saved,
});

/** Makes the synthesis final: from then on it is read only. */
export const finalizeSynthesis = mutation({
  schema: finalizeSynthesisSchema,
  permission: "synthesis.manage",
  async run(input, { tx }) {
    const campaign = await campaignOf(tx, input.campaignId);
    const synthesis = await lockedSynthesis(tx, campaign.id);
    if (!synthesis || synthesis.version === 0) throw new ActionError(await sentence("nothingToFinalize"));
    if (synthesis.status === "final") throw new ActionError(await sentence("final"));
    if (synthesis.version !== input.version) throw new ActionError(await sentence("stale"));
    const now = clock.now();
    await tx.update(synthesisReports).set({ status: "final", finalizedAt: now, updatedAt: now }).where(eq(synthesisReports.id, synthesis.id));
    return {
      audit: {
        action: "synthesis.finalize",
        entity: "synthesis_report",
        entityId: synthesis.id,
        summary: `finalized version ${synthesis.version} of the synthesis of "${campaign.title}"`,
        changes: { campaignId: campaign.id, version: synthesis.version, status: { from: "draft", to: "final" } },
      },
      result: synthesis.version,
    };
  },
  revalidate: (input) => synthesisPaths(input.campaignId),
  successMessage: (t) => t.reports.synthesis.finalized,
});
