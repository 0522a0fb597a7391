import type { SittingKind } from "@/db/schema/sessions";
import { endNotBefore, MAX_ID, toId, trimText, v, z } from "@/lib/validation";
import { shortTime } from "./time";
import { ATTENDANCE_FIELD, ATTENDANCE_PAGE_SIZE, attendanceStatuses, meetingStatuses, sessionStatuses, sittingKinds } from "./values";

export * from "./values";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const toNumber = (value: unknown) => {
  const blank = blankToUndefined(value);
  return typeof blank === "string" ? Number(blank) : blank;
};

const wholeNumber = (min: number, max: number) => z.preprocess(toNumber, z.number().int().min(min).max(max));
const time = () =>
  z
    .string()
    .trim()
    .min(1)
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, "invalid")
    .transform((s) => s.slice(0, 5));
const optionalTime = () => z.preprocess(blankToUndefined, time().optional()).transform((s) => s ?? null);

/** One question per line of the textarea; blank lines dropped. */
const questionLines = () =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/\r?\n/)
            .map(trimText)
            .filter(Boolean)
        : value,
    z.array(z.string().max(500)).max(20),
  );

export const idSchema = z.object({ id: v.id() });
export const moveSchema = z.object({ id: v.id(), direction: z.enum(["up", "down"]) });

const sessionFields = {
  ordinal: wholeNumber(1, 999),
  title: v.text(200),
  startsOn: v.date(),
  endsOn: v.date(),
  venue: v.text(200),
  city: v.text(100),
  description: v.optionalText(4000),
};
// the same cross-field rule in the browser's form and in the action: shown beside the missing fields
const sessionDates = <T extends { startsOn: string; endsOn: string }>() => endNotBefore<T>("startsOn", "endsOn", "endBeforeStart");
export const createSessionSchema = z.object(sessionFields).check(sessionDates());
/** `version` in an edit: the record's version when the form loaded it (lib/concurrency.ts). */
export const updateSessionSchema = z.object({ id: v.id(), version: v.id(), ...sessionFields }).check(sessionDates());
export const sessionFormSchema = z.object({ id: v.optionalId(), version: v.optionalId(), ...sessionFields }).check(sessionDates());
export type SessionFormValues = z.input<typeof sessionFormSchema>;

/** A session as its edit form holds it: what the page loads, and what a stale save shows beside the form. */
export function sessionFormValues(session: {
  id: number;
  version: number;
  ordinal: number;
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  city: string;
  description: string | null;
}) {
  return {
    id: String(session.id),
    version: String(session.version),
    ordinal: String(session.ordinal),
    title: session.title,
    startsOn: session.startsOn,
    endsOn: session.endsOn,
    venue: session.venue,
    city: session.city,
    description: session.description ?? "",
  } satisfies SessionFormValues;
}

export const sessionStatusSchema = z.object({ id: v.id(), to: z.enum(sessionStatuses) });

const sittingFields = {
  kind: z.enum(sittingKinds),
  title: v.text(200),
  date: v.date(),
  startTime: time(),
  endTime: optionalTime(),
  chairs: v.optionalText(500),
  rapporteurId: v.optionalId(),
};
const endTimeAfterStart = <T extends { startTime: string; endTime: string | null }>() => endNotBefore<T>("startTime", "endTime", "endTimeBeforeStart", true);
export const createSittingSchema = z.object({ sessionId: v.id(), ...sittingFields }).check(endTimeAfterStart());
export const updateSittingSchema = z.object({ id: v.id(), version: v.id(), ...sittingFields }).check(endTimeAfterStart());
export const sittingFormSchema = z.object({ id: v.optionalId(), version: v.optionalId(), sessionId: v.optionalId(), ...sittingFields }).check(endTimeAfterStart());
export type SittingFormValues = z.input<typeof sittingFormSchema>;

/** A sitting as its edit form holds it (the rapporteur travels in the picker's hidden field). */
export function sittingFormValues(sitting: {
  id: number;
  version: number;
  kind: SittingKind;
  title: string;
  date: string;
  startTime: string;
  endTime: string | null;
  chairs: string | null;
  rapporteurId: number | null;
}) {
  return {
    id: String(sitting.id),
    version: String(sitting.version),
    kind: sitting.kind,
    title: sitting.title,
    date: sitting.date,
    startTime: shortTime(sitting.startTime),
    endTime: shortTime(sitting.endTime),
    chairs: sitting.chairs ?? "",
    rapporteurId: sitting.rapporteurId == null ? "" : String(sitting.rapporteurId),
  } satisfies SittingFormValues;
}

const agendaItemFields = {
  title: v.text(300),
  startTime: optionalTime(),
  durationMinutes: v.optionalInt(1, 24 * 60),
  speaker: v.optionalText(200),
  notes: v.optionalText(2000),
};
export const agendaOwners = ["sitting", "workshop"] as const;
export type AgendaOwner = (typeof agendaOwners)[number];
export const addAgendaItemSchema = z.object({ owner: z.enum(agendaOwners), ownerId: v.id(), ...agendaItemFields });
export const updateAgendaItemSchema = z.object({ id: v.id(), ...agendaItemFields });
export const agendaItemFormSchema = z.object({
  id: v.optionalId(),
  owner: z.enum(agendaOwners).optional(),
  ownerId: v.optionalId(),
  ...agendaItemFields,
});
export type AgendaItemFormValues = z.input<typeof agendaItemFormSchema>;

const workshopFields = {
  number: wholeNumber(1, 99),
  title: v.text(300),
  theme: v.optionalText(1000),
  questions: questionLines(),
  date: v.date(),
  startTime: time(),
  endTime: time(),
  room: v.optionalText(200),
  facilitatorId: v.optionalId(),
  rapporteurId: v.optionalId(),
  capacity: v.optionalInt(1, 5000),
};
export const createWorkshopSchema = z.object({ sessionId: v.id(), ...workshopFields }).check(endTimeAfterStart());
export const updateWorkshopSchema = z.object({ id: v.id(), version: v.id(), ...workshopFields }).check(endTimeAfterStart());
export const workshopFormSchema = z.object({ id: v.optionalId(), version: v.optionalId(), sessionId: v.optionalId(), ...workshopFields }).check(endTimeAfterStart());
export type WorkshopFormValues = z.input<typeof workshopFormSchema>;

/** A workshop as its edit form holds it (its two people travel in the pickers' hidden fields). */
export function workshopFormValues(workshop: {
  id: number;
  version: number;
  number: number;
  title: string;
  theme: string | null;
  questions: string[];
  date: string;
  startTime: string;
  endTime: string;
  room: string | null;
  capacity: number | null;
  facilitatorId: number | null;
  rapporteurId: number | null;
}) {
  return {
    id: String(workshop.id),
    version: String(workshop.version),
    number: String(workshop.number),
    title: workshop.title,
    theme: workshop.theme ?? "",
    questions: workshop.questions.join("\n"),
    date: workshop.date,
    startTime: shortTime(workshop.startTime),
    endTime: shortTime(workshop.endTime),
    room: workshop.room ?? "",
    capacity: workshop.capacity == null ? "" : String(workshop.capacity),
    facilitatorId: workshop.facilitatorId == null ? "" : String(workshop.facilitatorId),
    rapporteurId: workshop.rapporteurId == null ? "" : String(workshop.rapporteurId),
  } satisfies WorkshopFormValues;
}

export const participantSchema = z.object({ workshopId: v.id(), memberId: v.id() });

const meetingFields = {
  city: v.text(100),
  date: v.date(),
  time: time(),
  venue: v.optionalText(200),
  theme: v.text(300),
  speakers: v.optionalText(1000),
  status: z.enum(meetingStatuses),
};
export const createMeetingSchema = z.object({ sessionId: v.id(), ...meetingFields });
export const updateMeetingSchema = z.object({ id: v.id(), ...meetingFields });
export const meetingFormSchema = z.object({ id: v.optionalId(), sessionId: v.optionalId(), ...meetingFields });
export type MeetingFormValues = z.input<typeof meetingFormSchema>;

export const addRecommendationSchema = z.object({ workshopId: v.id(), text: v.text(2000) });
export const updateRecommendationSchema = z.object({ id: v.id(), text: v.text(2000) });
export const recommendationFormSchema = z.object({ id: v.optionalId(), workshopId: v.optionalId(), text: v.text(2000) });
export type RecommendationFormValues = z.input<typeof recommendationFormSchema>;

/** The outcomes are the session's own texts: their form carries the session's version too. */
export const sessionOutcomesSchema = z.object({
  id: v.id(),
  version: v.id(),
  finalStatement: v.optionalText(50_000),
  minutes: v.optionalText(100_000),
});
export type SessionOutcomesValues = z.input<typeof sessionOutcomesSchema>;

export function sessionOutcomesValues(session: { id: number; version: number; finalStatement: string | null; minutes: string | null }) {
  return {
    id: String(session.id),
    version: String(session.version),
    finalStatement: session.finalStatement ?? "",
    minutes: session.minutes ?? "",
  } satisfies SessionOutcomesValues;
}


export const attendanceSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const input = raw as Record<string, unknown>;
    const entries =
      input.entries ??
      Object.entries(input)
        .filter(([key]) => key.startsWith(ATTENDANCE_FIELD))
        .map(([key, status]) => ({ memberId: toId(key.slice(ATTENDANCE_FIELD.length)) ?? 0, status }));
    return { sittingId: input.sittingId, entries };
  },
  z.object({
    sittingId: v.id(),
    entries: z
      .array(z.object({ memberId: z.number().int().positive().max(MAX_ID), status: z.enum(attendanceStatuses) }))
      .max(ATTENDANCE_PAGE_SIZE * 4),
  }),
);
