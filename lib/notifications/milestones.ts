/**
 * Reminders before a due day come at milestones — a week, three days, the day before — and once
 * after it. The hourly job asks which milestone a day left has reached; each is sent once (its
 * notice's dedupe key names it), and a job that did not run at one milestone sends the nearest one
 * reached, never an earlier one.
 */
export type Milestone = number | "overdue";

export const REPORT_MILESTONES = [7, 3, 1] as const;
export const PAPER_MILESTONES = [3, 1] as const;

/** The milestone `daysLeft` has reached (0 is the due day itself), "overdue" after it, null before the first. */
export function milestoneFor(daysLeft: number, milestones: readonly number[]): Milestone | null {
  if (daysLeft < 0) return "overdue";
  const reached = milestones.filter((m) => daysLeft <= m);
  return reached.length ? Math.min(...reached) : null;
}

/** The milestone as its dedupe key part: j7, j3, j1, overdue. */
export const milestoneKey = (m: Milestone) => (m === "overdue" ? "overdue" : `j${m}`);
