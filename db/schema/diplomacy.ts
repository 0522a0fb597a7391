import { relations } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { members } from "./people";

// الأحزاب الشريكة
export const partnerParties = pgTable(
  "partner_parties",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    nameOriginal: text().notNull(), // in the party's own language
    nameAr: text().notNull(),
    // ISO 3166-1 alpha-2; the continent is derived from it in code, never stored twice
    country: text().notNull(),
    orientation: text(),
    relationsSince: date({ mode: "string" }),
    contacts: text(),
    notes: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.country), index().on(t.nameAr, t.id)],
);

export const partyEventKinds = ["congress", "conference", "festival", "anniversary", "other"] as const;

// events with foreign guests: congresses (with their ordinal) and others
export const partyEvents = pgTable(
  "party_events",
  {
    id: serial().primaryKey(),
    kind: text({ enum: partyEventKinds }).notNull(),
    ordinal: integer(), // المؤتمر الوطني الثامن → 8
    title: text().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    venue: text(),
    city: text().notNull(),
    description: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.startsOn, t.id)],
);

// الوفود الأجنبية
export const delegations = pgTable(
  "delegations",
  {
    id: serial().primaryKey(),
    eventId: integer()
      .notNull()
      .references(() => partyEvents.id, { onDelete: "cascade" }),
    partyId: integer().references(() => partnerParties.id, { onDelete: "set null" }),
    country: text().notNull(),
    headOfDelegation: text().notNull(),
    members: text().array().notNull().default([]),
    arrivedOn: date({ mode: "string" }),
    leftOn: date({ mode: "string" }),
    spoke: boolean().notNull().default(false),
    notes: text(),
  },
  (t) => [index().on(t.eventId), index().on(t.partyId), index().on(t.country)],
);

// الزيارات واللقاءات
export const diplomaticMeetings = pgTable(
  "diplomatic_meetings",
  {
    id: serial().primaryKey(),
    date: date({ mode: "string" }).notNull(),
    place: text().notNull(),
    received: boolean().notNull().default(true), // received at headquarters, or abroad
    ourParticipants: text().array().notNull().default([]),
    theirParticipants: text().array().notNull().default([]),
    topics: text(),
    outcome: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.date, t.id)],
);

export const meetingParties = pgTable(
  "meeting_parties",
  {
    meetingId: integer()
      .notNull()
      .references(() => diplomaticMeetings.id, { onDelete: "cascade" }),
    partyId: integer()
      .notNull()
      .references(() => partnerParties.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.partyId] }), index().on(t.partyId)],
);

// اتفاقيات التعاون
export const agreements = pgTable(
  "agreements",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    title: text().notNull(),
    signedOn: date({ mode: "string" }).notNull(),
    place: text(),
    signatories: text().array().notNull().default([]),
    aims: text().array().notNull().default([]),
    durationMonths: integer(),
    documentKey: text(),
    documentName: text(),
    notes: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.signedOn, t.id)],
);

export const agreementParties = pgTable(
  "agreement_parties",
  {
    agreementId: integer()
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    partyId: integer()
      .notNull()
      .references(() => partnerParties.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.partyId] }), index().on(t.partyId)],
);

export const followUpStatuses = ["open", "done", "cancelled"] as const;

// إجراءات التتبع
export const followUpActions = pgTable(
  "follow_up_actions",
  {
    id: serial().primaryKey(),
    agreementId: integer()
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    title: text().notNull(),
    ownerMemberId: integer().references(() => members.id, { onDelete: "set null" }),
    dueOn: date({ mode: "string" }).notNull(),
    status: text({ enum: followUpStatuses }).notNull().default("open"),
    doneOn: date({ mode: "string" }),
    notes: text(),
  },
  (t) => [index().on(t.agreementId), index().on(t.status, t.dueOn), index().on(t.ownerMemberId)],
);

export const agreementsRelations = relations(agreements, ({ many }) => ({
  parties: many(agreementParties),
  followUps: many(followUpActions),
}));
export const partyEventsRelations = relations(partyEvents, ({ many }) => ({ delegations: many(delegations) }));

export type PartnerParty = typeof partnerParties.$inferSelect;
export type Agreement = typeof agreements.$inferSelect;
