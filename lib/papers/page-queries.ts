import "server-only";
import { canFollowPaper, canReadApproved, type PaperViewer } from "./access";
import { approvedVersion, latestDecision, paperAssigneeList, paperForViewer, paperVersion, paperVersionList } from "./queries";
import { editableStatuses } from "./schemas";

/*
 * The papers' pages read one view-model each, decided here for the viewer: `null` when the paper
 * does not exist for them (missing, or in a session hidden from them), "forbidden" when it exists
 * but is not theirs to read.
 */

/**
 * A working paper's page: its assignees and the Bureau follow it (latest version, decision,
 * versions); the workshop's people read its approved text only.
 */
export async function paperPage(viewer: PaperViewer, paperId: number) {
  const access = await paperForViewer(viewer, paperId);
  if (!access) return null;
  if (!canReadApproved(access)) return "forbidden" as const;
  const follows = canFollowPaper(access);
  const [latest, decision, assignees, versions, approved] = await Promise.all([
    follows ? paperVersion(paperId) : null,
    follows ? latestDecision(paperId) : null,
    paperAssigneeList(paperId),
    follows ? paperVersionList(paperId) : [],
    follows ? null : approvedVersion(paperId),
  ]);
  return {
    ...access,
    follows,
    latest,
    decision,
    assignees,
    versions,
    /** The text the page shows: the latest version to those who follow it, the approved one to the others. */
    shown: follows ? latest : approved,
    editable: access.isAssignee && editableStatuses.includes(access.paper.status),
  };
}

/** One kept version of a paper, for those who follow it; null when there is no such version. */
export async function paperVersionPage(viewer: PaperViewer, paperId: number, number: number) {
  const access = await paperForViewer(viewer, paperId);
  if (!access) return null;
  if (!canFollowPaper(access)) return "forbidden" as const;
  const version = Number.isInteger(number) && number > 0 ? await paperVersion(paperId, number) : null;
  if (!version || version.version !== number) return null;
  return { ...access, version };
}

/** The assignment form of a paper, with its current assignees (the Bureau only: the page asks session.manage). */
export async function paperAssignmentPage(viewer: PaperViewer, paperId: number) {
  const access = await paperForViewer(viewer, paperId);
  if (!access) return null;
  return { ...access, assignees: await paperAssigneeList(paperId) };
}
