import type { CampaignStatus, ReportStatus } from "@/db/schema/reports";
import { v, z } from "@/lib/validation";
import { answerField, blankToUndefined, campaignLevels, formValuesOf, MAX_ANSWER_CHARS, MAX_ATTENDANCE, MAX_NUMBER, questionKinds, savePayloadOf, toNumber, type QuestionShape } from "./values";

export { answerField, campaignLevels, formValuesOf, MAX_ANSWER_CHARS, MAX_ATTENDANCE, MAX_NUMBER, questionKinds, savePayloadOf, type QuestionShape };

// Spelled out here so that client components do not bundle the table definitions.
export const campaignStatuses = ["draft", "open", "closed"] as const satisfies readonly CampaignStatus[];
export const reportStatuses = ["not_started", "draft", "submitted", "returned", "accepted"] as const satisfies readonly ReportStatus[];

/** The body's officer may write while the report is theirs: before submitting, or once the Bureau returns it. */
export const editableReportStatuses: readonly ReportStatus[] = ["not_started", "draft", "returned"];


// ——— campaigns (حملات التقييم) ———

const regionIds = v.ids(20);

const campaignFields = {
  title: v.text(200),
  purpose: v.optionalText(4000),
  level: z.enum(campaignLevels),
  allTerritories: v.checkbox(),
  regionIds,
  opensOn: v.date(),
  deadline: v.date(),
  synthesisMeeting: v.optionalText(300),
  synthesisMeetingOn: v.optionalDate(),
};

/** Where a campaign's first questions come from: the standard template, or an earlier campaign. */
export const templateSource = z.union([z.literal("standard"), v.id()]);
export type TemplateSource = z.output<typeof templateSource>;

export const createCampaignSchema = z.object({
  ...campaignFields,
  copyFrom: z.preprocess(blankToUndefined, templateSource.optional()).transform((s) => s ?? null),
});
export const updateCampaignSchema = z.object({ id: v.id(), ...campaignFields });
export const campaignIdSchema = z.object({ id: v.id() });
/** The campaign form's values in the browser, before the schema reads them. */
export interface CampaignFormValues {
  id?: string;
  title: string;
  purpose: string;
  level: (typeof campaignLevels)[number];
  allTerritories: boolean;
  opensOn: string;
  deadline: string;
  synthesisMeeting: string;
  synthesisMeetingOn: string;
  copyFrom?: string;
}

// ——— questions ———

const questionFields = {
  kind: z.enum(questionKinds),
  label: v.text(300),
  help: v.optionalText(1000),
  required: v.checkbox(),
};
export const addQuestionSchema = z.object({ campaignId: v.id(), ...questionFields });
export const updateQuestionSchema = z.object({ id: v.id(), ...questionFields });
export const questionIdSchema = z.object({ id: v.id() });
export const moveQuestionSchema = z.object({ id: v.id(), direction: z.enum(["up", "down"]) });
export const copyQuestionsSchema = z.object({ campaignId: v.id(), source: templateSource });
export type QuestionFormValues = z.input<typeof updateQuestionSchema>;

// ——— reports (تقارير الهيئات) ———

/** The form's field of a question: "q12" (a bare number would be read as an array index). */

const parseJson = (value: unknown) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

// a draft keeps a number as typed, even one the submission will refuse: nothing typed is dropped
const answerValue = z.union([z.number().min(-MAX_NUMBER).max(MAX_NUMBER), z.string().max(MAX_ANSWER_CHARS), z.null()]);

/**
 * What a save sends: the version the editor started from, and the values as they are. A draft may
 * leave anything empty; required answers are checked on submission only (`submissionSchema`).
 */
export const reportSaveSchema = z.object({
  reportId: v.id(),
  baseVersion: v.version(),
  // the editor sends JSON: an empty field comes as null
  meetingHeldOn: z.preprocess((value) => (value === null ? undefined : blankToUndefined(value)), v.date().optional()).transform((s) => s ?? null),
  attendance: z.preprocess(toNumber, z.number().int().min(0).max(MAX_ATTENDANCE).optional()).transform((n) => n ?? null),
  // keyed by question id: at most ten digits, so no key can overflow the integer column it is looked up in
  answers: z.preprocess(parseJson, z.record(z.string().regex(/^[0-9]{1,10}$/), answerValue)).default({}),
});
export type ReportSaveInput = z.input<typeof reportSaveSchema>;


const numberAnswer = (required: boolean) => {
  const n = z.number().min(0).max(MAX_NUMBER);
  return z.preprocess(toNumber, required ? n : n.optional());
};
const textAnswer = (required: boolean) => (required ? v.text(MAX_ANSWER_CHARS) : v.optionalText(MAX_ANSWER_CHARS));

/**
 * The submission, built from the campaign's questions over the form's flat values
 * (`meetingHeldOn`, `attendance`, `q<id>`): the same rules in the browser and on the server.
 */
export function submissionSchema(questions: QuestionShape[]) {
  const shape: Record<string, z.ZodType> = {
    meetingHeldOn: z.preprocess(blankToUndefined, v.date()),
    attendance: z.preprocess(toNumber, z.number().int().min(0).max(MAX_ATTENDANCE)),
  };
  for (const q of questions) shape[answerField(q.id)] = q.kind === "number" ? numberAnswer(q.required) : textAnswer(q.required);
  return z.object(shape);
}

