import "server-only";
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { forbidden, notFound } from "next/navigation";
import { db } from "@/db";
import {
  campaignQuestions,
  campaignTerritories,
  evaluationCampaigns,
  evaluationReports,
  provinces,
  regions,
  synthesisReports,
  synthesisVersions,
  users,
  type CampaignQuestion,
  type EvaluationCampaign,
  type ReportStatus,
} from "@/db/schema";
import { can, type Actor } from "@/lib/permissions";

/**
 * The synthesis report gathers the reports the bodies have sent: submitted ones (not yet reviewed)
 * and accepted ones. Drafts, returned reports (being revised) and missing ones do not count.
 */
export const countedStatuses: ReportStatus[] = ["submitted", "accepted"];

const VERSIONS_LIMIT = 30;

/** The campaign whose synthesis the Bureau compiles; officers and members get the 403 page. */
export async function synthesisCampaign(viewer: Actor, campaignId: number): Promise<EvaluationCampaign> {
  if (!can(viewer, "synthesis.manage")) forbidden();
  const [campaign] = await db
    .select()
    .from(evaluationCampaigns)
    .where(and(eq(evaluationCampaigns.id, campaignId), ne(evaluationCampaigns.status, "draft")))
    .limit(1);
  if (!campaign) notFound();
  return campaign;
}

/** A question's answers as a number: JSON numbers, or text holding a plain number (3, 12.5, 12,5). */
function numericAnswer(questionId: SQL): SQL<string | null> {
  const text = sql`btrim(${evaluationReports.answers} ->> ${questionId})`;
  return sql<string | null>`case
    when jsonb_typeof(${evaluationReports.answers} -> ${questionId}) = 'number' then (${evaluationReports.answers} ->> ${questionId})::numeric
    when ${text} ~ '^-?[0-9]+([.,][0-9]+)?$' then replace(${text}, ',', '.')::numeric
  end`;
}

export interface Figure {
  sum: number;
  /** Reports that gave a number for the question. */
  count: number;
}

export interface RegionFigures {
  regionId: number;
  code: string;
  nameAr: string;
  nameFr: string;
  reports: number;
  figures: Record<number, Figure>;
}

const counted = (campaignId: number) => and(eq(evaluationReports.campaignId, campaignId), inArray(evaluationReports.status, countedStatuses));

/**
 * Each numeric question summed by region and nationally, over the counted reports: one grouped
 * query for the sums, one for the reports by region, one for the regions.
 */
export async function synthesisFigures(campaign: EvaluationCampaign, questions: CampaignQuestion[]) {
  const numeric = questions.filter((q) => q.kind === "number");
  const questionKey = sql`${campaignQuestions.id}::text`;
  const value = numericAnswer(questionKey);
  const [sums, reportCounts, regionRows] = await Promise.all([
    numeric.length
      ? db
          .select({
            regionId: evaluationReports.regionId,
            questionId: campaignQuestions.id,
            sum: sql<string | null>`sum(${value})`,
            count: sql<number>`count(${value})`.mapWith(Number),
          })
          .from(evaluationReports)
          .innerJoin(campaignQuestions, and(eq(campaignQuestions.campaignId, evaluationReports.campaignId), eq(campaignQuestions.kind, "number")))
          .where(counted(campaign.id))
          .groupBy(evaluationReports.regionId, campaignQuestions.id)
      : Promise.resolve([]),
    db
      .select({ regionId: evaluationReports.regionId, reports: sql<number>`count(*)`.mapWith(Number) })
      .from(evaluationReports)
      .where(counted(campaign.id))
      .groupBy(evaluationReports.regionId),
    db
      .select({ regionId: regions.id, code: regions.code, nameAr: regions.nameAr, nameFr: regions.nameFr })
      .from(regions)
      .where(
        campaign.allTerritories
          ? undefined
          : inArray(regions.id, db.select({ id: campaignTerritories.regionId }).from(campaignTerritories).where(eq(campaignTerritories.campaignId, campaign.id))),
      )
      .orderBy(asc(regions.code)),
  ]);

  const reportsOf = new Map(reportCounts.map((r) => [r.regionId, r.reports]));
  const byRegion: RegionFigures[] = regionRows.map((r) => ({ ...r, reports: reportsOf.get(r.regionId) ?? 0, figures: {} }));
  const index = new Map(byRegion.map((r) => [r.regionId, r]));
  const national: { reports: number; figures: Record<number, Figure> } = { reports: 0, figures: {} };
  for (const q of numeric) national.figures[q.id] = { sum: 0, count: 0 };
  for (const r of byRegion) {
    for (const q of numeric) r.figures[q.id] = { sum: 0, count: 0 };
    national.reports += r.reports;
  }
  for (const s of sums) {
    const region = index.get(s.regionId);
    if (!region) continue;
    const sum = Number(s.sum ?? 0);
    region.figures[s.questionId] = { sum, count: s.count };
    national.figures[s.questionId].sum += sum;
    national.figures[s.questionId].count += s.count;
  }
  return { questions: numeric, regions: byRegion, national };
}

export interface NarrativeAnswer {
  reportId: number;
  bodyAr: string;
  bodyFr: string;
  text: string;
}

export interface NarrativeRegion {
  regionId: number;
  nameAr: string;
  nameFr: string;
  answers: NarrativeAnswer[];
}

/** The bodies' words for each narrative question, grouped by region, each with its source report. */
export async function narrativeAnswers(campaign: EvaluationCampaign, questions: CampaignQuestion[]): Promise<Map<number, NarrativeRegion[]>> {
  const narrative = questions.filter((q) => q.kind === "text");
  const result = new Map<number, NarrativeRegion[]>(narrative.map((q) => [q.id, []]));
  if (narrative.length === 0) return result;
  const rows = await db
    .select({
      reportId: evaluationReports.id,
      regionId: regions.id,
      regionNameAr: regions.nameAr,
      regionNameFr: regions.nameFr,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
      answers: evaluationReports.answers,
    })
    .from(evaluationReports)
    .innerJoin(regions, eq(regions.id, evaluationReports.regionId))
    .leftJoin(provinces, eq(provinces.id, evaluationReports.provinceId))
    .where(counted(campaign.id))
    .orderBy(asc(regions.code), asc(provinces.nameAr));
  for (const q of narrative) {
    const groups = result.get(q.id)!;
    for (const row of rows) {
      const text = row.answers[String(q.id)];
      if (typeof text !== "string" || !text.trim()) continue;
      let group = groups.at(-1);
      if (group?.regionId !== row.regionId) {
        group = { regionId: row.regionId, nameAr: row.regionNameAr, nameFr: row.regionNameFr, answers: [] };
        groups.push(group);
      }
      group.answers.push({ reportId: row.reportId, bodyAr: row.provinceNameAr ?? row.regionNameAr, bodyFr: row.provinceNameFr ?? row.regionNameFr, text: text.trim() });
    }
  }
  return result;
}

/** The campaign's questions in their order. */
export function campaignQuestionsOf(campaignId: number) {
  return db.select().from(campaignQuestions).where(eq(campaignQuestions.campaignId, campaignId)).orderBy(asc(campaignQuestions.position));
}

/** The Bureau's text and its saved versions, newest first. */
export async function synthesisDocument(campaignId: number) {
  const [synthesis] = await db.select().from(synthesisReports).where(eq(synthesisReports.campaignId, campaignId)).limit(1);
  if (!synthesis) return { synthesis: null, versions: [] };
  const versions = await db
    .select({ version: synthesisVersions.version, savedAt: synthesisVersions.savedAt, savedByName: users.name })
    .from(synthesisVersions)
    .leftJoin(users, eq(users.id, synthesisVersions.savedById))
    .where(eq(synthesisVersions.synthesisId, synthesis.id))
    .orderBy(desc(synthesisVersions.version))
    .limit(VERSIONS_LIMIT);
  return { synthesis, versions };
}

/** One saved version's text, for reading an earlier state. */
export async function synthesisVersionText(campaignId: number, version: number) {
  const [row] = await db
    .select({ sections: synthesisVersions.sections, savedAt: synthesisVersions.savedAt })
    .from(synthesisVersions)
    .innerJoin(synthesisReports, eq(synthesisReports.id, synthesisVersions.synthesisId))
    .where(and(eq(synthesisReports.campaignId, campaignId), eq(synthesisVersions.version, version)))
    .limit(1);
  return row ?? null;
}

/** Everything the synthesis page and its print view show, in seven bounded queries. */
export async function synthesisPage(viewer: Actor, campaignId: number) {
  const campaign = await synthesisCampaign(viewer, campaignId);
  const questions = await campaignQuestionsOf(campaign.id);
  const [figures, narrative, document] = await Promise.all([
    synthesisFigures(campaign, questions),
    narrativeAnswers(campaign, questions),
    synthesisDocument(campaign.id),
  ]);
  return { campaign, questions, figures, narrative, ...document };
}
