import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { cache } from "react";
import { db } from "@/db";
import { campaignQuestions, evaluationCampaigns, evaluationReports, provinces, regions, reportReviews, reportRevisions, users } from "@/db/schema";
import { boundedTotal, keysetClauses, keysetCursorFrom, keysetResult, LIST_COUNT_BOUND, type KeysetOrder } from "@/lib/pagination/keyset";
import { can, inScope, type Actor } from "@/lib/permissions";
import { reportScopeCondition } from "./queries";

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

// ——— the reports waiting for the Bureau's decision ———

export const REVIEW_QUEUE_PAGE_SIZE = 20;

/**
 * A report waits for review once submitted, until accepted or returned; the queue holds those of
 * open campaigns (found through evaluation_campaigns (status, deadline), then each campaign's
 * reports by evaluation_reports (campaign_id, status)), so it never reads the closed history.
 */
function reviewQueueCondition(viewer: Actor): SQL | undefined {
  return and(eq(evaluationCampaigns.status, "open"), eq(evaluationReports.status, "submitted"), reportScopeCondition(viewer));
}

/** Nearest deadline first, then the campaign, then the report: the order of the campaigns' own keys. */
const reviewQueueOrder: KeysetOrder = {
  parts: [
    { column: evaluationCampaigns.deadline, kind: "d" },
    { column: evaluationCampaigns.id, kind: "i" },
    { column: evaluationReports.id, kind: "i" },
  ],
  direction: "asc",
};

/** How many reports wait for review, counted up to LIST_COUNT_BOUND: the queue's own condition. */
export async function reviewQueueTotal(viewer: Actor) {
  if (!can(viewer, "report.review")) return { count: 0, atLeast: false };
  return boundedTotal(
    db
      .select({ one: sql`1` })
      .from(evaluationReports)
      .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
      .where(reviewQueueCondition(viewer))
      .limit(LIST_COUNT_BOUND + 1)
      .as("bounded"),
  );
}

/** One page of the reports waiting for review, by keyset after or before a cursor, and their total. */
export async function listReviewQueue(viewer: Actor, page: { after?: string; before?: string } = {}) {
  if (!can(viewer, "report.review")) {
    return { rows: [], total: { count: 0, atLeast: false }, hasPrevious: false, hasNext: false, previousCursor: null, nextCursor: null };
  }
  const cursor = keysetCursorFrom(reviewQueueOrder, page.after, page.before);
  const keyed = keysetClauses(reviewQueueOrder, cursor);
  const [read, total] = await Promise.all([
    db
      .select({
        reportId: evaluationReports.id,
        status: evaluationReports.status,
        submittedAt: evaluationReports.submittedAt,
        campaignId: evaluationCampaigns.id,
        campaignTitle: evaluationCampaigns.title,
        deadline: evaluationCampaigns.deadline,
        regionNameAr: regions.nameAr,
        regionNameFr: regions.nameFr,
        provinceNameAr: provinces.nameAr,
        provinceNameFr: provinces.nameFr,
      })
      .from(evaluationReports)
      .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
      .innerJoin(regions, eq(regions.id, evaluationReports.regionId))
      .leftJoin(provinces, eq(provinces.id, evaluationReports.provinceId))
      .where(and(reviewQueueCondition(viewer), keyed.where))
      .orderBy(...keyed.orderBy)
      .limit(REVIEW_QUEUE_PAGE_SIZE + 1),
    reviewQueueTotal(viewer),
  ]);
  return { ...keysetResult(read, REVIEW_QUEUE_PAGE_SIZE, cursor, (r) => [r.deadline, r.campaignId, r.reportId]), total };
}
export type ReviewQueueRow = Awaited<ReturnType<typeof listReviewQueue>>["rows"][number];
