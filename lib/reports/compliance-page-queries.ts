import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/db";
import * as clock from "@/lib/clock";
import { can, hasNationalScope, type Actor } from "@/lib/permissions";
import { allRegions, complianceBodies, complianceByRegion, complianceCampaign, complianceCampaigns, deadlineEnd, lateBodies, officersCovering } from "./compliance-queries";

/**
 * Everything the compliance page shows for one viewer, in one read: the campaigns they may follow,
 * the chosen one (the open one by default) by region, one region's bodies when asked, and the late
 * bodies with their officers. `campaign: null` when there is none to follow; a campaign or region
 * outside the viewer's scope is the 404 page.
 */
export async function compliancePage(viewer: Actor, params: { campaignId: number | null; regionId: number | null }) {
  const campaigns = await complianceCampaigns(viewer);
  if (campaigns.length === 0) return { campaigns, campaign: null } as const;
  const chosen = params.campaignId ?? (campaigns.find((x) => x.status === "open") ?? campaigns[0]).id;
  const campaign = await complianceCampaign(viewer, chosen);
  const [{ rows, total }, regions] = await Promise.all([complianceByRegion(viewer, campaign), allRegions()]);
  const region = params.regionId ? rows.find((x) => x.regionId === params.regionId) : null;
  if (params.regionId && !region) notFound();
  const now = clock.now();
  const late = (await lateBodies(viewer, campaign, now)).filter((b) => !params.regionId || b.regionId === params.regionId);
  const officers = await officersCovering(db, late);
  const bodies = region ? await complianceBodies(viewer, campaign, { regionId: region.regionId }) : [];
  return {
    campaigns,
    campaign,
    rows,
    total,
    regions,
    region: region ?? null,
    now,
    deadlinePassed: now.getTime() >= deadlineEnd(campaign.deadline).getTime(),
    late,
    officers,
    bodies,
    /** An officer's figures are their scope's: the page says so. */
    national: hasNationalScope(viewer),
    canRemind: can(viewer, "report.review") && campaign.status === "open",
  };
}
