import "server-only";
import { fill, type Dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { nameIn } from "@/lib/i18n/names";
import type { Notice } from "./notify";

// Each notice is written in its recipient's language (lib/notifications/localized.ts notifyEach):
// these take that language's dictionary, and names in both languages.

/** A body of the party by its names: a province's, else its region's. */
export type BodyNames = { provinceNameAr: string | null; provinceNameFr: string | null; regionNameAr: string; regionNameFr: string };

export const bodyName = (locale: Locale, b: BodyNames) => (b.provinceNameAr ? nameIn(locale, b.provinceNameAr, b.provinceNameFr) : nameIn(locale, b.regionNameAr, b.regionNameFr));

export const reportHref = (campaignId: number, reportId: number) => `/reports/${campaignId}/reports/${reportId}`;

export function reportReturnedNotice(
  t: Dictionary,
  locale: Locale,
  args: { campaignId: number; campaignTitle: string; reportId: number; version: number; body: BodyNames; comment: string },
): Notice {
  return {
    kind: "report.returned",
    title: fill(t.notifications.messages.returnedTitle, { body: bodyName(locale, args.body) }),
    body: `${args.campaignTitle}\n${args.comment}`,
    href: reportHref(args.campaignId, args.reportId),
    dedupeKey: `report.returned:${args.reportId}:${args.version}`,
  };
}

export function reportAcceptedNotice(
  t: Dictionary,
  locale: Locale,
  args: { campaignId: number; campaignTitle: string; reportId: number; version: number; body: BodyNames },
): Notice {
  return {
    kind: "report.accepted",
    title: fill(t.notifications.messages.acceptedTitle, { body: bodyName(locale, args.body) }),
    body: args.campaignTitle,
    href: reportHref(args.campaignId, args.reportId),
    dedupeKey: `report.accepted:${args.reportId}:${args.version}`,
  };
}

/** Once a day per body: a second reminder the same day is not sent. */
export function lateReminderNotice(
  t: Dictionary,
  locale: Locale,
  args: { campaignId: number; campaignTitle: string; deadline: string; reportId: number | null; body: BodyNames; bodyKey: string; today: string },
): Notice {
  return {
    kind: "campaign.reminder",
    title: fill(t.notifications.messages.reminderTitle, { body: bodyName(locale, args.body) }),
    body: fill(t.notifications.messages.reminderBody, { campaign: args.campaignTitle, deadline: formatDate(args.deadline, locale) }),
    href: args.reportId ? reportHref(args.campaignId, args.reportId) : "/reports",
    dedupeKey: `campaign.reminder:${args.campaignId}:${args.bodyKey}:${args.today}`,
  };
}
