"use server";

import { and, asc, count, eq, inArray, isNull, or } from "drizzle-orm";
import type { Transaction } from "@/db";
import { campaignQuestions, campaignTerritories, evaluationCampaigns, evaluationReports, provinces, regions, users } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { dictionaryFor, fill } from "@/lib/i18n";
import { formatDate, todayInMorocco } from "@/lib/i18n/format";
import { notify } from "@/lib/notifications/notify";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import { appendQuestions, campaignPaths, lockedCampaign, sentence } from "./campaign-guards";
import { campaignIdSchema, createCampaignSchema, updateCampaignSchema } from "./schemas";
import * as clock from "@/lib/clock";

// حملات التقييم: the Bureau's campaigns, from draft to open (the bodies' reports created) to closed.
// Their questions: campaign-questions.ts.

interface CampaignInput {
  level: "provincial" | "regional";
  allTerritories: boolean;
  regionIds: number[];
  opensOn: string;
  deadline: string;
  synthesisMeetingOn: string | null;
}

/** Dates in order and territories chosen; the regions kept are exactly the ones that exist. */
async function checkCampaign(tx: Transaction, input: CampaignInput): Promise<number[]> {
  if (input.deadline < input.opensOn) throw new ActionError(await sentence("deadlineBeforeOpening"), "deadline");
  if (input.synthesisMeetingOn && input.synthesisMeetingOn < input.deadline) throw new ActionError(await sentence("synthesisBeforeDeadline"), "synthesisMeetingOn");
  if (input.allTerritories) return [];
  if (input.regionIds.length === 0) throw new ActionError(await sentence("regionsRequired"), "regionIds");
  const found = await tx.select({ id: regions.id }).from(regions).where(inArray(regions.id, input.regionIds));
  if (found.length !== input.regionIds.length) throw new ActionError("choice", "regionIds");
  return [...input.regionIds].sort((a, b) => a - b);
}

export const createCampaign = mutation({
  schema: createCampaignSchema,
  permission: "campaign.manage",
  async run({ copyFrom, regionIds: _ids, ...input }, { tx }) {
    const regionIds = await checkCampaign(tx, { ...input, regionIds: _ids });
    const [campaign] = await tx
      .insert(evaluationCampaigns)
      .values({ ...input, copiedFromId: typeof copyFrom === "number" ? copyFrom : null })
      .returning({ id: evaluationCampaigns.id });
    if (regionIds.length) await tx.insert(campaignTerritories).values(regionIds.map((regionId) => ({ campaignId: campaign.id, regionId })));
    const copied = copyFrom ? await appendQuestions(tx, campaign.id, copyFrom, "copyFrom") : 0;
    return {
      audit: {
        action: "campaign.create",
        entity: "evaluation_campaign",
        entityId: campaign.id,
        summary: `created evaluation campaign "${input.title}"`,
        changes: { ...input, regionIds, copyFrom, questionsCopied: copied },
      },
      result: campaign.id,
    };
  },
  revalidate: (_input, id) => campaignPaths(id),
  redirectTo: (_input, id) => `/reports/campaigns/${id}?created=campaign`,
});

export const updateCampaign = mutation({
  schema: updateCampaignSchema,
  permission: "campaign.manage",
  async run({ id, regionIds: ids, ...input }, { tx }) {
    const before = await lockedCampaign(tx, id);
    if (before.status === "closed") throw new ActionError(await sentence("campaignClosed"));
    const regionIds = await checkCampaign(tx, { ...input, regionIds: ids });
    const beforeRegions = (await tx.select({ id: campaignTerritories.regionId }).from(campaignTerritories).where(eq(campaignTerritories.campaignId, id)))
      .map((r) => r.id)
      .sort((a, b) => a - b);
    const territoriesChanged = before.allTerritories !== input.allTerritories || beforeRegions.join() !== regionIds.join();
    // the reports exist once a campaign is open: who owes one and since when no longer changes
    if (before.status === "open" && (before.level !== input.level || before.opensOn !== input.opensOn || territoriesChanged)) {
      throw new ActionError(await sentence("lockedWhileOpen"));
    }
    await tx.update(evaluationCampaigns).set({ ...input, updatedAt: clock.now() }).where(eq(evaluationCampaigns.id, id));
    if (territoriesChanged) {
      await tx.delete(campaignTerritories).where(eq(campaignTerritories.campaignId, id));
      if (regionIds.length) await tx.insert(campaignTerritories).values(regionIds.map((regionId) => ({ campaignId: id, regionId })));
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, to] of Object.entries(input)) {
      const from = before[key as keyof typeof before] ?? null;
      if (from !== to) changes[key] = { from, to };
    }
    if (territoriesChanged) changes.regionIds = { from: beforeRegions, to: regionIds };
    return { audit: { action: "campaign.update", entity: "evaluation_campaign", entityId: id, summary: `updated evaluation campaign "${input.title}"`, changes } };
  },
  revalidate: (input) => campaignPaths(input.id),
  successMessage: (t) => t.reports.campaign.saved,
});

/** The bodies a campaign asks: every province of its regions (provincial), or the regions themselves. */
async function targetBodies(tx: Transaction, campaign: { id: number; level: "provincial" | "regional"; allTerritories: boolean }) {
  const chosen = campaign.allTerritories
    ? undefined
    : inArray(regions.id, tx.select({ id: campaignTerritories.regionId }).from(campaignTerritories).where(eq(campaignTerritories.campaignId, campaign.id)));
  if (campaign.level === "regional") {
    const rows = await tx.select({ regionId: regions.id }).from(regions).where(chosen).orderBy(asc(regions.id));
    return rows.map((r) => ({ regionId: r.regionId, provinceId: null as number | null }));
  }
  return tx
    .select({ regionId: provinces.regionId, provinceId: provinces.id })
    .from(provinces)
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(chosen)
    .orderBy(asc(provinces.id));
}

/** The officers whose scope holds one of the bodies; a province's officer files no regional report. */
async function officersOf(tx: Transaction, level: "provincial" | "regional", bodies: { regionId: number; provinceId: number | null }[]) {
  const regionIds = [...new Set(bodies.map((b) => b.regionId))];
  const provinceIds = bodies.flatMap((b) => (b.provinceId ? [b.provinceId] : []));
  return tx
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.role, "officer"),
        eq(users.active, true),
        or(
          and(isNull(users.scopeProvinceId), inArray(users.scopeRegionId, regionIds)),
          level === "provincial" && provinceIds.length ? inArray(users.scopeProvinceId, provinceIds) : undefined,
        ),
      ),
    );
}

export const openCampaign = mutation({
  schema: campaignIdSchema,
  permission: "campaign.manage",
  async run({ id }, { tx, afterCommit }) {
    const campaign = await lockedCampaign(tx, id);
    if (campaign.status !== "draft") throw new ActionError(await sentence("notDraft"));
    const [{ questions }] = await tx.select({ questions: count() }).from(campaignQuestions).where(eq(campaignQuestions.campaignId, id));
    if (questions === 0) throw new ActionError(await sentence("noQuestions"));
    if (campaign.deadline < todayInMorocco()) throw new ActionError(await sentence("deadlinePassed"), "deadline");
    const bodies = await targetBodies(tx, campaign);
    // one statement for all the bodies: a national provincial campaign is 75 reports
    const created = await tx
      .insert(evaluationReports)
      .values(bodies.map((b) => ({ campaignId: id, regionId: b.regionId, provinceId: b.provinceId })))
      .onConflictDoNothing()
      .returning({ id: evaluationReports.id });
    await tx.update(evaluationCampaigns).set({ status: "open", openedAt: clock.now(), updatedAt: clock.now() }).where(eq(evaluationCampaigns.id, id));
    const officers = await officersOf(tx, campaign.level, bodies);
    for (const locale of ["ar", "fr"] as const) {
      const recipients = officers.filter((o) => (o.locale ?? "ar") === locale).map((o) => o.id);
      const n = dictionaryFor(locale).reports.notices;
      await notify(tx, recipients, {
        kind: "campaign.opened",
        title: fill(n.openedTitle, { title: campaign.title }),
        body: fill(n.openedBody, { date: formatDate(campaign.deadline, locale) }),
        href: "/reports",
        dedupeKey: `opened:campaign:${id}`,
      });
    }
    afterCommit(enqueueEmailsAfterCommit);
    return {
      audit: {
        action: "campaign.open",
        entity: "evaluation_campaign",
        entityId: id,
        summary: `opened evaluation campaign "${campaign.title}": ${created.length} reports`,
        changes: { status: { from: "draft", to: "open" }, reports: created.length, officersNotified: officers.length },
      },
    };
  },
  revalidate: (input) => campaignPaths(input.id),
  successMessage: (t) => t.reports.campaign.opened,
});

export const closeCampaign = mutation({
  schema: campaignIdSchema,
  permission: "campaign.manage",
  async run({ id }, { tx }) {
    const campaign = await lockedCampaign(tx, id);
    if (campaign.status !== "open") throw new ActionError(await sentence("notOpen"));
    await tx.update(evaluationCampaigns).set({ status: "closed", closedAt: clock.now(), updatedAt: clock.now() }).where(eq(evaluationCampaigns.id, id));
    return {
      audit: { action: "campaign.close", entity: "evaluation_campaign", entityId: id, summary: `closed evaluation campaign "${campaign.title}"`, changes: { status: { from: "open", to: "closed" } } },
    };
  },
  revalidate: (input) => campaignPaths(input.id),
  successMessage: (t) => t.reports.campaign.closedDone,
});
