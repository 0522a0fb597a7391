import "server-only";
import * as clock from "@/lib/clock";
import { can, canOn, hasNationalScope, type Actor } from "@/lib/permissions";
import { getReport, reportExists } from "./queries";
import { reviewOf } from "./review-queries";
import { editableReportStatuses } from "./schemas";

/**
 * A report's page for one viewer, in one read: the report with its campaign, body and questions,
 * its history of versions and decisions, and what the viewer may do with it. `null` when there is
 * no such report in that campaign, "forbidden" when it exists but lies outside the viewer's scope.
 */
export async function reportPage(viewer: Actor, campaignId: number, reportId: number) {
  const [detail, history] = await Promise.all([getReport(viewer, reportId), reviewOf(viewer, reportId)]);
  if (!detail || !history) return (await reportExists(reportId)) ? ("forbidden" as const) : null;
  if (detail.campaign.id !== campaignId) return null;
  const { report, campaign } = detail;
  return {
    ...detail,
    history,
    now: clock.now(),
    writable: canOn(viewer, "report.file", report) && campaign.status === "open" && editableReportStatuses.includes(report.status),
    /** The Bureau reads first, and fills a report in only when it asks to. */
    national: hasNationalScope(viewer),
    reviewer: can(viewer, "report.review"),
    /** The Bureau's decision the officer has to answer: the last one, while the report stays returned. */
    returned: detail.lastReview?.decision === "returned" && report.status === "returned" ? detail.lastReview : null,
  };
}
