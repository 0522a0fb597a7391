"use server";

import { eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { campaignQuestions, evaluationCampaigns, evaluationReports, provinces, regions, reportReviews } from "@/db/schema";
import { ActionError, mutation, type ActionState } from "@/lib/action";
import { getDictionary } from "@/lib/i18n";
import { notifyEach } from "@/lib/notifications/localized";
import { reportAcceptedNotice, reportHref, reportReturnedNotice } from "@/lib/notifications/messages";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import { officersCovering } from "./compliance-queries";
import { reviewReportSchema } from "./review-schemas";
import * as clock from "@/lib/clock";

type ReviewInput = typeof reviewReportSchema._output;

async function sentence(key: "notSubmitted" | "staleVersion" | "commentRequired" | "unknownQuestion") {
  const { t } = await getDictionary();
  return t.reports.reviewPanel.errors[key];
}

/** The report, locked for the decision, with its campaign and the name of its body. */
async function lockedReport(tx: Transaction, reportId: number) {
  const [row] = await tx
    .select({
      report: evaluationReports,
      campaignTitle: evaluationCampaigns.title,
      regionNameAr: regions.nameAr,
      regionNameFr: regions.nameFr,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
    })
    .from(evaluationReports)
    .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
    .innerJoin(regions, eq(regions.id, evaluationReports.regionId))
    .leftJoin(provinces, eq(provinces.id, evaluationReports.provinceId))
    .where(eq(evaluationReports.id, reportId))
    .limit(1)
    .for("update", { of: evaluationReports });
  return row ?? null;
}

const scopeOfReport = async (input: ReviewInput, { tx }: { tx: Transaction }) => {
  const [row] = await tx
    .select({ regionId: evaluationReports.regionId, provinceId: evaluationReports.provinceId })
    .from(evaluationReports)
    .where(eq(evaluationReports.id, input.reportId))
    .limit(1);
  return row ? [row] : null;
};

/**
 * The Bureau's decision on a submitted report: accepted, or returned with a general comment (which a
 * return requires) and comments by question. The decision is kept with the version it was made on,
 * and the officers of the body — its province's officer and its region's — are notified.
 */
async function decide(tx: Transaction, reviewerId: number, input: ReviewInput, decision: "accepted" | "returned") {
  const row = await lockedReport(tx, input.reportId);
  if (!row) throw new ActionError("notFound");
  const { report } = row;
  if (decision === "returned" && !input.comment) throw new ActionError(await sentence("commentRequired"), "comment");
  if (report.status !== "submitted") throw new ActionError(await sentence("notSubmitted"));
  if (report.version !== input.version) throw new ActionError(await sentence("staleVersion"));

  const questionIds = new Set(
    (await tx.select({ id: campaignQuestions.id }).from(campaignQuestions).where(eq(campaignQuestions.campaignId, report.campaignId))).map((q) =>
      String(q.id),
    ),
  );
  const unknown = Object.keys(input.questionComments).find((id) => !questionIds.has(id));
  if (unknown) throw new ActionError(await sentence("unknownQuestion"), `questionComment.${unknown}`);

  const now = clock.now();
  await tx.insert(reportReviews).values({
    reportId: report.id,
    version: report.version,
    decision,
    comment: input.comment,
    questionComments: input.questionComments,
    reviewerId,
    at: now,
  });
  await tx
    .update(evaluationReports)
    .set({ status: decision, acceptedAt: decision === "accepted" ? now : null, updatedAt: now })
    .where(eq(evaluationReports.id, report.id));

  const body = row.provinceNameAr ?? row.regionNameAr;
  const officers = await officersCovering(tx, [{ regionId: report.regionId, provinceId: report.provinceId }]);
  const names = { provinceNameAr: row.provinceNameAr, provinceNameFr: row.provinceNameFr, regionNameAr: row.regionNameAr, regionNameFr: row.regionNameFr };
  const about = { campaignId: report.campaignId, campaignTitle: row.campaignTitle, reportId: report.id, version: report.version, body: names };
  const notified = await notifyEach(
    tx,
    officers.map((o) => o.id),
    (t, locale) => (decision === "returned" ? reportReturnedNotice(t, locale, { ...about, comment: input.comment! }) : reportAcceptedNotice(t, locale, about)),
  );

  return {
    audit: {
      action: decision === "returned" ? "report.return" : "report.accept",
      entity: "evaluation_report",
      entityId: report.id,
      summary: `${decision} version ${report.version} of the report of ${body} (${row.campaignTitle})`,
      changes: {
        version: report.version,
        status: { from: report.status, to: decision },
        comment: input.comment,
        questionComments: input.questionComments,
        notified,
      },
    },
    result: { campaignId: report.campaignId, reportId: report.id },
  };
}

const reviewPaths = (result: { campaignId: number; reportId: number } | undefined) =>
  result ? ["/reports", "/reports/compliance", reportHref(result.campaignId, result.reportId), `/reports/${result.campaignId}/synthesis`] : [];

/** Returns a submitted report to its officers with comments (audited `report.return`); their emails go once it commits. */
export const returnReport = mutation({
  schema: reviewReportSchema,
  permission: "report.review",
  scope: scopeOfReport,
  run: (input, { tx, user, afterCommit }) => {
    afterCommit(enqueueEmailsAfterCommit);
    return decide(tx, user.id, input, "returned");
  },
  revalidate: (_input, result) => reviewPaths(result),
  successMessage: (t) => t.reports.reviewPanel.returned,
});

/** Accepts a submitted report (audited `report.accept`); the officers' emails go once it commits. */
export const acceptReport = mutation({
  schema: reviewReportSchema,
  permission: "report.review",
  scope: scopeOfReport,
  run: (input, { tx, user, afterCommit }) => {
    afterCommit(enqueueEmailsAfterCommit);
    return decide(tx, user.id, input, "accepted");
  },
  revalidate: (_input, result) => reviewPaths(result),
  successMessage: (t) => t.reports.reviewPanel.accepted,
});

/** The review form's one action: its two buttons say which decision. */
export async function reviewReport(previous: ActionState | null, formData: FormData): Promise<ActionState> {
  return formData.get("decision") === "return" ? returnReport(previous, formData) : acceptReport(previous, formData);
}
