import "server-only";
import { eq, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { committeeSessions, paperAssignees, workingPapers, workshopParticipants, workshops, type SessionStatus } from "@/db/schema";
import { can, canSeeSessionStatus, type Actor } from "@/lib/permissions";

/** Who looks at a paper: the policy's actor and the member the account is linked to. */
export type PaperViewer = Actor & { memberId: number | null };

export interface PaperAccess {
  paper: typeof workingPapers.$inferSelect;
  workshop: { id: number; number: number; title: string; date: string; sessionId: number };
  session: { id: number; ordinal: number; title: string; status: SessionStatus };
  /** one of the members named to write it */
  isAssignee: boolean;
  /** the Bureau (and admins): assign, manage and review */
  isReviewer: boolean;
  /** a participant, the facilitator or the rapporteur of the paper's workshop */
  isWorkshopMember: boolean;
}

/** Whether the viewer takes part in a workshop: as a participant, its facilitator or its rapporteur. */
export function workshopMemberCondition(memberId: number | null) {
  if (!memberId) return sql<boolean>`false`;
  return sql<boolean>`(${workshops.facilitatorId} = ${memberId} or ${workshops.rapporteurId} = ${memberId} or exists (
    select 1 from ${workshopParticipants} where ${workshopParticipants.workshopId} = ${workshops.id} and ${workshopParticipants.memberId} = ${memberId}))`;
}

export function assigneeCondition(memberId: number | null) {
  if (!memberId) return sql<boolean>`false`;
  return sql<boolean>`exists (select 1 from ${paperAssignees} where ${paperAssignees.paperId} = ${workingPapers.id} and ${paperAssignees.memberId} = ${memberId})`;
}

/**
 * A paper with what the viewer is to it, in one query; null when it does not exist or sits in a
 * session the viewer may not see (a draft, for anyone outside the Bureau). `lock` holds the paper's
 * row until the transaction ends, so two saves do not take the same version number.
 */
export async function loadPaperAccess(ex: Executor, viewer: PaperViewer, paperId: number, options: { lock?: boolean } = {}): Promise<PaperAccess | null> {
  const query = ex
    .select({
      paper: workingPapers,
      workshop: { id: workshops.id, number: workshops.number, title: workshops.title, date: workshops.date, sessionId: workshops.sessionId },
      session: { id: committeeSessions.id, ordinal: committeeSessions.ordinal, title: committeeSessions.title, status: committeeSessions.status },
      isAssignee: assigneeCondition(viewer.memberId),
      isWorkshopMember: workshopMemberCondition(viewer.memberId),
    })
    .from(workingPapers)
    .innerJoin(workshops, eq(workshops.id, workingPapers.workshopId))
    .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
    .where(eq(workingPapers.id, paperId))
    .limit(1);
  const [row] = options.lock ? await query.for("update", { of: workingPapers }) : await query;
  if (!row || !canSeeSessionStatus(viewer, row.session.status)) return null;
  return { ...row, isAssignee: Boolean(row.isAssignee), isWorkshopMember: Boolean(row.isWorkshopMember), isReviewer: can(viewer, "paper.review") };
}

/** The Bureau and the assignees follow every version; the workshop's people read the approved text. */
export function canFollowPaper(access: PaperAccess): boolean {
  return access.isReviewer || access.isAssignee;
}

export function canReadApproved(access: PaperAccess): boolean {
  return canFollowPaper(access) || (access.paper.status === "approved" && access.isWorkshopMember);
}

/** The condition, for list queries, that a paper lies in a session the viewer may see. */
export function visibleSessionCondition(viewer: Actor) {
  return canSeeSessionStatus(viewer, "draft") ? undefined : ne(committeeSessions.status, "draft");
}

