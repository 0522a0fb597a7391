import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { dictionaryFor, fill } from "@/lib/i18n";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { notify } from "@/lib/notifications/notify";
import type { Actor } from "@/lib/permissions";
import { daysLeft, REMINDER_DAYS } from "./deadline";
import { listTodo } from "./queries";
import { editableReportStatuses } from "./schemas";

/**
 * "Three days before the deadline", for one officer: once per campaign and officer (the notice's
 * dedupe key, so several servers running the schedule remind once), for open campaigns where one of
 * their reports is still to send, in the officer's own language. Not an action of a user, so no
 * audit row; the notice and its email are written together.
 */
export async function remindOfficer(officer: Actor & { locale: string | null }, now: Date = clock.now()): Promise<number> {
  if (officer.role !== "officer") return 0;
  const due = new Map<number, Awaited<ReturnType<typeof listTodo>>[number]>();
  for (const row of await listTodo(officer)) {
    const left = daysLeft(row.deadline, now);
    if (left >= 0 && left <= REMINDER_DAYS && editableReportStatuses.includes(row.status)) due.set(row.campaignId, row);
  }
  if (due.size === 0) return 0;
  const locale = isLocale(officer.locale) ? officer.locale : defaultLocale;
  const t = dictionaryFor(locale);
  return db.transaction(async (tx) => {
    let created = 0;
    for (const [campaignId, row] of due) {
      created += await notify(tx, [officer.id], {
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

/** The reminders due now, for every active officer: the job queue's hourly schedule runs it (lib/jobs/workers.ts), never a page view. */
export async function remindOfDeadlines(now: Date = clock.now()): Promise<number> {
  const officers = await db
    .select({ id: users.id, role: users.role, scopeRegionId: users.scopeRegionId, scopeProvinceId: users.scopeProvinceId, locale: users.locale })
    .from(users)
    .where(and(eq(users.role, "officer"), eq(users.active, true)));
  let created = 0;
  for (const officer of officers) created += await remindOfficer(officer, now);
  return created;
}
