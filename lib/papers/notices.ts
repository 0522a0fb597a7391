import "server-only";
import type { Executor } from "@/db";
import { fill } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { notifyEach, usersOfMembers } from "@/lib/notifications/localized";

export interface PaperAbout {
  id: number;
  title: string;
  dueOn: string;
  workshopTitle: string;
}

export const paperHref = (paperId: number) => `/assignments/${paperId}`;

/**
 * Tells the named members (their accounts) that a paper was assigned to them, in their language,
 * inside the caller's transaction: once per paper and member.
 */
export async function tellAssigned(tx: Executor, paper: PaperAbout, memberIds: number[]): Promise<number> {
  return notifyEach(tx, await usersOfMembers(tx, memberIds), (t, locale) => ({
    kind: "paper.assigned",
    title: fill(t.papers.notices.assignedTitle, { title: paper.title }),
    body: fill(t.papers.notices.assignedBody, { workshop: paper.workshopTitle, date: formatDate(paper.dueOn, locale) }),
    href: paperHref(paper.id),
    dedupeKey: `paper.assigned:${paper.id}`,
  }));
}

/** Tells a paper's assignees the Bureau's decision on the version they submitted. */
export async function tellDecision(tx: Executor, paper: PaperAbout, memberIds: number[], decision: "approved" | "returned", version: number, comment: string | null): Promise<number> {
  return notifyEach(tx, await usersOfMembers(tx, memberIds), (t) => ({
    kind: decision === "approved" ? "paper.approved" : "paper.returned",
    title: fill(decision === "approved" ? t.papers.notices.approvedTitle : t.papers.notices.returnedTitle, { title: paper.title }),
    body: comment ?? undefined,
    href: paperHref(paper.id),
    dedupeKey: `paper.${decision}:${paper.id}:${version}`,
  }));
}
