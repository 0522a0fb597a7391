import "server-only";
import { and, asc, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { committeeSessions, members, paperAssignees, paperVersions, users, workingPapers, workshops, type PaperStatus } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { can, canSeeSessionStatus } from "@/lib/permissions";
import { assigneeCondition, canFollowPaper, canReadApproved, loadPaperAccess, visibleSessionCondition, type PaperViewer } from "./access";
import { paperStatuses } from "./schemas";
import { cursorText, toId } from "@/lib/validation";
import { boundedTotal, keysetClauses, keysetCursorFrom, keysetResult, LIST_COUNT_BOUND, type KeysetOrder } from "@/lib/pagination/keyset";

export const PAPERS_PAGE_SIZE = 20;

/** Due date passed in Morocco while the paper is still with its assignees. */
const overdueSql = (today: string) => sql<boolean>`(${workingPapers.dueOn} < ${today} and ${workingPapers.status} not in ('submitted', 'approved'))`;

// the names of a paper's assignees in one column, so a list needs no query per row
const assigneeNamesSql = sql<string[]>`coalesce((select array_agg(${members.fullNameAr} order by ${members.fullNameAr})
  from ${paperAssignees} join ${members} on ${members.id} = ${paperAssignees.memberId}
  where ${paperAssignees.paperId} = ${workingPapers.id}), '{}')`;

export interface PaperListFilters {
  sessionId?: number | null;
  status?: PaperStatus | null;
  /** The page after or before this cursor (`?after=`, `?before=`), else the first. */
  after?: string;
  before?: string;
}

export interface PaperRow {
  id: number;
  title: string;
  status: PaperStatus;
  dueOn: string;
  overdue: boolean;
  workshopId: number;
  workshopNumber: number;
  workshopTitle: string;
  sessionId: number;
  sessionOrdinal: number;
  sessionTitle: string;
  assignees: string[];
}

const rowColumns = (today: string) => ({
  id: workingPapers.id,
  title: workingPapers.title,
  status: workingPapers.status,
  dueOn: workingPapers.dueOn,
  overdue: overdueSql(today),
  workshopId: workshops.id,
  workshopNumber: workshops.number,
  workshopTitle: workshops.title,
  sessionId: committeeSessions.id,
  sessionOrdinal: committeeSessions.ordinal,
  sessionTitle: committeeSessions.title,
  assignees: assigneeNamesSql,
});

/**
 * The papers list's order: late first, then what is still open, then approved papers, each by due
 * date, then the id. Lateness depends on today, so the group is computed; the papers are one per
 * workshop (a few thousand at 10x), and the page still reads LIMIT size + 1 after the cursor.
 */
function papersOrder(today: string): KeysetOrder {
  const group = sql<number>`(case when ${overdueSql(today)} then 1 when ${workingPapers.status} = 'approved' then 3 else 2 end)`;
  return {
    parts: [
      { column: group, kind: "i" },
      { column: workingPapers.dueOn, kind: "d" },
      { column: workingPapers.id, kind: "i" },
    ],
    direction: "asc",
  };
}

/** The papers the list holds for this viewer and these filters (over papers, workshops and sessions). */
function paperListCondition(viewer: PaperViewer, filters: Pick<PaperListFilters, "sessionId" | "status">) {
  return and(
    can(viewer, "paper.review") ? undefined : assigneeCondition(viewer.memberId),
    visibleSessionCondition(viewer),
    filters.sessionId ? eq(committeeSessions.id, filters.sessionId) : undefined,
    filters.status ? eq(workingPapers.status, filters.status) : undefined,
  );
}

/**
 * How many papers the list holds for these filters, every page together, counted up to
 * LIST_COUNT_BOUND: the list's own condition (a status is read on working_papers (status, due_on)).
 */
export async function countPapers(viewer: PaperViewer, filters: Pick<PaperListFilters, "sessionId" | "status"> = {}) {
  return boundedTotal(
    db
      .select({ one: sql`1` })
      .from(workingPapers)
      .innerJoin(workshops, eq(workshops.id, workingPapers.workshopId))
      .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
      .where(paperListCondition(viewer, filters))
      .limit(LIST_COUNT_BOUND + 1)
      .as("bounded"),
  );
}

/**
 * The papers still with the viewer as assignee (assigned, a draft, or returned to them), due date
 * first: the papers of their list that wait on them. Through paper_assignees (member_id): a member
 * is named on few.
 */
export async function papersToWrite(viewer: PaperViewer, limit = 5, today = todayInMorocco()) {
  if (viewer.memberId === null) return [];
  const rows = await db
    .select(rowColumns(today))
    .from(workingPapers)
    .innerJoin(workshops, eq(workshops.id, workingPapers.workshopId))
    .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
    .where(and(assigneeCondition(viewer.memberId), visibleSessionCondition(viewer), notInArray(workingPapers.status, ["submitted", "approved"])))
    .orderBy(asc(workingPapers.dueOn), asc(workingPapers.id))
    .limit(limit);
  return rows as PaperRow[];
}

/**
 * The papers a viewer follows: the Bureau sees all of them, anyone else the ones they are named
 * on, in sessions they may see. Overdue first, then by due date; filtered in SQL, a page by
 * keyset in one query (the page shows no total).
 */
export async function listPapers(viewer: PaperViewer, filters: PaperListFilters = {}, today = todayInMorocco()) {
  const where = paperListCondition(viewer, filters);
  const order = papersOrder(today);
  const cursor = keysetCursorFrom(order, filters.after, filters.before);
  const keyed = keysetClauses(order, cursor);
  const read = await db
    .select({ ...rowColumns(today), group: sql<number>`${order.parts[0].column}`.mapWith(Number) })
    .from(workingPapers)
    .innerJoin(workshops, eq(workshops.id, workingPapers.workshopId))
    .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
    .where(and(where, keyed.where))
    .orderBy(...keyed.orderBy)
    .limit(PAPERS_PAGE_SIZE + 1);
  const page = keysetResult(read, PAPERS_PAGE_SIZE, cursor, (r) => [r.group, r.dueOn, r.id]);
  return { ...page, rows: page.rows.map(({ group: _group, ...row }) => row) as PaperRow[] };
}

/** The sessions that have papers, for the Bureau's filter. */
export async function sessionsWithPapers(viewer: PaperViewer) {
  return db
    .selectDistinct({ id: committeeSessions.id, ordinal: committeeSessions.ordinal, title: committeeSessions.title })
    .from(committeeSessions)
    .innerJoin(workshops, eq(workshops.sessionId, committeeSessions.id))
    .innerJoin(workingPapers, eq(workingPapers.workshopId, workshops.id))
    .where(visibleSessionCondition(viewer))
    .orderBy(desc(committeeSessions.ordinal));
}

/** The Bureau's list of late papers; empty for anyone else. */
export async function overduePapers(viewer: PaperViewer, limit = 8, today = todayInMorocco()) {
  if (!can(viewer, "paper.review")) return [];
  const rows = await db
    .select(rowColumns(today))
    .from(workingPapers)
    .innerJoin(workshops, eq(workshops.id, workingPapers.workshopId))
    .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
    .where(and(sql`${workingPapers.dueOn} < ${today}`, notInArray(workingPapers.status, ["submitted", "approved"])))
    .orderBy(asc(workingPapers.dueOn), asc(workingPapers.id))
    .limit(limit);
  return rows as PaperRow[];
}

export async function paperAssigneeList(paperId: number) {
  return db
    .select({ id: members.id, name: members.fullNameAr, memberNumber: members.memberNumber })
    .from(paperAssignees)
    .innerJoin(members, eq(members.id, paperAssignees.memberId))
    .where(eq(paperAssignees.paperId, paperId))
    .orderBy(asc(members.fullNameAr));
}

const authors = alias(users, "authors");
const reviewers = alias(users, "reviewers");

/** Every kept version, newest first, with who wrote it and who decided on it. */
export async function paperVersionList(paperId: number) {
  return db
    .select({
      version: paperVersions.version,
      submitted: paperVersions.submitted,
      createdAt: paperVersions.createdAt,
      authorName: authors.name,
      decision: paperVersions.decision,
      reviewComment: paperVersions.reviewComment,
      reviewerName: reviewers.name,
      reviewedAt: paperVersions.reviewedAt,
      attachmentName: paperVersions.attachmentName,
      characters: sql<number>`length(${paperVersions.body})`,
    })
    .from(paperVersions)
    .leftJoin(authors, eq(authors.id, paperVersions.authorId))
    .leftJoin(reviewers, eq(reviewers.id, paperVersions.reviewerId))
    .where(eq(paperVersions.paperId, paperId))
    .orderBy(desc(paperVersions.version));
}

/** One version (the latest when `version` is omitted), with its author's name. */
export async function paperVersion(paperId: number, version?: number) {
  const [row] = await db
    .select({ version: paperVersions, authorName: authors.name, reviewerName: reviewers.name })
    .from(paperVersions)
    .leftJoin(authors, eq(authors.id, paperVersions.authorId))
    .leftJoin(reviewers, eq(reviewers.id, paperVersions.reviewerId))
    .where(and(eq(paperVersions.paperId, paperId), version ? eq(paperVersions.version, version) : undefined))
    .orderBy(desc(paperVersions.version))
    .limit(1);
  return row ? { ...row.version, authorName: row.authorName, reviewerName: row.reviewerName } : null;
}

/** The approved version, the one the workshop's people read. */
export async function approvedVersion(paperId: number) {
  const [row] = await db
    .select()
    .from(paperVersions)
    .where(and(eq(paperVersions.paperId, paperId), eq(paperVersions.decision, "approved")))
    .orderBy(desc(paperVersions.version))
    .limit(1);
  return row ?? null;
}

/** The latest decision the Bureau took on this paper (its comment is shown to the assignees). */
export async function latestDecision(paperId: number) {
  const [row] = await db
    .select({ version: paperVersions.version, decision: paperVersions.decision, comment: paperVersions.reviewComment, reviewedAt: paperVersions.reviewedAt, reviewerName: reviewers.name })
    .from(paperVersions)
    .leftJoin(reviewers, eq(reviewers.id, paperVersions.reviewerId))
    .where(and(eq(paperVersions.paperId, paperId), sql`${paperVersions.decision} is not null`))
    .orderBy(desc(paperVersions.version))
    .limit(1);
  return row ?? null;
}

/** A workshop to assign a paper to, with its session; null when missing. Bureau pages only. */
export async function workshopForAssignment(workshopId: number) {
  const [row] = await db
    .select({
      id: workshops.id,
      number: workshops.number,
      title: workshops.title,
      date: workshops.date,
      sessionId: committeeSessions.id,
      sessionOrdinal: committeeSessions.ordinal,
      sessionTitle: committeeSessions.title,
      paperId: workingPapers.id,
    })
    .from(workshops)
    .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
    .leftJoin(workingPapers, eq(workingPapers.workshopId, workshops.id))
    .where(eq(workshops.id, workshopId))
    .limit(1);
  return row ?? null;
}

export interface MemberChoice {
  id: number;
  name: string;
  memberNumber: string;
}

/** Active members whose folded name or number matches, for naming assignees. */
export async function membersByIds(ids: number[]): Promise<MemberChoice[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: members.id, name: members.fullNameAr, memberNumber: members.memberNumber })
    .from(members)
    .where(inArray(members.id, ids))
    .orderBy(asc(members.fullNameAr));
}

type SearchParams = Record<string, string | string[] | undefined>;
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The list's filters from the address bar; anything malformed is ignored. */
export function paperListFiltersFrom(params: SearchParams): PaperListFilters & { sessionId: number | null; status: PaperStatus | null } {
  const status = single(params.status);
  return {
    sessionId: toId(single(params.session)),
    status: (paperStatuses as readonly string[]).includes(status ?? "") ? (status as PaperStatus) : null,
    after: cursorText(single(params.after)),
    before: cursorText(single(params.before)),
  };
}

/** The paper and what the viewer is to it; null when missing or in a session hidden from them. */
export async function paperForViewer(viewer: PaperViewer, paperId: number) {
  if (!Number.isInteger(paperId) || paperId <= 0) return null;
  return loadPaperAccess(db, viewer, paperId);
}

/**
 * A version's attached file, if the viewer may have it: the assignees and the Bureau any version's,
 * the workshop's people the approved version's only. Null otherwise, as if there were none.
 */
export async function attachmentForViewer(viewer: PaperViewer, paperId: number, version: number) {
  const access = await paperForViewer(viewer, paperId);
  if (!access || !Number.isInteger(version) || version <= 0) return null;
  const row = await paperVersion(paperId, version);
  if (!row || row.version !== version || !row.attachmentKey) return null;
  const allowed = canFollowPaper(access) || (canReadApproved(access) && row.decision === "approved");
  if (!allowed) return null;
  return { key: row.attachmentKey, name: row.attachmentName ?? "attachment", type: row.attachmentType ?? "application/octet-stream" };
}

/** The workshop's paper as its page shows it: null when the workshop is hidden from the viewer. */
export async function workshopPaperFor(viewer: PaperViewer, workshopId: number) {
  const [row] = await db
    .select({ paperId: workingPapers.id, sessionStatus: committeeSessions.status })
    .from(workshops)
    .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
    .leftJoin(workingPapers, eq(workingPapers.workshopId, workshops.id))
    .where(eq(workshops.id, workshopId))
    .limit(1);
  if (!row || !canSeeSessionStatus(viewer, row.sessionStatus)) return null;
  if (!row.paperId) return { access: null };
  const access = await loadPaperAccess(db, viewer, row.paperId);
  if (!access) return null;
  const [assignees, approved] = await Promise.all([
    paperAssigneeList(row.paperId),
    access.paper.status === "approved" && canReadApproved(access) ? approvedVersion(row.paperId) : null,
  ]);
  return { access, assignees, approved };
}
