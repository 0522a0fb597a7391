import { differenceInCalendarDays, parseISO } from "date-fns";
import type { PaperStatus } from "@/db/schema/sessions";

export type DueState = { kind: "done" } | { kind: "overdue"; days: number } | { kind: "today" } | { kind: "left"; days: number };

/**
 * Where a paper stands against its due date, counted in whole days in Morocco: a submitted or
 * approved paper is no longer due.
 */
export function dueState(dueOn: string, status: PaperStatus, today: string): DueState {
  if (status === "submitted" || status === "approved") return { kind: "done" };
  const days = differenceInCalendarDays(parseISO(dueOn), parseISO(today));
  if (days < 0) return { kind: "overdue", days: -days };
  return days === 0 ? { kind: "today" } : { kind: "left", days };
}
