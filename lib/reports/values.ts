import type { CampaignLevel, QuestionKind, ReportAnswers } from "@/db/schema/reports";
// The values the forms and the schemas share, without zod: a client component imports them from
// here, since importing anything from schemas.ts brings zod (about 28 kB gzip) into its page.

export const campaignLevels = ["provincial", "regional"] as const satisfies readonly CampaignLevel[];
export const questionKinds = ["number", "text"] as const satisfies readonly QuestionKind[];
export const MAX_ANSWER_CHARS = 20_000;
/** The form field of a question's answer. */
export const answerField = (questionId: number) => `q${questionId}`;

export const MAX_NUMBER = 1_000_000_000;
export const MAX_ATTENDANCE = 100_000;

export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
/** "12", "12,5" (a French decimal comma) or 12 → a number; blank → undefined; anything else → NaN. */
export const toNumber = (value: unknown) => {
  const blank = blankToUndefined(value);
  if (typeof blank === "string") return Number(blank.trim().replace(",", "."));
  return blank === null ? undefined : blank;
};

export interface QuestionShape {
  id: number;
  kind: QuestionKind;
  required: boolean;
}

/** The form's flat values (all strings) from what is stored. */
export function formValuesOf(
  questions: QuestionShape[],
  saved: { meetingHeldOn: string | null; attendance: number | null; answers: ReportAnswers },
): Record<string, string> {
  const values: Record<string, string> = {
    meetingHeldOn: saved.meetingHeldOn ?? "",
    attendance: saved.attendance == null ? "" : String(saved.attendance),
  };
  for (const q of questions) {
    const answer = saved.answers[String(q.id)];
    values[answerField(q.id)] = answer == null ? "" : String(answer);
  }
  return values;
}

/** What a save sends from the form's flat values: numbers as numbers, blanks as null, text as typed. */
export function savePayloadOf(questions: QuestionShape[], values: Record<string, string | undefined>) {
  const answers: ReportAnswers = {};
  for (const q of questions) {
    const raw = values[answerField(q.id)] ?? "";
    if (q.kind === "number") {
      const n = toNumber(raw);
      answers[String(q.id)] = typeof n === "number" && Number.isFinite(n) ? n : null;
    } else answers[String(q.id)] = raw === "" ? null : raw;
  }
  const attendance = toNumber(values.attendance ?? "");
  const validAttendance = typeof attendance === "number" && Number.isInteger(attendance) && attendance >= 0 && attendance <= MAX_ATTENDANCE;
  return { meetingHeldOn: values.meetingHeldOn || null, attendance: validAttendance ? attendance : null, answers };
}
