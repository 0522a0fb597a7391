import { relations } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, primaryKey, serial, text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";
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
    // the trainings still to come or under way begin at the earliest start among those ending from today (lib/rooting/queries.ts)
    index().on(t.endsOn, t.startsOn),
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

/*
 * Kept counts (migration 0015): the coverage, the cascade, the dashboard and the territory read
 * these few rows (one per province, region, quarter, plan and region) instead of counting the
 * branches, cells, activities and trainings of a scope on every view. Statement-level triggers
 * on every table they come from recompute, in the writing transaction, the rows of the places a
 * statement touched, so no write path can forget them. Dates are kept whole (a restructuring
 * ahead of today counts in `restructured`); the queries take out what lies after the day they
 * are asked about. Never written by the app.
 */

/** A province's branches, their restructuring, cells, active members, last activity and held trainings. */
export const provinceCounts = pgTable("province_counts", {
  provinceId: integer()
    .primaryKey()
    .references(() => provinces.id, { onDelete: "cascade" }),
  branches: integer().notNull().default(0),
  /** Branches with a restructuring date, whatever the date. */
  restructured: integer().notNull().default(0),
  /** Branches with a bureau renewal date, whatever the date. */
  bureauRenewed: integer().notNull().default(0),
  cells: integer().notNull().default(0),
  activeMembers: integer().notNull().default(0),
  /** The latest activity's date, whatever the date. */
  lastActivityOn: date({ mode: "string" }),
  /** Held or reported trainings held in the province. */
  trainingsHeld: integer().notNull().default(0),
  /** Trained trainers of held trainings who carry the plan into the province, each once. */
  trainersTrained: integer().notNull().default(0),
});

/** Branches restructured and cells founded in a province, by quarter (its first day) of their date. */
export const provinceQuarterCounts = pgTable(
  "province_quarter_counts",
  {
    provinceId: integer()
      .notNull()
      .references(() => provinces.id, { onDelete: "cascade" }),
    quarter: date({ mode: "string" }).notNull(),
    restructured: integer().notNull().default(0),
    cells: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.provinceId, t.quarter] })],
);

/** A region's held trainings and trained trainers, which do not add up from its provinces'. */
export const regionTrainingCounts = pgTable("region_training_counts", {
  regionId: integer()
    .primaryKey()
    .references(() => regions.id, { onDelete: "cascade" }),
  /** Held trainings covering the region or held in one of its provinces. */
  trainingsHeld: integer().notNull().default(0),
  /** Held trainings covering the region and held in no province. */
  trainingsHeldUnplaced: integer().notNull().default(0),
  /** Trained trainers of held trainings who carry the plan into one of its provinces, each once. */
  trainersTrained: integer().notNull().default(0),
  /** Whether a held training covers it, or is held in it covering no region (the regions trained). */
  trained: boolean().notNull().default(false),
});

/** The country's held trainings and trained trainers (those recorded without a province too): one row. */
export const trainingTotals = pgTable("training_totals", {
  id: integer().primaryKey().default(1),
  trainingsHeld: integer().notNull().default(0),
  trainersTrained: integer().notNull().default(0),
});

/** A plan's trainings concerning a region (covering it or held in one of its provinces), by level: the cascade's region lines. */
export const cascadeRegionCounts = pgTable(
  "cascade_region_counts",
  {
    planId: integer()
      .notNull()
      .references(() => rootingPlans.id, { onDelete: "cascade" }),
    regionId: integer()
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    regional: integer().notNull().default(0),
    provincial: integer().notNull().default(0),
    local: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.planId, t.regionId] })],
);
