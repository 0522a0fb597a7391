import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { overdueFollowUpCount } from "@/lib/diplomacy/queries";
import { todayInMorocco } from "@/lib/i18n/format";
import { outboxTotal } from "@/lib/notifications/outbox";
import { countPapers, papersToWrite } from "@/lib/papers/queries";
import { can } from "@/lib/permissions";
import { complianceByRegion, complianceCampaign, complianceCampaigns, doneOf } from "@/lib/reports/compliance-queries";
import { daysBetween } from "@/lib/reports/deadline";
import { todoDue } from "@/lib/reports/queries";
import { reviewQueueTotal } from "@/lib/reports/review-queries";
import { invitationCounts, pendingInvitations } from "@/lib/sessions/invitation-queries";
import { upcomingSessions } from "@/lib/sessions/queries";
import { workshopsOfMember } from "@/lib/sessions/workshop-queries";

/*
 * "What is mine to do now" at the top of the home page: one line per thing that waits on this
 * person, each with its count (or the days left) and the page where it is done. Every count is the
 * linked page's own: the same query, or the same condition shared with it. A fixed number of
 * queries per role, each on indexed columns and bounded whatever the history.
 */

export type NowLine =
  /** an open campaign whose reports the officer's bodies have yet to write (not started or draft) */
  | { kind: "reportsToWrite"; campaignTitle: string; count: number; daysLeft: number; href: string }
  /** reports of an open campaign the Bureau returned to correct */
  | { kind: "reportsReturned"; campaignTitle: string; count: number; daysLeft: number; href: string }
  /** the viewer's workshop in the next session they take part in */
  | { kind: "workshop"; number: number; title: string; sessionOrdinal: number; daysLeft: number; href: string }
  /** a working paper the viewer is named to write, not yet sent */
  | { kind: "paperToWrite"; title: string; daysLeft: number; href: string }
  | { kind: "reportsToReview"; count: number; atLeast: boolean; href: string }
  | { kind: "papersToReview"; count: number; atLeast: boolean; href: string }
  /** the open campaign's progress: how many of its bodies sent their report */
  | { kind: "campaignProgress"; campaignTitle: string; done: number; total: number; daysLeft: number; href: string }
  /** the answers to the invitations of the next convened session */
  | { kind: "rsvps"; sessionOrdinal: number; attending: number; excused: number; none: number; href: string }
  | { kind: "overdueFollowUps"; count: number; href: string }
  | { kind: "failedEmails"; count: number; atLeast: boolean; href: string };

export type PendingInvitations = Awaited<ReturnType<typeof pendingInvitations>>;

export interface WhatNow {
  /** the invitations waiting for an answer: answered on the home page itself */
  invitations: PendingInvitations;
  lines: NowLine[];
}

const reportHref = (campaignId: number, reportId: number | null) => (reportId ? `/reports/${campaignId}/reports/${reportId}` : "/reports");

/** An officer: the reports their bodies owe in open campaigns, and those returned to correct (the to-do of /reports). */
async function officerLines(user: CurrentUser, today: string): Promise<NowLine[]> {
  const due = await todoDue(user);
  const lines: NowLine[] = [];
  for (const c of due) {
    const daysLeft = daysBetween(today, c.deadline);
    if (c.returned) lines.push({ kind: "reportsReturned", campaignTitle: c.campaignTitle, count: c.returned, daysLeft, href: reportHref(c.campaignId, c.returnedReportId) });
    if (c.toWrite) lines.push({ kind: "reportsToWrite", campaignTitle: c.campaignTitle, count: c.toWrite, daysLeft, href: reportHref(c.campaignId, c.toWriteReportId) });
  }
  return lines;
}

/** A member: their workshops of the next session they take part in (/sessions/mine) and the papers they are to write (/assignments). */
async function memberLines(user: CurrentUser, today: string): Promise<NowLine[]> {
  if (user.memberId === null) return [];
  const [workshops, papers] = await Promise.all([
    can(user, "session.read") ? workshopsOfMember(user, { upcomingOnly: true, limit: 6 }) : [],
    can(user, "paper.write") ? papersToWrite(user) : [],
  ]);
  const next = workshops[0]?.sessionId;
  return [
    ...workshops
      .filter((w) => w.sessionId === next)
      .map(
        (w): NowLine => ({
          kind: "workshop",
          number: w.number,
          title: w.title,
          sessionOrdinal: w.ordinal,
          daysLeft: daysBetween(today, w.date),
          href: `/sessions/${w.sessionId}/workshops/${w.id}`,
        }),
      ),
    ...papers.map((p): NowLine => ({ kind: "paperToWrite", title: p.title, daysLeft: daysBetween(today, p.dueOn), href: `/assignments/${p.id}` })),
  ];
}

/**
 * The Bureau: the reports and papers waiting for its decision, the open campaign's progress (as
 * /reports/compliance shows it), the answers to the next convened session's invitations (as its
 * page shows them) and the overdue follow-ups of agreements (as /diplomacy lists them).
 */
async function bureauLines(user: CurrentUser, today: string): Promise<NowLine[]> {
  const [reports, papers, campaigns, sessions, followUps] = await Promise.all([
    reviewQueueTotal(user),
    countPapers(user, { status: "submitted" }),
    complianceCampaigns(user),
    can(user, "session.manage") ? upcomingSessions(user, 1) : [],
    can(user, "diplomacy.read") ? overdueFollowUpCount(user, today) : 0,
  ]);
  const open = campaigns.find((c) => c.status === "open");
  const [progress, rsvps] = await Promise.all([
    open ? complianceCampaign(user, open.id).then((campaign) => complianceByRegion(user, campaign)) : null,
    sessions[0] ? invitationCounts(sessions[0].id) : null,
  ]);
  const lines: NowLine[] = [];
  if (reports.count) lines.push({ kind: "reportsToReview", count: reports.count, atLeast: reports.atLeast, href: "/reports/review" });
  if (papers.count) lines.push({ kind: "papersToReview", count: papers.count, atLeast: papers.atLeast, href: "/assignments?status=submitted" });
  if (open && progress)
    lines.push({
      kind: "campaignProgress",
      campaignTitle: open.title,
      done: doneOf(progress.total),
      total: progress.total.total,
      daysLeft: daysBetween(today, open.deadline),
      href: `/reports/compliance?campaign=${open.id}`,
    });
  if (sessions[0] && rsvps && rsvps.none + rsvps.attending + rsvps.excused > 0)
    lines.push({ kind: "rsvps", sessionOrdinal: sessions[0].ordinal, ...rsvps, href: `/sessions/${sessions[0].id}#invitees` });
  if (followUps) lines.push({ kind: "overdueFollowUps", count: followUps, href: "/diplomacy" });
  return lines;
}

/** An admin: the emails that failed after every retry, to send again from /admin/outbox. */
async function adminLines(user: CurrentUser): Promise<NowLine[]> {
  const failed = await outboxTotal(user, "failed");
  return failed.count ? [{ kind: "failedEmails", count: failed.count, atLeast: failed.atLeast, href: "/admin/outbox?status=failed" }] : [];
}

/** What waits on this person now, by their role, and, for anyone linked to a member, what waits on that member. */
export async function whatNow(user: CurrentUser, now = clock.now()): Promise<WhatNow> {
  const today = todayInMorocco(now);
  const [invitations, byRole, mine] = await Promise.all([
    pendingInvitations(user),
    user.role === "officer" ? officerLines(user, today) : user.role === "bureau" ? bureauLines(user, today) : user.role === "admin" ? adminLines(user) : [],
    memberLines(user, today),
  ]);
  return { invitations, lines: [...byRole, ...mine] };
}
