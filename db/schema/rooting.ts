import { relations } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, serial, text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";
import { members } from "./people";
import { committeeSessions } from "./sessions";
import { branches, provinces, regions } from "./territory";

// خطة التجذر: a plan adopted by a session; a new plan closes the previous one (history kept)
export const rootingPlans = pgTable("rooting_plans", {
  id: serial().primaryKey(),
  title: text().notNull(),
  adoptedBySessionId: integer().references(() => committeeSessions.id, { onDelete: "set null" }),
  adoptedOn: date({ mode: "string" }),
  goals: text().array().notNull().default([]),
  startsOn: date({ mode: "string" }).notNull(),
  endedOn: date({ mode: "string" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const trainingLevels = ["national", "regional", "provincial", "local"] as const;
export type TrainingLevel = (typeof trainingLevels)[number];
export const trainingStatuses = ["planned", "held", "reported"] as const;
export type TrainingStatus = (typeof trainingStatuses)[number];

// اللقاءات التكوينية: the same record at every level of the cascade
export const trainingMeetings = pgTable(
  "training_meetings",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    planId: integer()
      .notNull()
      .references(() => rootingPlans.id, { onDelete: "restrict" }),
    level: text({ enum: trainingLevels }).notNull(),
    title: text().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    startTime: text(), // HH:MM, Africa/Casablanca
    venue: text(),
    city: text().notNull(),
    status: text({ enum: trainingStatuses }).notNull().default("planned"),
    // the cascade: a provincial or local training names the training its trainers came from
    parentId: integer().references((): AnyPgColumn => trainingMeetings.id, { onDelete: "set null" }),
    // where a provincial or local training is held (regional ones list their regions below)
    provinceId: integer().references(() => provinces.id, { onDelete: "restrict" }),
    branchId: integer().references(() => branches.id, { onDelete: "set null" }),
    rapporteur: text(), // المقرر(ة)
    summary: text(),
    discussion: text(),
    followUp: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.planId, t.level),
    // the cascade reads a plan in date order, a page at a time (lib/rooting/cascade-queries.ts)
    index().on(t.planId, t.startsOn, t.id),
    // the trainings list reads latest first by keyset (lib/rooting/queries.ts); it serves a day's range too
    index().on(t.startsOn, t.id),
    index().on(t.parentId),
    index().on(t.provinceId),
    index().on(t.branchId),
    index().on(t.status),
  ],
);

/** The regions a training covers (a regional meeting covers a group of regions). */
export const trainingRegions = pgTable(
  "training_regions",
  {
    trainingId: integer()
      .notNull()
      .references(() => trainingMeetings.id, { onDelete: "cascade" }),
    regionId: integer()
      .notNull()
      .references(() => regions.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.trainingId, t.regionId] }), index().on(t.regionId)],
);

export const trainingSittings = pgTable(
  "training_sittings",
  {
    id: serial().primaryKey(),
    trainingId: integer()
      .notNull()
      .references(() => trainingMeetings.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    title: text().notNull(),
    chair: text(), // رئيس(ة) الجلسة
  },
  (t) => [index().on(t.trainingId, t.position)],
);

export const trainingRoles = ["trainer", "bureau", "participant", "trained_trainer", "leader"] as const;
export type TrainingRole = (typeof trainingRoles)[number];

/**
 * Named people of a training: its trainers (مؤطر), attending Bureau members, participants, the
 * trainers it trained (each with the province they will carry the plan into), and — for a
 * provincial or local training — the trained trainers who led it.
 */
export const trainingPeople = pgTable(
  "training_people",
  {
    trainingId: integer()
      .notNull()
      .references(() => trainingMeetings.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    role: text({ enum: trainingRoles }).notNull(),
    provinceId: integer().references(() => provinces.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.trainingId, t.memberId, t.role] }), index().on(t.memberId, t.role), index().on(t.provinceId)],
);

/** Participants counted per province when their names are not known. */
export const trainingAttendanceCounts = pgTable(
  "training_attendance_counts",
  {
    trainingId: integer()
      .notNull()
      .references(() => trainingMeetings.id, { onDelete: "cascade" }),
    provinceId: integer()
      .notNull()
      .references(() => provinces.id, { onDelete: "restrict" }),
    count: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.trainingId, t.provinceId] }), index().on(t.provinceId)],
);

export const trainingMaterials = pgTable(
  "training_materials",
  {
    id: serial().primaryKey(),
    trainingId: integer()
      .notNull()
      .references(() => trainingMeetings.id, { onDelete: "cascade" }),
    title: text().notNull(),
    url: text(),
    storageKey: text(),
    fileName: text(),
    fileType: text(),
    fileSize: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.trainingId)],
);

export const activityKinds = ["public_meeting", "neighbourhood_visit", "solidarity", "cultural", "campaign", "training", "other"] as const;
export type ActivityKind = (typeof activityKinds)[number];

// أنشطة الفرع مع المواطنين
export const rootingActivities = pgTable(
  "rooting_activities",
  {
    id: serial().primaryKey(),
    branchId: integer()
      .notNull()
      .references(() => branches.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }).notNull(),
    kind: text({ enum: activityKinds }).notNull(),
    description: text().notNull(),
    peopleReached: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // a branch's activities are read latest first by keyset (lib/rooting/branch-queries.ts)
  (t) => [index().on(t.branchId, t.date, t.id), index().on(t.date)],
);

export const trainingMeetingsRelations = relations(trainingMeetings, ({ one, many }) => ({
  plan: one(rootingPlans, { fields: [trainingMeetings.planId], references: [rootingPlans.id] }),
  parent: one(trainingMeetings, { fields: [trainingMeetings.parentId], references: [trainingMeetings.id], relationName: "cascade" }),
  children: many(trainingMeetings, { relationName: "cascade" }),
  regions: many(trainingRegions),
  sittings: many(trainingSittings),
  people: many(trainingPeople),
  materials: many(trainingMaterials),
}));

export type RootingPlan = typeof rootingPlans.$inferSelect;
export type TrainingMeeting = typeof trainingMeetings.$inferSelect;
