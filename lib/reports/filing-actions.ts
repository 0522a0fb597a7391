"use server";

import { eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db";
import { evaluationCampaigns, evaluationReports, reportRevisions, type ReportAnswers } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { sentence } from "./campaign-guards";
import type { QuestionRow } from "./queries";
import { daysLate } from "./deadline";
import { editableReportStatuses, formValuesOf, reportSaveSchema, submissionSchema } from "./schemas";
import * as clock from "@/lib/clock";

// تقارير الهيئات: every save names the version it started from; a save against a version that
// has moved on (someone else saved in between) is refused and writes nothing.

/** The report as a save reads it: locked, with its campaign's state and questions. */
type LockedReport = {
  report: typeof evaluationReports.$inferSelect;
  campaignStatus: (typeof evaluationCampaigns.$inferSelect)["status"];
  deadline: string;
  questions: QuestionRow[];
};

// the row the scope step read, for the run step of the same transaction: one read of the report per save
const lockedIn = new WeakMap<Transaction, LockedReport>();

/**
 * Where the report is: its region and, for a provincial body, its province. Read with the lock
 * the save takes anyway, and with what the save needs of its campaign (its state, deadline and
 * questions, in the order campaignQuestionsOf gives them), in one statement: the row is kept for
 * `writableReport` in the same transaction.
 */
async function reportTerritory(input: { reportId: number }, { tx }: { tx: Transaction }) {
  const [row] = await tx
    .select({
      report: evaluationReports,
      campaignStatus: evaluationCampaigns.status,
      deadline: evaluationCampaigns.deadline,
      questions: sql<QuestionRow[]>`(select coalesce(json_agg(json_build_object('id', q.id, 'position', q.position, 'kind', q.kind, 'label', q.label, 'help', q.help, 'required', q.required) order by q.position, q.id), '[]'::json)
        from campaign_questions q where q.campaign_id = ${evaluationReports.campaignId})`,
    })
    .from(evaluationReports)
    .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
    .where(eq(evaluationReports.id, input.reportId))
    .for("update", { of: evaluationReports })
    .limit(1);
  if (!row) return null;
  lockedIn.set(tx, row);
  return [{ regionId: row.report.regionId, provinceId: row.report.provinceId }];
}

/** The report, locked (by reportTerritory, the mutation's scope step), if it may be written now from this version. */
async function writableReport(tx: Transaction, baseVersion: number) {
  const row = lockedIn.get(tx);
  if (!row) throw new ActionError("notFound");
  if (row.campaignStatus !== "open") throw new ActionError(await sentence("campaignNotOpen"));
  if (!editableReportStatuses.includes(row.report.status)) throw new ActionError(await sentence("reportLocked"));
  if (row.report.version !== baseVersion) throw new ActionError(await sentence("conflict"), "version");
  return row;
}

/** Only the campaign's questions are kept, in their kind: a forged key or a stray value is dropped. */
function keepQuestions(questions: { id: number; kind: "number" | "text" }[], answers: ReportAnswers): ReportAnswers {
  const kept: ReportAnswers = {};
  for (const q of questions) {
    const value = answers[String(q.id)];
    if (value === undefined || value === null) kept[String(q.id)] = null;
    else if (q.kind === "number") kept[String(q.id)] = typeof value === "number" ? value : Number.isFinite(Number(value)) && value.trim() !== "" ? Number(value) : null;
    else kept[String(q.id)] = String(value);
  }
  return kept;
}

type SaveInput = ReturnType<typeof reportSaveSchema.parse>;

async function writeVersion(tx: Transaction, userId: number, input: SaveInput, answers: ReportAnswers, kind: "draft" | "submitted", status: "draft" | "returned" | "submitted") {
  const version = input.baseVersion + 1;
  const now = clock.now();
  await tx
    .update(evaluationReports)
    .set({
      status,
      version,
      meetingHeldOn: input.meetingHeldOn,
      attendance: input.attendance,
      answers,
      updatedAt: now,
      updatedById: userId,
      ...(kind === "submitted" ? { submittedAt: now } : {}),
    })
    .where(eq(evaluationReports.id, input.reportId));
  await tx.insert(reportRevisions).values({
    reportId: input.reportId,
    version,
    kind,
    meetingHeldOn: input.meetingHeldOn,
    attendance: input.attendance,
    answers,
    savedById: userId,
    savedAt: now,
  });
  return { version, savedAt: now.toISOString() };
}

const reportPaths = (reportId: number, campaignId?: number) => ["/reports", ...(campaignId ? [`/reports/${campaignId}/reports/${reportId}`] : [])];

export interface SaveResult {
  version: number;
  savedAt: string;
  campaignId: number;
  daysLate?: number;
}

/**
 * A draft save (autosave): any field may be empty. Each save is a new version and a revision row;
 * the audit row (`report.save`) names the version, the revision holds the text.
 */
export const saveReportDraft = mutation({
  schema: reportSaveSchema,
  permission: "report.file",
  scope: reportTerritory,
  async run(input, { tx, user }) {
    const { report, questions } = await writableReport(tx, input.baseVersion);
    const answers = keepQuestions(questions, input.answers);
    const status = report.status === "returned" ? "returned" : "draft";
    const saved = await writeVersion(tx, user.id, input, answers, "draft", status);
    return {
      audit: { action: "report.save", entity: "evaluation_report", entityId: input.reportId, summary: `saved draft version ${saved.version} of report ${input.reportId}` },
      result: { ...saved, campaignId: report.campaignId } satisfies SaveResult,
    };
  },
});

/** The submission: required answers checked against the campaign's questions; late after the deadline day in Morocco. */
export const submitReport = mutation({
  schema: reportSaveSchema,
  permission: "report.file",
  scope: reportTerritory,
  async run(input, { tx, user }) {
    const { report, deadline, questions } = await writableReport(tx, input.baseVersion);
    const answers = keepQuestions(questions, input.answers);
    const checked = submissionSchema(questions).safeParse(formValuesOf(questions, { meetingHeldOn: input.meetingHeldOn, attendance: input.attendance, answers }));
    if (!checked.success) {
      const [issue] = checked.error.issues;
      throw new ActionError(issue.message, String(issue.path[0] ?? "_form"));
    }
    const saved = await writeVersion(tx, user.id, input, answers, "submitted", "submitted");
    const late = daysLate(deadline, new Date(saved.savedAt));
    return {
      audit: {
        action: "report.submit",
        entity: "evaluation_report",
        entityId: input.reportId,
        summary: `submitted report ${input.reportId} (version ${saved.version})${late ? `, ${late} days late` : ""}`,
        changes: { status: { from: report.status, to: "submitted" }, version: saved.version, daysLate: late },
      },
      result: { ...saved, campaignId: report.campaignId, daysLate: late } satisfies SaveResult,
    };
  },
  revalidate: (input, result) => reportPaths(input.reportId, result?.campaignId),
});
