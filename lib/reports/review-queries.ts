import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { cache } from "react";
import { db } from "@/db";
import { campaignQuestions, evaluationCampaigns, evaluationReports, provinces, regions, reportReviews, reportRevisions, users } from "@/db/schema";
import { can, inScope, type Actor } from "@/lib/permissions";

const HISTORY_LIMIT = 50;

/**
 * A report as its reviewer (or its officer) sees it: the report, its campaign, its questions, every
 * submitted version and every decision of the Bureau with its comments. Null when the report does
 * not exist or lies outside the viewer's scope; five bounded queries.
 */
export const reviewOf = cache(async (viewer: Actor, reportId: number) => {
  if (!can(viewer, "report.read")) return null;
  const [row] = await db
    .select({
      report: evaluationReports,
      campaign: { id: evaluationCampaigns.id, title: evaluationCampaigns.title, deadline: evaluationCampaigns.deadline, status: evaluationCampaigns.status },
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
    .limit(1);
  if (!row || !inScope(viewer, { regionId: row.report.regionId, provinceId: row.report.provinceId })) return null;

  const savedBy = alias(users, "saved_by");
  const reviewer = alias(users, "reviewer");
  const [questions, submissions, [{ drafts }], reviews] = await Promise.all([
    db.select().from(campaignQuestions).where(eq(campaignQuestions.campaignId, row.report.campaignId)).orderBy(asc(campaignQuestions.position)),
    db
      .select({
        id: reportRevisions.id,
        version: reportRevisions.version,
        meetingHeldOn: reportRevisions.meetingHeldOn,
        attendance: reportRevisions.attendance,
        answers: reportRevisions.answers,
        savedAt: reportRevisions.savedAt,
        savedByName: savedBy.name,
      })
      .from(reportRevisions)
      .leftJoin(savedBy, eq(savedBy.id, reportRevisions.savedById))
      .where(and(eq(reportRevisions.reportId, reportId), eq(reportRevisions.kind, "submitted")))
      .orderBy(desc(reportRevisions.version))
      .limit(HISTORY_LIMIT),
    db
      .select({ drafts: count() })
      .from(reportRevisions)
      .where(and(eq(reportRevisions.reportId, reportId), eq(reportRevisions.kind, "draft"))),
    db
      .select({
        id: reportReviews.id,
        version: reportReviews.version,
        decision: reportReviews.decision,
        comment: reportReviews.comment,
        questionComments: reportReviews.questionComments,
        at: reportReviews.at,
        reviewerName: reviewer.name,
      })
      .from(reportReviews)
      .leftJoin(reviewer, eq(reviewer.id, reportReviews.reviewerId))
      .where(eq(reportReviews.reportId, reportId))
      .orderBy(desc(reportReviews.at), desc(reportReviews.id))
      .limit(HISTORY_LIMIT),
  ]);
  return { ...row, questions, submissions, drafts, reviews };
});

export type ReviewData = NonNullable<Awaited<ReturnType<typeof reviewOf>>>;
export type HistorySubmission = ReviewData["submissions"][number];
export type HistoryReview = ReviewData["reviews"][number];

/** Submissions and decisions as one timeline, newest first. */
export function timeline(data: Pick<ReviewData, "submissions" | "reviews">) {
  const events = [
    ...data.submissions.map((s) => ({ kind: "submission" as const, at: s.savedAt, version: s.version, submission: s })),
    ...data.reviews.map((r) => ({ kind: "review" as const, at: r.at, version: r.version, review: r })),
  ];
  // a decision on a version comes after its submission, even if recorded in the same instant
  return events.sort((a, b) => b.at.getTime() - a.at.getTime() || b.version - a.version || (a.kind === "review" ? -1 : 1));
}
