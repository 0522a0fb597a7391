import { v, z } from "@/lib/validation";
import { MAX_BODY_CHARS } from "./values";

export * from "./values";

/** The members named to write the paper (تحديد المكلفين): at least one, each once. */
const assigneeIds = v.ids(12, 1);

const assignmentFields = {
  title: v.text(200),
  dueOn: v.date(),
  assigneeIds,
};

export const assignPaperSchema = z.object({ workshopId: v.id(), ...assignmentFields });
/** `version`: the paper's version when the form loaded it (lib/concurrency.ts). */
export const updateAssignmentSchema = z.object({ paperId: v.id(), version: v.id(), ...assignmentFields });

const isFile = (value: unknown): value is File => typeof File !== "undefined" && value instanceof File;

/** An empty file input still sends an empty file: that is no attachment. */
const attachment = z
  .preprocess((value) => (isFile(value) && value.size === 0 ? undefined : value), z.custom<File>(isFile).optional())
  .transform((file) => file ?? null);

export const paperTextSchema = z.object({
  paperId: v.id(),
  // the paper's version when the editor loaded it: a save over someone else's is refused
  version: v.id(),
  body: z.preprocess((value) => (value == null ? "" : value), z.string().max(MAX_BODY_CHARS)),
  attachment,
  removeAttachment: v.checkbox().optional().default(false),
});

export const approvePaperSchema = z.object({ paperId: v.id(), comment: v.optionalText(2000) });
export const returnPaperSchema = z.object({ paperId: v.id(), comment: v.text(2000) });


/** The assignment form checks this in the browser: a workshop when it creates, a paper when it edits. */
export const assignmentFormSchema = z.object({ workshopId: v.optionalId(), paperId: v.optionalId(), version: v.optionalId(), ...assignmentFields });
export type AssignmentFormValues = z.input<typeof assignmentFormSchema>;
