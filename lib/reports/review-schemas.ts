import { v, z } from "@/lib/validation";

export const reviewDecisions = ["accept", "return"] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** The form posts one field per question, `questionComment.<questionId>`: gathered here into one record. */
function gatherQuestionComments(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const input = raw as Record<string, unknown>;
  const questionComments: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^questionComment\.([0-9]{1,10})$/.exec(key);
    if (match && typeof value === "string" && value.trim()) questionComments[match[1]] = value;
  }
  const given = typeof input.questionComments === "object" && input.questionComments ? (input.questionComments as Record<string, unknown>) : {};
  return { ...input, questionComments: { ...given, ...questionComments } };
}

export const reviewReportSchema = z.preprocess(
  gatherQuestionComments,
  z.object({
    reportId: v.id(),
    // the version the reviewer read: a newer submission must be read before it is decided on
    version: v.version(),
    // the form's button; the action called says the decision
    decision: z.enum(reviewDecisions).optional(),
    comment: v.optionalText(4000),
    questionComments: z
      .record(z.string().regex(/^[0-9]{1,10}$/), z.string().trim().max(2000))
      .transform((r) => Object.fromEntries(Object.entries(r).filter(([, text]) => text !== ""))),
  }),
);
export type ReviewReportInput = z.input<typeof reviewReportSchema>;

export const remindSchema = z.object({
  campaignId: v.id(),
  // one body (a region, or a province of it), or every late body of the campaign when absent
  regionId: v.optionalId(),
  provinceId: v.optionalId(),
});
