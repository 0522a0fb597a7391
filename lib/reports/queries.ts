import "server-only";
import { and, asc, count, desc, eq, exists, inArray, ne, sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db";
import {
  campaignQuestions,
  campaignTerritories,
  evaluationCampaigns,
  evaluationReports,
  provinces,
  regions,
  reportReviews,
  users,
  type ReportAnswers,
} from "@/db/schema";
import { boundedTotal, keysetClauses, keysetCursorFrom, keysetResult, LIST_COUNT_BOUND, type KeysetOrder } from "@/lib/pagination/keyset";
import { can, scopeWhere, type Actor } from "@/lib/permissions";

export const CAMPAIGNS_PAGE_SIZE = 20;

/** The SQL condition that keeps reports inside the viewer's scope (the Bureau: everything). */
export function reportScopeCondition(viewer: Actor): SQL | undefined {
  return scopeWhere(viewer, { regionId: evaluationReports.regionId, provinceId: evaluationReports.provinceId });
}

// ——— campaigns ———

const submittedStatuses = ["submitted", "accepted"] as const;

/** The campaigns' order, newest first: the opening day, then the id (evaluation_campaigns_opens_on_id_index). */
const campaignsOrder: KeysetOrder = {
  parts: [
    { column: evaluationCampaigns.opensOn, kind: "d" },
    { column: evaluationCampaigns.id, kind: "i" },
  ],
  direction: "desc",
};

/**
 * The campaigns for the Bureau, newest first, with how many of their reports came in: a page by
 * keyset after or before a cursor, each row's reports counted on (campaign_id, status) for that
 * row only, and the total counted up to LIST_COUNT_BOUND.
 */
export async function listCampaigns(viewer: Actor, page: { after?: string; before?: string } = {}) {
  if (!can(viewer, "campaign.manage")) {
    return { rows: [], total: { count: 0, atLeast: false }, hasPrevious: false, hasNext: false, previousCursor: null, nextCursor: null };
  }
  const cursor = keysetCursorFrom(campaignsOrder, page.after, page.before);
  const keyed = keysetClauses(campaignsOrder, cursor);
  // named in full: drizzle writes a column bare, and a bare "id" inside would be the report's own
  const submitted = sql.join(
    submittedStatuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const bounded = db.select({ one: sql`1` }).from(evaluationCampaigns).limit(LIST_COUNT_BOUND + 1).as("bounded");
  const [read, total] = await Promise.all([
    db
      .select({
        id: evaluationCampaigns.id,
        title: evaluationCampaigns.title,
        level: evaluationCampaigns.level,
        status: evaluationCampaigns.status,
        opensOn: evaluationCampaigns.opensOn,
        deadline: evaluationCampaigns.deadline,
        reports: sql<number>`(select count(*) from evaluation_reports r where r.campaign_id = evaluation_campaigns.id)`.mapWith(Number),
        submitted: sql<number>`(select count(*) from evaluation_reports r where r.campaign_id = evaluation_campaigns.id and r.status in (${submitted}))`.mapWith(
          Number,
        ),
      })
      .from(evaluationCampaigns)
      .where(keyed.where)
      .orderBy(...keyed.orderBy)
      .limit(CAMPAIGNS_PAGE_SIZE + 1),
    boundedTotal(bounded),
  ]);
  return { ...keysetResult(read, CAMPAIGNS_PAGE_SIZE, cursor, (r) => [r.opensOn, r.id]), total };
}
export type CampaignRow = Awaited<ReturnType<typeof listCampaigns>>["rows"][number];

export async function campaignQuestionsOf(campaignId: number, executor: Executor = db) {
  return executor
    .select({ id: campaignQuestions.id, position: campaignQuestions.position, kind: campaignQuestions.kind, label: campaignQuestions.label, help: campaignQuestions.help, required: campaignQuestions.required })
    .from(campaignQuestions)
    .where(eq(campaignQuestions.campaignId, campaignId))
    .orderBy(asc(campaignQuestions.position), asc(campaignQuestions.id));
}
export type QuestionRow = Awaited<ReturnType<typeof campaignQuestionsOf>>[number];

/** A campaign as the Bureau edits it: its fields, regions, questions and how many reports it has. */
export async function getCampaign(viewer: Actor, id: number) {
  if (!can(viewer, "campaign.manage")) return null;
  const [campaign] = await db.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.id, id)).limit(1);
  if (!campaign) return null;
  const [territories, questions, [{ reports }]] = await Promise.all([
    db
      .select({ id: regions.id, nameAr: regions.nameAr, nameFr: regions.nameFr })
      .from(campaignTerritories)
      .innerJoin(regions, eq(regions.id, campaignTerritories.regionId))
      .where(eq(campaignTerritories.campaignId, id))
      .orderBy(asc(regions.id)),
    campaignQuestionsOf(id),
    db.select({ reports: count() }).from(evaluationReports).where(eq(evaluationReports.campaignId, id)),
  ]);
  return { ...campaign, regions: territories, questions, reports };
}
export type CampaignDetail = NonNullable<Awaited<ReturnType<typeof getCampaign>>>;

/** Earlier campaigns whose questions can be copied (newest first), all but the one being edited. */
export async function listTemplateCampaigns(viewer: Actor, exceptId?: number) {
  if (!can(viewer, "campaign.manage")) return [];
  const withQuestions = sql`exists (select 1 from ${campaignQuestions} where ${campaignQuestions.campaignId} = ${evaluationCampaigns.id})`;
  return db
    .select({ id: evaluationCampaigns.id, title: evaluationCampaigns.title })
    .from(evaluationCampaigns)
    .where(and(withQuestions, exceptId ? ne(evaluationCampaigns.id, exceptId) : undefined))
    .orderBy(desc(evaluationCampaigns.createdAt), desc(evaluationCampaigns.id))
    .limit(50);
}

export async function listRegionChoices() {
  return db.select({ id: regions.id, nameAr: regions.nameAr, nameFr: regions.nameFr }).from(regions).orderBy(asc(regions.id));
}

// ——— the officer's to-do ———

const bodyColumns = {
  regionNameAr: regions.nameAr,
  regionNameFr: regions.nameFr,
  provinceNameAr: provinces.nameAr,
  provinceNameFr: provinces.nameFr,
};

/**
 * The reports the viewer's bodies owe in open campaigns: the ones still to send first, nearest
 * deadline first; only those of `campaignIds` when given (a page of todoPage). Bounded: an officer's
 * scope holds at most a region's provinces per campaign.
 */
/** The reports of open campaigns inside the viewer's scope: what the to-do lists and counts. */
function openTodoCondition(viewer: Actor): SQL | undefined {
  return and(eq(evaluationCampaigns.status, "open"), reportScopeCondition(viewer));
}

/** A report its body has yet to send: never sent, a draft, or returned by the Bureau to correct. */
const toSendStatuses = ["not_started", "draft", "returned"] as const;
const toSendSql = sql<boolean>`${evaluationReports.status} in ('not_started', 'draft', 'returned')`;

export async function listTodo(viewer: Actor, campaignIds?: number[]) {
  if (!can(viewer, "report.file")) return [];
  const stillToSend = toSendSql;
  return db
    .select({
      reportId: evaluationReports.id,
      status: evaluationReports.status,
      submittedAt: evaluationReports.submittedAt,
      updatedAt: evaluationReports.updatedAt,
      campaignId: evaluationCampaigns.id,
      campaignTitle: evaluationCampaigns.title,
      deadline: evaluationCampaigns.deadline,
      level: evaluationCampaigns.level,
      ...bodyColumns,
    })
    .from(evaluationReports)
    .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
    .innerJoin(regions, eq(regions.id, evaluationReports.regionId))
    .leftJoin(provinces, eq(provinces.id, evaluationReports.provinceId))
    .where(and(openTodoCondition(viewer), campaignIds ? inArray(evaluationCampaigns.id, campaignIds) : undefined))
    .orderBy(desc(stillToSend), asc(evaluationCampaigns.deadline), asc(evaluationCampaigns.id), asc(regions.id), asc(provinces.nameAr))
    .limit(500);
}
export type TodoRow = Awaited<ReturnType<typeof listTodo>>[number];

/**
 * The officer's page of reports holds at most this many campaigns, and stops before this many
 * report lines (one line per body: a regional officer owes one per province of the region, nine in
 * Fès-Meknès): four campaigns of a region, ten of a province. The rest is a "more" link away.
 */
export const TODO_CAMPAIGNS_PER_PAGE = 10;
export const TODO_LINES_PER_PAGE = 36;

/** The open campaigns of the to-do, nearest deadline first (an overdue one first of all), then the id. */
const todoCampaignsOrder: KeysetOrder = {
  parts: [
    { column: evaluationCampaigns.deadline, kind: "d" },
    { column: evaluationCampaigns.id, kind: "i" },
  ],
  direction: "asc",
};

/**
 * One page of the officer's to-do, by keyset over the open campaigns where the viewer's scope owes
 * at least one report: the campaigns that fit in TODO_CAMPAIGNS_PER_PAGE and TODO_LINES_PER_PAGE
 * (at least one, however many bodies it has), their reports in listTodo's order, and the totals over
 * every page (open campaigns, reports, reports still to send), so that a count said anywhere is the
 * sum of what the pages list.
 */
export async function todoPage(viewer: Actor, page: { after?: string; before?: string } = {}) {
  const empty = { rows: [] as TodoRow[], campaigns: 0, totals: { campaigns: 0, reports: 0, toSend: 0 }, hasPrevious: false, hasNext: false, previousCursor: null, nextCursor: null };
  if (!can(viewer, "report.file")) return empty;
  const cursor = keysetCursorFrom(todoCampaignsOrder, page.after, page.before);
  const keyed = keysetClauses(todoCampaignsOrder, cursor);
  const ofCampaign = and(eq(evaluationReports.campaignId, evaluationCampaigns.id), reportScopeCondition(viewer));
  const owed = and(eq(evaluationCampaigns.status, "open"), exists(db.select({ one: sql`1` }).from(evaluationReports).where(ofCampaign)));
  const [read, [totals]] = await Promise.all([
    db
      .select({ id: evaluationCampaigns.id, deadline: evaluationCampaigns.deadline, lines: db.$count(evaluationReports, ofCampaign) })
      .from(evaluationCampaigns)
      .where(and(owed, keyed.where))
      .orderBy(...keyed.orderBy)
      .limit(TODO_CAMPAIGNS_PER_PAGE + 1),
    // an officer's open campaigns are few (a region's reports of the campaigns under way): counted whole
    db
      .select({
        campaigns: sql<number>`count(distinct ${evaluationReports.campaignId})`.mapWith(Number),
        reports: count(),
        toSend: sql<number>`count(*) filter (where ${toSendSql})`.mapWith(Number),
      })
      .from(evaluationReports)
      .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
      .where(openTodoCondition(viewer)),
  ]);
  // as many campaigns as fit in the lines, in reading order from the cursor; the first always
  let fit = 0;
  for (let lines = 0; fit < Math.min(read.length, TODO_CAMPAIGNS_PER_PAGE); fit++) {
    lines += Number(read[fit].lines);
    if (fit > 0 && lines > TODO_LINES_PER_PAGE) break;
  }
  const result = keysetResult(read, Math.max(fit, 1), cursor, (r) => [r.deadline, r.id]);
  const ids = result.rows.map((r) => r.id);
  const rows = ids.length ? (await listTodo(viewer, ids)).sort((a, b) => ids.indexOf(a.campaignId) - ids.indexOf(b.campaignId)) : [];
  return { ...result, rows, campaigns: ids.length, totals };
}
export type TodoPage = Awaited<ReturnType<typeof todoPage>>;

/**
 * What the to-do asks of the viewer now, one row per open campaign that still waits on one of their
 * bodies (listTodo's reports, counted by campaign in one grouped query): the reports still to write
 * (not started or draft), those returned to correct, and, when there is only one of either, its id
 * (so a button opens it). Nearest deadline first; at most a page of the to-do's campaigns.
 */
export async function todoDue(viewer: Actor) {
  if (!can(viewer, "report.file")) return [];
  const toWrite = inArray(evaluationReports.status, ["not_started", "draft"]);
  const returned = eq(evaluationReports.status, "returned");
  const owing = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  const onlyOne = (condition: SQL) =>
    sql<number | null>`case when count(*) filter (where ${condition}) = 1 then min(${evaluationReports.id}) filter (where ${condition}) end`.mapWith((v) =>
      v == null ? null : Number(v),
    );
  return db
    .select({
      campaignId: evaluationCampaigns.id,
      campaignTitle: evaluationCampaigns.title,
      deadline: evaluationCampaigns.deadline,
      toWrite: owing(toWrite),
      returned: owing(returned),
      toWriteReportId: onlyOne(toWrite),
      returnedReportId: onlyOne(returned),
    })
    .from(evaluationReports)
    .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
    .where(and(openTodoCondition(viewer), inArray(evaluationReports.status, [...toSendStatuses])))
    .groupBy(evaluationCampaigns.id)
    .orderBy(asc(evaluationCampaigns.deadline), asc(evaluationCampaigns.id))
    .limit(TODO_CAMPAIGNS_PER_PAGE);
}
export type TodoDue = Awaited<ReturnType<typeof todoDue>>[number];

// ——— one report ———

/** A report with its campaign, its body and its questions, or null when missing or outside the viewer's scope. */
export async function getReport(viewer: Actor, reportId: number) {
  if (!can(viewer, "report.read")) return null;
  const [row] = await db
    .select({
      report: evaluationReports,
      campaign: {
        id: evaluationCampaigns.id,
        title: evaluationCampaigns.title,
        purpose: evaluationCampaigns.purpose,
        level: evaluationCampaigns.level,
        status: evaluationCampaigns.status,
        opensOn: evaluationCampaigns.opensOn,
        deadline: evaluationCampaigns.deadline,
      },
      ...bodyColumns,
      updatedByName: users.name,
    })
    .from(evaluationReports)
    .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
    .innerJoin(regions, eq(regions.id, evaluationReports.regionId))
    .leftJoin(provinces, eq(provinces.id, evaluationReports.provinceId))
    .leftJoin(users, eq(users.id, evaluationReports.updatedById))
    .where(and(eq(evaluationReports.id, reportId), reportScopeCondition(viewer)))
    .limit(1);
  if (!row) return null;
  const [questions, [lastReview]] = await Promise.all([
    campaignQuestionsOf(row.campaign.id),
    db
      .select({ decision: reportReviews.decision, comment: reportReviews.comment, questionComments: reportReviews.questionComments, at: reportReviews.at })
      .from(reportReviews)
      .where(eq(reportReviews.reportId, reportId))
      .orderBy(desc(reportReviews.at), desc(reportReviews.id))
      .limit(1),
  ]);
  return { ...row, questions, lastReview: lastReview ?? null };
}
export type ReportDetail = NonNullable<Awaited<ReturnType<typeof getReport>>>;

/** The saved state of a report, for an editor whose save was refused because someone saved first. */
export async function getReportServerCopy(viewer: Actor, reportId: number) {
  const [row] = await db
    .select({
      version: evaluationReports.version,
      meetingHeldOn: evaluationReports.meetingHeldOn,
      attendance: evaluationReports.attendance,
      answers: evaluationReports.answers,
      updatedAt: evaluationReports.updatedAt,
      updatedByName: users.name,
    })
    .from(evaluationReports)
    .leftJoin(users, eq(users.id, evaluationReports.updatedById))
    .where(and(eq(evaluationReports.id, reportId), can(viewer, "report.read") ? reportScopeCondition(viewer) : sql`false`))
    .limit(1);
  return row ? { ...row, answers: row.answers as ReportAnswers, updatedAt: row.updatedAt.toISOString() } : null;
}
export type ReportServerCopy = NonNullable<Awaited<ReturnType<typeof getReportServerCopy>>>;

/** Whether a report exists at all: a page tells "not yours" (403) from "no such report" (404). */
export async function reportExists(reportId: number): Promise<boolean> {
  const [row] = await db.select({ id: evaluationReports.id }).from(evaluationReports).where(eq(evaluationReports.id, reportId)).limit(1);
  return !!row;
}
