import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  time,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { members, users } from "./people";

export const sessionStatuses = ["draft", "convened", "held", "closed"] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

// دورات اللجنة المركزية
export const committeeSessions = pgTable(
  "committee_sessions",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    ordinal: integer().notNull(), // الدورة الثامنة → 8
    title: text().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    venue: text().notNull(),
    city: text().notNull(),
    description: text(),
    status: text({ enum: sessionStatuses }).notNull().default("draft"),
    finalStatement: text(), // البيان الختامي
    minutes: text(), // المحضر
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.ordinal), index().on(t.status, t.startsOn), index().on(t.startsOn)],
);

export const sittingKinds = ["opening", "plenary", "closing"] as const;
export type SittingKind = (typeof sittingKinds)[number];

// الجلسات
export const sittings = pgTable(
  "sittings",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    sessionId: integer()
      .notNull()
      .references(() => committeeSessions.id, { onDelete: "cascade" }),
    kind: text({ enum: sittingKinds }).notNull(),
    title: text().notNull(),
    date: date({ mode: "string" }).notNull(),
    startTime: time().notNull(),
    endTime: time(),
    chairs: text(), // names as announced (رئاسة الجلسة)
    rapporteurId: integer().references(() => members.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.sessionId, t.date, t.startTime), index().on(t.rapporteurId)],
);

// جدول أعمال الجلسة أو الورشة: one table, the owner is a sitting or a workshop
export const agendaItems = pgTable(
  "agenda_items",
  {
    id: serial().primaryKey(),
    sittingId: integer().references(() => sittings.id, { onDelete: "cascade" }),
    workshopId: integer().references(() => workshops.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    title: text().notNull(),
    startTime: time(),
    durationMinutes: integer(),
    speaker: text(),
    notes: text(),
  },
  (t) => [
    index().on(t.sittingId, t.position),
    index().on(t.workshopId, t.position),
    check("agenda_items_one_owner", sql`(${t.sittingId} is null) <> (${t.workshopId} is null)`),
  ],
);

// الورشات الموازية
export const workshops = pgTable(
  "workshops",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    sessionId: integer()
      .notNull()
      .references(() => committeeSessions.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    title: text().notNull(),
    theme: text(),
    questions: text().array().notNull().default([]),
    date: date({ mode: "string" }).notNull(),
    startTime: time().notNull(),
    endTime: time().notNull(),
    room: text(),
    facilitatorId: integer().references(() => members.id, { onDelete: "set null" }),
    rapporteurId: integer().references(() => members.id, { onDelete: "set null" }),
    capacity: integer(),
  },
  (t) => [
    uniqueIndex().on(t.sessionId, t.number),
    index().on(t.date, t.startTime),
    index().on(t.facilitatorId),
    index().on(t.rapporteurId),
  ],
);

export const workshopParticipants = pgTable(
  "workshop_participants",
  {
    workshopId: integer()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.memberId] }), index().on(t.memberId)],
);

export const paperStatuses = ["assigned", "draft", "submitted", "returned", "approved"] as const;
export type PaperStatus = (typeof paperStatuses)[number];

// ورقة العمل: one per workshop, prepared by the members the Bureau names
export const workingPapers = pgTable(
  "working_papers",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    workshopId: integer()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    title: text().notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    status: text({ enum: paperStatuses }).notNull().default("assigned"),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.workshopId), index().on(t.status, t.dueOn)],
);

// تحديد المكلفين
export const paperAssignees = pgTable(
  "paper_assignees",
  {
    paperId: integer()
      .notNull()
      .references(() => workingPapers.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.paperId, t.memberId] }), index().on(t.memberId)],
);

/** Every saved text of a paper is kept: drafts, submissions, and the Bureau's decision on each. */
export const paperVersions = pgTable(
  "paper_versions",
  {
    id: serial().primaryKey(),
    paperId: integer()
      .notNull()
      .references(() => workingPapers.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    body: text().notNull().default(""),
    attachmentKey: text(),
    attachmentName: text(),
    attachmentType: text(),
    attachmentSize: bigint({ mode: "number" }),
    submitted: boolean().notNull().default(false),
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decision: text({ enum: ["returned", "approved"] }),
    reviewComment: text(),
    reviewerId: integer().references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.paperId, t.version)],
);

export const meetingStatuses = ["planned", "held", "cancelled"] as const;

// اللقاءات الموضوعاتية التحضيرية
export const thematicMeetings = pgTable(
  "thematic_meetings",
  {
    id: serial().primaryKey(),
    sessionId: integer()
      .notNull()
      .references(() => committeeSessions.id, { onDelete: "cascade" }),
    city: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    venue: text(),
    theme: text().notNull(),
    speakers: text(),
    status: text({ enum: meetingStatuses }).notNull().default("planned"),
  },
  (t) => [index().on(t.sessionId), index().on(t.startsAt)],
);

// توصيات الورشة
export const recommendations = pgTable(
  "recommendations",
  {
    id: serial().primaryKey(),
    workshopId: integer()
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    text: text().notNull(),
  },
  (t) => [index().on(t.workshopId, t.position)],
);

export const attendanceStatuses = ["present", "excused", "absent"] as const;

export const sittingAttendance = pgTable(
  "sitting_attendance",
  {
    sittingId: integer()
      .notNull()
      .references(() => sittings.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    status: text({ enum: attendanceStatuses }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sittingId, t.memberId] }), index().on(t.memberId)],
);

export const invitationAnswers = ["none", "attending", "excused"] as const;
export type InvitationAnswer = (typeof invitationAnswers)[number];

/**
 * الدعوات: the people a session expects (by default the Central Committee) and their answers. A row
 * is on the list before the session is convened; `invitedAt` is set once, when the invitation
 * leaves (convening, or an invitee added to a convened session), so it never leaves twice.
 */
export const sessionInvitations = pgTable(
  "session_invitations",
  {
    id: serial().primaryKey(),
    sessionId: integer()
      .notNull()
      .references(() => committeeSessions.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    answer: text({ enum: invitationAnswers }).notNull().default("none"),
    reason: text(),
    answeredAt: timestamp({ withTimezone: true }),
    invitedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex().on(t.sessionId, t.memberId),
    // the Bureau's list and counts by answer, paged by id (lib/sessions/invitation-queries.ts)
    index().on(t.sessionId, t.answer, t.id),
    index().on(t.sessionId, t.id),
    // one's own invitations (the dashboard's card)
    index().on(t.memberId),
  ],
);

export const committeeSessionsRelations = relations(committeeSessions, ({ many }) => ({
  sittings: many(sittings),
  workshops: many(workshops),
  thematicMeetings: many(thematicMeetings),
}));
export const sittingsRelations = relations(sittings, ({ one, many }) => ({
  session: one(committeeSessions, { fields: [sittings.sessionId], references: [committeeSessions.id] }),
  agenda: many(agendaItems),
}));
export const workshopsRelations = relations(workshops, ({ one, many }) => ({
  session: one(committeeSessions, { fields: [workshops.sessionId], references: [committeeSessions.id] }),
  agenda: many(agendaItems),
  participants: many(workshopParticipants),
  recommendations: many(recommendations),
}));
export const agendaItemsRelations = relations(agendaItems, ({ one }) => ({
  sitting: one(sittings, { fields: [agendaItems.sittingId], references: [sittings.id] }),
  workshop: one(workshops, { fields: [agendaItems.workshopId], references: [workshops.id] }),
}));

export type CommitteeSession = typeof committeeSessions.$inferSelect;
export type Sitting = typeof sittings.$inferSelect;
export type Workshop = typeof workshops.$inferSelect;
export type WorkingPaper = typeof workingPapers.$inferSelect;
export type SessionInvitation = typeof sessionInvitations.$inferSelect;
