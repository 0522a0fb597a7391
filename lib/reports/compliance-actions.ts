"use server";

import { and, eq } from "drizzle-orm";
import { evaluationCampaigns, provinces } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/intl";
import { todayInMorocco } from "@/lib/i18n/format";
import { notifyEach } from "@/lib/notifications/localized";
import { lateReminderNotice } from "@/lib/notifications/messages";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import { answersFor, complianceBodies, deadlineEnd, officersCovering } from "./compliance-queries";
import { remindSchema } from "./review-schemas";
import * as clock from "@/lib/clock";

async function sentence(key: "notLate" | "noOfficers" | "closed") {
  const { t } = await getDictionary();
  return t.reports.compliance.errors[key];
}

/** The remind buttons: the message says how many officers were told (none when already reminded today). */
export const remindLate = mutation({
  schema: remindSchema,
  permission: "report.review",
  async scope(input, { tx }) {
    if (!input.regionId) return [];
    if (!input.provinceId) return [{ regionId: input.regionId }];
    const [row] = await tx
      .select({ regionId: provinces.regionId, provinceId: provinces.id })
      .from(provinces)
      .where(and(eq(provinces.id, input.provinceId), eq(provinces.regionId, input.regionId)))
      .limit(1);
    return row ? [row] : null;
  },
  /**
   * Reminds the officers of bodies that still owe their report after the deadline: one body, or all
   * of them. Each officer is reminded of a body at most once a day (the notice's dedupe key).
   */
  async run(input, { tx, user, afterCommit }) {
    const [campaign] = await tx.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.id, input.campaignId)).limit(1);
    if (!campaign || campaign.status === "draft") throw new ActionError("notFound");
    if (campaign.status === "closed") throw new ActionError(await sentence("closed"));
    if (clock.now().getTime() < deadlineEnd(campaign.deadline).getTime()) throw new ActionError(await sentence("notLate"));
    const late = (await complianceBodies(user, campaign, { regionId: input.regionId, owingOnly: true, executor: tx })).filter(
      (b) => !input.regionId || b.provinceId === (input.provinceId ?? null),
    );
    if (late.length === 0) throw new ActionError(await sentence("notLate"));
    const officers = await officersCovering(tx, late);
    if (officers.length === 0) throw new ActionError(await sentence("noOfficers"));
    afterCommit(enqueueEmailsAfterCommit);

    const today = todayInMorocco();
    let notified = 0;
    for (const body of late) {
      const recipients = officers.filter((o) => answersFor(o, body)).map((o) => o.id);
      notified += await notifyEach(tx, recipients, (t, locale) =>
        lateReminderNotice(t, locale, {
          campaignId: campaign.id,
          campaignTitle: campaign.title,
          deadline: campaign.deadline,
          reportId: body.reportId,
          body,
          bodyKey: `${body.regionId}-${body.provinceId ?? 0}`,
          today,
        }),
      );
    }
    return {
      audit: {
        action: "report.remind",
        entity: "evaluation_campaign",
        entityId: campaign.id,
        summary: `reminded the officers of ${late.length} late bodies of "${campaign.title}" (${notified} notices)`,
        changes: { bodies: late.map((b) => `${b.regionId}-${b.provinceId ?? 0}`), notified },
      },
      result: notified,
    };
  },
  revalidate: (input) => ["/reports/compliance", `/reports/compliance?campaign=${input.campaignId}`],
  successMessage: (t, count, locale) => (count ? plural(count, t.reports.compliance.reminded, locale) : t.reports.compliance.alreadyReminded),
});
