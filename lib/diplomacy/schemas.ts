import { trimText, v, z } from "@/lib/validation";
import { countryCodes } from "./countries";
import { partyEventKinds, meetingPlaces } from "./values";

export { partyEventKinds, meetingPlaces };

// Spelled out here so that client components do not bundle the table definitions.
export const followUpStatuses = ["open", "done", "cancelled"] as const;
export type PartyEventKind = (typeof partyEventKinds)[number];
export type FollowUpStatus = (typeof followUpStatuses)[number];

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A date that must be given: an empty field says "required", not "not a date". */
const requiredDate = () => z.preprocess(blankToUndefined, v.date());

/** An ISO 3166-1 alpha-2 code among the countries we know (lib/diplomacy/countries.ts). */
const country = () =>
  z.preprocess((value) => (typeof value === "string" ? value.trim().toUpperCase() || undefined : value), z.string().pipe(z.enum(countryCodes)));

/** One entry per line of a textarea (names, aims); blank lines dropped. */
const lines = (maxLines: number, maxLength = 200) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/\r?\n/)
            .map(trimText)
            .filter(Boolean)
        : (value ?? []),
    z.array(z.string().max(maxLength)).max(maxLines),
  );


/** The partner parties of a meeting or an agreement: at least one, each once. */
const partyIds = () => v.ids(30, 1);

export const idSchema = z.object({ id: v.id() });

// الأحزاب الشريكة
const partyFields = {
  nameOriginal: v.text(200),
  nameAr: v.text(200),
  country: country(),
  orientation: v.optionalText(200),
  relationsSince: v.optionalDate(),
  contacts: v.optionalText(2000),
  notes: v.optionalText(4000),
};
export const createPartySchema = z.object(partyFields);
/** `version` in an edit: the record's version when the form loaded it (lib/concurrency.ts). */
export const updatePartySchema = z.object({ id: v.id(), version: v.id(), ...partyFields });
export const partyFormSchema = z.object({ id: v.optionalId(), version: v.optionalId(), ...partyFields });
export type PartyFormValues = z.input<typeof partyFormSchema>;

/** A partner party as its edit form holds it: what the page loads, and what a stale save shows beside the form. */
export function partyFormValues(party: {
  id: number;
  version: number;
  nameOriginal: string;
  nameAr: string;
  country: string;
  orientation: string | null;
  relationsSince: string | null;
  contacts: string | null;
  notes: string | null;
}) {
  return {
    id: String(party.id),
    version: String(party.version),
    nameOriginal: party.nameOriginal,
    nameAr: party.nameAr,
    country: party.country,
    orientation: party.orientation ?? "",
    relationsSince: party.relationsSince ?? "",
    contacts: party.contacts ?? "",
    notes: party.notes ?? "",
  } satisfies PartyFormValues;
}

// events with foreign guests
const eventFields = {
  kind: z.enum(partyEventKinds),
  ordinal: v.optionalInt(1, 200),
  title: v.text(200),
  startsOn: requiredDate(),
  endsOn: requiredDate(),
  venue: v.optionalText(200),
  city: v.text(100),
  description: v.optionalText(4000),
};
export const createEventSchema = z.object(eventFields);
export const updateEventSchema = z.object({ id: v.id(), ...eventFields });
export const eventFormSchema = z.object({ id: v.optionalId(), ...eventFields });
export type EventFormValues = z.input<typeof eventFormSchema>;

// الوفود
const delegationFields = {
  partyId: v.optionalId(),
  country: country(),
  headOfDelegation: v.text(200),
  members: lines(40),
  arrivedOn: v.optionalDate(),
  leftOn: v.optionalDate(),
  spoke: v.checkbox(),
  notes: v.optionalText(2000),
};
export const createDelegationSchema = z.object({ eventId: v.id(), ...delegationFields });
export const updateDelegationSchema = z.object({ id: v.id(), ...delegationFields });
export const delegationFormSchema = z.object({ id: v.optionalId(), eventId: v.optionalId(), ...delegationFields });
export type DelegationFormValues = z.input<typeof delegationFormSchema>;

const meetingFields = {
  date: requiredDate(),
  place: v.text(200),
  where: z.enum(meetingPlaces),
  partyIds: partyIds(),
  ourParticipants: lines(40),
  theirParticipants: lines(40),
  topics: v.optionalText(4000),
  outcome: v.optionalText(4000),
};
export const createMeetingSchema = z.object(meetingFields);
export const updateMeetingSchema = z.object({ id: v.id(), ...meetingFields });
export const meetingFormSchema = z.object({ id: v.optionalId(), ...meetingFields });
export type MeetingFormValues = z.input<typeof meetingFormSchema>;

const isFile = (value: unknown): value is File => typeof File !== "undefined" && value instanceof File;

/** An empty file input sends an empty file (nameless, or named "blob" once parsed): that is no document. */
const documentFile = z
  .preprocess((value) => (isFile(value) && value.size === 0 ? undefined : value === "" ? undefined : value), z.custom<File>(isFile).optional())
  .transform((file) => file ?? null);

// اتفاقيات التعاون
const agreementFields = {
  title: v.text(300),
  signedOn: requiredDate(),
  place: v.optionalText(200),
  partyIds: partyIds(),
  signatories: lines(20),
  aims: lines(30, 500),
  durationMonths: v.optionalInt(1, 1200),
  notes: v.optionalText(4000),
};
const documentFields = { document: documentFile, removeDocument: v.checkbox().optional().default(false) };
export const createAgreementSchema = z.object({ ...agreementFields, ...documentFields });
export const updateAgreementSchema = z.object({ id: v.id(), version: v.id(), ...agreementFields, ...documentFields });
/** The browser checks the fields; the file itself is checked on the server only. */
export const agreementFormSchema = z.object({ id: v.optionalId(), version: v.optionalId(), ...agreementFields, removeDocument: v.checkbox().optional() });
export type AgreementFormValues = z.input<typeof agreementFormSchema>;

/** An agreement as its edit form holds it (its document is shown apart, and never reloaded). */
export function agreementFormValues(
  agreement: {
    id: number;
    version: number;
    title: string;
    signedOn: string;
    place: string | null;
    signatories: readonly string[] | null;
    aims: readonly string[] | null;
    durationMonths: number | null;
    notes: string | null;
  },
  partyIds: number[],
) {
  return {
    id: String(agreement.id),
    version: String(agreement.version),
    title: agreement.title,
    signedOn: agreement.signedOn,
    place: agreement.place ?? "",
    partyIds: partyIds.map(String),
    signatories: (agreement.signatories ?? []).join("\n"),
    aims: (agreement.aims ?? []).join("\n"),
    durationMonths: agreement.durationMonths == null ? "" : String(agreement.durationMonths),
    notes: agreement.notes ?? "",
  } satisfies AgreementFormValues;
}

// إجراءات التتبع
const followUpFields = {
  title: v.text(300),
  ownerMemberId: v.id(),
  dueOn: requiredDate(),
  notes: v.optionalText(2000),
};
export const createFollowUpSchema = z.object({ agreementId: v.id(), ...followUpFields });
export const updateFollowUpSchema = z.object({ id: v.id(), ...followUpFields });
export const followUpFormSchema = z.object({ id: v.optionalId(), agreementId: v.optionalId(), ...followUpFields });
export type FollowUpFormValues = z.input<typeof followUpFormSchema>;
export const followUpStatusSchema = z.object({ id: v.id(), status: z.enum(followUpStatuses) });
