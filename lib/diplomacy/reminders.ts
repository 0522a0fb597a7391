import "server-only";
import { and, between, eq } from "drizzle-orm";
import { db } from "@/db";
import { agreements, followUpActions, users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { fill } from "@/lib/i18n";
import { formatDate, todayInMorocco } from "@/lib/i18n/format";
import { dueSentence } from "@/lib/notifications/due-text";
import { notifyEach } from "@/lib/notifications/localized";
import { milestoneFor, milestoneKey, PAPER_MILESTONES } from "@/lib/notifications/milestones";
import { can } from "@/lib/permissions";
import { daysBetween } from "@/lib/reports/deadline";

/** How long after its due day an open follow-up is still looked at (its one overdue notice goes on the first run after the day). */
const OVERDUE_LOOKBACK_DAYS = 30;

/**
 * An agreement's open follow-up actions remind their owner (the member's account) three days and
 * one day before the due day, and once after it, from the hourly job, in the owner's language; the
 * link to the agreement only for an owner who may open it. Reads only the actions due from a month
 * ago to three days ahead (follow_up_actions_status_due_on_index).
 */
export async function remindOfFollowUps(now: Date = clock.now()): Promise<number> {
  const today = todayInMorocco(now);
  const from = todayInMorocco(new Date(now.getTime() - OVERDUE_LOOKBACK_DAYS * 86_400_000));
  const to = todayInMorocco(new Date(now.getTime() + Math.max(...PAPER_MILESTONES) * 86_400_000));
  const rows = await db
    .select({ id: followUpActions.id, title: followUpActions.title, dueOn: followUpActions.dueOn, agreementId: agreements.id, agreement: agreements.title, userId: users.id, role: users.role })
    .from(followUpActions)
    .innerJoin(agreements, eq(agreements.id, followUpActions.agreementId))
    .innerJoin(users, and(eq(users.memberId, followUpActions.ownerMemberId), eq(users.active, true)))
    .where(and(eq(followUpActions.status, "open"), between(followUpActions.dueOn, from, to)));
  if (rows.length === 0) return 0;
  return db.transaction(async (tx) => {
    let created = 0;
    for (const row of rows) {
      const left = daysBetween(today, row.dueOn);
      const milestone = milestoneFor(left, PAPER_MILESTONES);
      if (milestone === null) continue;
      created += await notifyEach(tx, [row.userId], (t, locale) => {
        const n = t.diplomacy.followUpNotices;
        const late = milestone === "overdue";
        const values = { agreement: row.agreement };
        return {
          kind: "followup.reminder",
          title: fill(late ? n.overdueTitle : n.dueTitle, { title: row.title }),
          body: late
            ? fill(n.overdueBody, { ...values, date: formatDate(row.dueOn, locale) })
            : fill(dueSentence(t, locale, { soon: n.dueSoon, tomorrow: n.dueTomorrow, today: n.dueToday }, left, row.dueOn), values),
          href: can({ id: row.userId, role: row.role, scopeRegionId: null, scopeProvinceId: null }, "diplomacy.read") ? `/diplomacy/agreements/${row.agreementId}` : undefined,
          dedupeKey: `followup.reminder:${row.id}:${milestoneKey(milestone)}`,
        };
      });
    }
    return created;
  });
}
