import "server-only";
import { db } from "@/db";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { notify } from "@/lib/notifications/notify";
import type { Actor } from "@/lib/permissions";
import { daysLeft, REMINDER_DAYS } from "./deadline";
import { editableReportStatuses } from "./schemas";
import type { TodoRow } from "./queries";
import * as clock from "@/lib/clock";

/**
 * "Three days before the deadline": made lazily when an officer opens their to-do, once per
 * campaign and officer (the notice's dedupe key), for campaigns where a report is still to send.
 * Not an action of the user, so no audit row; the notice and its email are written together.
 */
export async function remindOfDeadlines(viewer: Actor, todo: TodoRow[], now: Date = clock.now()): Promise<number> {
  if (viewer.role !== "officer") return 0;
  const due = new Map<number, TodoRow>();
  for (const row of todo) {
    const left = daysLeft(row.deadline, now);
    if (left >= 0 && left <= REMINDER_DAYS && editableReportStatuses.includes(row.status)) due.set(row.campaignId, row);
  }
  if (due.size === 0) return 0;
  const { locale, t } = await getDictionary();
  return db.transaction(async (tx) => {
    let created = 0;
    for (const [campaignId, row] of due) {
      created += await notify(tx, [viewer.id], {
        kind: "campaign.reminder",
        title: fill(t.reports.notices.reminderTitle, { title: row.campaignTitle }),
        body: fill(t.reports.notices.reminderBody, { date: formatDate(row.deadline, locale) }),
        href: "/reports",
        dedupeKey: `reminder:campaign:${campaignId}`,
      });
    }
    return created;
  });
}
