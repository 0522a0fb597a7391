import "server-only";
import { and, eq, gte, inArray, ne } from "drizzle-orm";
import { db } from "@/db";
import { committeeSessions, paperAssignees, workingPapers, workshops } from "@/db/schema";
import * as clock from "@/lib/clock";
import { fill } from "@/lib/i18n";
import { formatDate, todayInMorocco } from "@/lib/i18n/format";
import { dueSentence } from "@/lib/notifications/due-text";
import { notifyEach, usersOfMembers } from "@/lib/notifications/localized";
import { milestoneFor, milestoneKey, PAPER_MILESTONES } from "@/lib/notifications/milestones";
import { daysBetween } from "@/lib/reports/deadline";
import { paperHref, tellAssigned } from "./notices";

/** How long after its due day an unsubmitted paper is still looked at (its one overdue notice is sent on the first run after the day). */
const OVERDUE_LOOKBACK_DAYS = 30;

/**
 * The papers' reminders, run by the job queue's hourly schedule: three days and the day before the
 * due day, and once when it has passed, to the assignees of papers still to hand in; and the
 * "assigned" notice to the assignees of a paper whose session was a draft when it was assigned and
 * has been convened since. Each notice once (dedupe keys), in each reader's language; papers of
 * draft sessions wait. Reads only papers due from a month ago on: never the whole history.
 */
export async function remindOfPapers(now: Date = clock.now()): Promise<number> {
  const today = todayInMorocco(now);
  const since = new Date(now.getTime() - OVERDUE_LOOKBACK_DAYS * 86_400_000);
  const papers = await db
    .select({ id: workingPapers.id, title: workingPapers.title, dueOn: workingPapers.dueOn, status: workingPapers.status, workshopTitle: workshops.title })
    .from(workingPapers)
    .innerJoin(workshops, eq(workshops.id, workingPapers.workshopId))
    .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
    .where(and(inArray(workingPapers.status, ["assigned", "draft", "returned"]), gte(workingPapers.dueOn, todayInMorocco(since)), ne(committeeSessions.status, "draft")));
  if (papers.length === 0) return 0;
  const assignees = await db
    .select({ paperId: paperAssignees.paperId, memberId: paperAssignees.memberId })
    .from(paperAssignees)
    .where(
      inArray(
        paperAssignees.paperId,
        papers.map((p) => p.id),
      ),
    );
  return db.transaction(async (tx) => {
    let created = 0;
    for (const paper of papers) {
      const memberIds = assignees.filter((a) => a.paperId === paper.id).map((a) => a.memberId);
      const left = daysBetween(today, paper.dueOn);
      if (left >= 0) created += await tellAssigned(tx, paper, memberIds);
      const milestone = milestoneFor(left, PAPER_MILESTONES);
      if (milestone === null) continue;
      created += await notifyEach(tx, await usersOfMembers(tx, memberIds), (t, locale) => {
        const n = t.papers.notices;
        const late = milestone === "overdue";
        return {
          kind: "paper.reminder",
          title: fill(late ? n.overdueTitle : n.dueTitle, { title: paper.title }),
          body: late ? fill(n.overdueBody, { date: formatDate(paper.dueOn, locale) }) : dueSentence(t, locale, { soon: n.dueSoon, tomorrow: n.dueTomorrow, today: n.dueToday }, left, paper.dueOn),
          href: paperHref(paper.id),
          dedupeKey: `paper.reminder:${paper.id}:${milestoneKey(milestone)}`,
        };
      });
    }
    return created;
  });
}
