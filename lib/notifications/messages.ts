import "server-only";
import { ar } from "@/lib/i18n/ar";
import { fill } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import type { Notice } from "./notify";

// Notices are stored once for all their readers, so they are written in the party's first language.
const t = ar.notifications.messages;

export const reportHref = (campaignId: number, reportId: number) => `/reports/${campaignId}/reports/${reportId}`;

export function reportReturnedNotice(args: { campaignId: number; campaignTitle: string; reportId: number; version: number; body: string; comment: string }): Notice {
  return {
    kind: "report.returned",
    title: fill(t.returnedTitle, { body: args.body }),
    body: `${args.campaignTitle}\n${args.comment}`,
    href: reportHref(args.campaignId, args.reportId),
    dedupeKey: `report.returned:${args.reportId}:${args.version}`,
  };
}

export function reportAcceptedNotice(args: { campaignId: number; campaignTitle: string; reportId: number; version: number; body: string }): Notice {
  return {
    kind: "report.accepted",
    title: fill(t.acceptedTitle, { body: args.body }),
    body: args.campaignTitle,
    href: reportHref(args.campaignId, args.reportId),
    dedupeKey: `report.accepted:${args.reportId}:${args.version}`,
  };
}

/** Once a day per body: a second reminder the same day is not sent. */
export function lateReminderNotice(args: { campaignId: number; campaignTitle: string; deadline: string; reportId: number | null; body: string; bodyKey: string; today: string }): Notice {
  return {
    kind: "campaign.reminder",
    title: fill(t.reminderTitle, { body: args.body }),
    body: fill(t.reminderBody, { campaign: args.campaignTitle, deadline: formatDate(args.deadline, "ar") }),
    href: args.reportId ? reportHref(args.campaignId, args.reportId) : "/reports",
    dedupeKey: `campaign.reminder:${args.campaignId}:${args.bodyKey}:${args.today}`,
  };
}
