/**
 * The branch's rooting checklist (مؤشرات التجذر), derived at read time from its rows and never
 * stored: a date or a cell added, or an activity growing old, changes it at once.
 */

/** An activity keeps a branch "present among citizens" for this many days. */
export const ACTIVITY_WINDOW_DAYS = 90;

export const checklistCriteria = ["restructured", "bureauRenewed", "hasCell", "recentActivity"] as const;
export type ChecklistCriterion = (typeof checklistCriteria)[number];
export type RootingChecklist = Record<ChecklistCriterion, boolean>;

/** What the checklist is derived from, as the queries read it. */
export interface BranchRootingFacts {
  restructuredOn: string | null;
  bureauRenewedOn: string | null;
  cells: number;
  /** The latest activity on or before today. */
  lastActivityOn: string | null;
}

/** YYYY-MM-DD, `days` calendar days before `date`. */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The first day an activity still counts as recent: today's activity and one 90 days old both do. */
export function activityWindowStart(today: string): string {
  return daysBefore(today, ACTIVITY_WINDOW_DAYS);
}

export function rootingChecklist(facts: BranchRootingFacts, today: string): RootingChecklist {
  const last = facts.lastActivityOn;
  return {
    restructured: !!facts.restructuredOn && facts.restructuredOn <= today,
    bureauRenewed: !!facts.bureauRenewedOn && facts.bureauRenewedOn <= today,
    hasCell: facts.cells > 0,
    recentActivity: !!last && last >= activityWindowStart(today) && last <= today,
  };
}

export function criteriaMet(checklist: RootingChecklist): number {
  return checklistCriteria.filter((c) => checklist[c]).length;
}
