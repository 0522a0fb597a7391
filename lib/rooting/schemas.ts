import type { ActivityKind } from "@/db/schema/rooting";
import { trimText, v, z } from "@/lib/validation";
import { trainingLevels, trainingRoles, trainingStatuses } from "./values";

export * from "./values";

export const TRAININGS_PAGE_SIZE = 20;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const time = () =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, "invalid")
    .transform((s) => s.slice(0, 5));
const optionalTime = () => z.preprocess(blankToUndefined, time().optional()).transform((s) => s ?? null);

/** One goal per line of the textarea; blank lines dropped. */
const lines = (max: number, maxLength: number) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/\r?\n/)
            .map(trimText)
            .filter(Boolean)
        : value,
    z.array(z.string().max(maxLength)).max(max),
  );

/** Several ids from checkboxes (`regionIds[]`), each once. */
const idList = (max: number) => v.ids(max);

export const idSchema = z.object({ id: v.id() });

// ——— plans ———

const planFields = {
  title: v.text(200),
  adoptedBySessionId: v.optionalId(),
  goals: lines(30, 500),
  startsOn: v.date(),
};
export const createPlanSchema = z.object(planFields);
export const updatePlanSchema = z.object({ id: v.id(), ...planFields });
export const planFormSchema = z.object({ id: v.optionalId(), ...planFields });
export type PlanFormValues = z.input<typeof planFormSchema>;

// ——— training meetings ———

const trainingFields = {
  planId: v.id(),
  title: v.text(200),
  startsOn: v.date(),
  endsOn: v.date(),
  startTime: optionalTime(),
  venue: v.optionalText(200),
  city: v.text(100),
  regionIds: idList(12),
  provinceId: v.optionalId(),
  branchId: v.optionalId(),
  parentId: v.optionalId(),
  rapporteur: v.optionalText(200),
};
export const createTrainingSchema = z.object({ level: z.enum(trainingLevels), ...trainingFields });
// the level is kept once the training exists: it decides where it sits in the cascade;
// `version`: the training's version when the form loaded it (lib/concurrency.ts)
export const updateTrainingSchema = z.object({ id: v.id(), version: v.id(), ...trainingFields });
export const trainingFormSchema = z.object({ id: v.optionalId(), version: v.optionalId(), level: z.enum(trainingLevels), ...trainingFields });
export type TrainingFormValues = z.input<typeof trainingFormSchema>;

/** A training as its edit form holds it: what the page loads, and what a stale save shows beside the form. */
export function trainingFormValues(
  training: {
    id: number;
    version: number;
    level: (typeof trainingLevels)[number];
    planId: number;
    title: string;
    startsOn: string;
    endsOn: string;
    startTime: string | null;
    venue: string | null;
    city: string;
    provinceId: number | null;
    branchId: number | null;
    parentId: number | null;
    rapporteur: string | null;
  },
  regionIds: number[],
) {
  return {
    id: String(training.id),
    version: String(training.version),
    level: training.level,
    planId: String(training.planId),
    title: training.title,
    startsOn: training.startsOn,
    endsOn: training.endsOn,
    startTime: training.startTime ?? "",
    venue: training.venue ?? "",
    city: training.city,
    regionIds: regionIds.map(String),
    provinceId: training.provinceId ? String(training.provinceId) : "",
    branchId: training.branchId ? String(training.branchId) : "",
    parentId: training.parentId ? String(training.parentId) : "",
    rapporteur: training.rapporteur ?? "",
  } satisfies TrainingFormValues;
}

export const trainingStatusSchema = z.object({ id: v.id(), to: z.enum(trainingStatuses) });

export const trainingReportSchema = z.object({
  id: v.id(),
  summary: v.optionalText(20_000),
  discussion: v.optionalText(20_000),
  followUp: v.optionalText(20_000),
});
export type TrainingReportValues = z.input<typeof trainingReportSchema>;

// ——— a training's people, counts, sittings and materials ———

export const addPersonSchema = z.object({
  trainingId: v.id(),
  memberId: v.id(),
  role: z.enum(trainingRoles),
  // for a trained trainer: the province they carry the plan into
  provinceId: v.optionalId(),
});
export type AddPersonValues = z.input<typeof addPersonSchema>;
export const removePersonSchema = z.object({ trainingId: v.id(), memberId: v.id(), role: z.enum(trainingRoles) });

export const attendanceCountSchema = z.object({
  trainingId: v.id(),
  provinceId: v.id(),
  count: v.int(0, 100_000),
});
export type AttendanceCountValues = z.input<typeof attendanceCountSchema>;

export const addSittingSchema = z.object({ trainingId: v.id(), title: v.text(200), chair: v.optionalText(200) });
export type AddSittingValues = z.input<typeof addSittingSchema>;

const isFile = (value: unknown): value is File => typeof File !== "undefined" && value instanceof File;

/** An empty file input sends an empty file (which Next names "blob"): that is no file. */
const materialFile = z
  .preprocess((value) => (isFile(value) && value.size === 0 ? undefined : value), z.custom<File>(isFile).optional())
  .transform((file) => file ?? null);

const httpUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(2000)
    .refine((s) => /^https?:\/\/[^\s]+$/i.test(s) && URL.canParse(s), "invalid")
    .optional(),
);

export const addMaterialSchema = z.object({
  trainingId: v.id(),
  title: v.text(200),
  url: httpUrl.transform((s) => s ?? null),
  file: materialFile,
});
export const materialFormSchema = z.object({ trainingId: v.id(), title: v.text(200), url: httpUrl });
export type MaterialFormValues = z.input<typeof materialFormSchema>;

// ——— the list's filters (query string) ———

export const trainingFiltersSchema = z.object({
  level: z.enum(trainingLevels).optional().catch(undefined),
  status: z.enum(trainingStatuses).optional().catch(undefined),
  region: v.idParam(),
  from: v.dateParam(),
  to: v.dateParam(),
  plan: v.idParam(),
  after: v.cursorParam(),
  before: v.cursorParam(),
});
export type TrainingFilters = z.output<typeof trainingFiltersSchema>;

// ——— branch rooting: restructuring dates and activities with citizens ———

export const rootingActivityKinds = [
  "public_meeting",
  "neighbourhood_visit",
  "solidarity",
  "cultural",
  "campaign",
  "training",
  "other",
] as const satisfies readonly ActivityKind[];

// dates are checked against today on the server (a restructuring is recorded once it has happened)
export const branchRootingSchema = z.object({
  branchId: v.id(),
  restructuredOn: v.optionalDate(),
  bureauRenewedOn: v.optionalDate(),
});
export type BranchRootingValues = z.input<typeof branchRootingSchema>;

const activityFields = {
  date: v.date(),
  kind: z.enum(rootingActivityKinds),
  description: v.text(500),
  peopleReached: v.optionalInt(0, 1_000_000),
};
export const createActivitySchema = z.object({ branchId: v.id(), ...activityFields });
export const updateActivitySchema = z.object({ id: v.id(), ...activityFields });
export type ActivityValues = z.input<typeof updateActivitySchema>;
export type NewActivityValues = z.input<typeof createActivitySchema>;

/** The coverage page's drill-down: nation → ?region= → ?province= (paginated). */
export const coverageParamsSchema = z.object({
  region: v.idParam(),
  province: v.idParam(),
  after: v.cursorParam(),
  before: v.cursorParam(),
});
export type CoverageParams = z.output<typeof coverageParamsSchema>;
