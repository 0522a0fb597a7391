import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { dictionaryFor, fill } from "@/lib/i18n";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { dueSentence } from "@/lib/notifications/due-text";
import { milestoneFor, milestoneKey, REPORT_MILESTONES, type Milestone } from "@/lib/notifications/milestones";
import { notify } from "@/lib/notifications/notify";
import type { Actor } from "@/lib/permissions";
import { daysLeft } from "./deadline";
import { listTodo } from "./queries";
import { editableReportStatuses } from "./schemas";

/**
 * The deadline's reminders, for one officer: a week, three days and the day before the deadline,
 * and once when it has passed with a report still to send — each once per campaign and officer
 * (the notice's dedupe key names the milestone, so several servers running the schedule remind
 * once), for open campaigns where one of their reports is still to send, in the officer's own
 * language. Not an action of a user, so no audit row; the notice and its email are written together.
 */
export async function remindOfficer(officer: Actor & { locale: string | null }, now: Date = clock.now()): Promise<number> {
  if (officer.role !== "officer") return 0;
  const due = new Map<number, { row: Awaited<ReturnType<typeof listTodo>>[number]; left: number; milestone: Milestone }>();
  for (const row of await listTodo(officer)) {
    if (!editableReportStatuses.includes(row.status)) continue;
    const left = daysLeft(row.deadline, now);
    const milestone = milestoneFor(left, REPORT_MILESTONES);
    // one notice per campaign: the body nearest its deadline speaks for the others
    if (milestone !== null && !due.has(row.campaignId)) due.set(row.campaignId, { row, left, milestone });
  }
  if (due.size === 0) return 0;
  const locale = isLocale(officer.locale) ? officer.locale : defaultLocale;
  const t = dictionaryFor(locale);
  const n = t.reports.notices;
  return db.transaction(async (tx) => {
    let created = 0;
    for (const [campaignId, { row, left, milestone }] of due) {
      const late = milestone === "overdue";
      created += await notify(tx, [officer.id], {
        kind: "campaign.reminder",
        title: fill(late ? n.overdueTitle : n.reminderTitle, { title: row.campaignTitle }),
        body: late
          ? fill(n.overdueBody, { date: formatDate(row.deadline, locale) })
          : dueSentence(t, locale, { soon: n.reminderBody, tomorrow: n.dueTomorrowBody, today: n.dueTodayBody }, left, row.deadline),
        href: "/reports",
        dedupeKey: `reminder:campaign:${campaignId}:${milestoneKey(milestone)}`,
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
