import { relations, sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./people";
import { provinces, regions } from "./territory";

export const campaignStatuses = ["draft", "open", "closed"] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];
export const campaignLevels = ["provincial", "regional"] as const;
export type CampaignLevel = (typeof campaignLevels)[number];

// حملات التقييم: the Bureau asks territorial bodies for a report by a deadline
export const evaluationCampaigns = pgTable(
  "evaluation_campaigns",
  {
    id: serial().primaryKey(),
    title: text().notNull(),
    purpose: text(),
    level: text({ enum: campaignLevels }).notNull(),
    // every body of that level, or only the territories listed in campaign_territories
    allTerritories: boolean().notNull().default(true),
    opensOn: date({ mode: "string" }).notNull(),
    // the last day; a report is on time until the end of that day in Africa/Casablanca
    deadline: date({ mode: "string" }).notNull(),
    status: text({ enum: campaignStatuses }).notNull().default("draft"),
    synthesisMeeting: text(), // the meeting where the synthesis is studied
    synthesisMeetingOn: date({ mode: "string" }),
    copiedFromId: integer(),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // the campaigns list reads newest first by keyset (lib/reports/queries.ts)
  (t) => [index().on(t.status, t.deadline), index().on(t.opensOn, t.id)],
);

export const campaignTerritories = pgTable(
  "campaign_territories",
  {
    campaignId: integer()
      .notNull()
      .references(() => evaluationCampaigns.id, { onDelete: "cascade" }),
    regionId: integer()
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.regionId] })],
);

export const questionKinds = ["number", "text"] as const;
export type QuestionKind = (typeof questionKinds)[number];

// the template: numeric fields (candidates, votes, seats …) and narrative questions
export const campaignQuestions = pgTable(
  "campaign_questions",
  {
    id: serial().primaryKey(),
    campaignId: integer()
      .notNull()
      .references(() => evaluationCampaigns.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: text({ enum: questionKinds }).notNull(),
    label: text().notNull(),
    help: text(),
    required: boolean().notNull().default(true),
  },
  (t) => [index().on(t.campaignId, t.position)],
);

export const reportStatuses = ["not_started", "draft", "submitted", "returned", "accepted"] as const;
export type ReportStatus = (typeof reportStatuses)[number];
/** Answers by question id: a number for numeric fields, text for narrative ones. */
export type ReportAnswers = Record<string, string | number | null>;

// تقارير الهيئات: one per target body (a province, or a region for regional campaigns)
export const evaluationReports = pgTable(
  "evaluation_reports",
  {
    id: serial().primaryKey(),
    campaignId: integer()
      .notNull()
      .references(() => evaluationCampaigns.id, { onDelete: "cascade" }),
    regionId: integer()
      .notNull()
      .references(() => regions.id, { onDelete: "restrict" }),
    provinceId: integer().references(() => provinces.id, { onDelete: "restrict" }),
    status: text({ enum: reportStatuses }).notNull().default("not_started"),
    // bumped by every save: a save made against an older version is refused (two editors at once)
    version: integer().notNull().default(0),
    meetingHeldOn: date({ mode: "string" }),
    attendance: integer(),
    answers: jsonb().$type<ReportAnswers>().notNull().default({}),
    submittedAt: timestamp({ withTimezone: true }),
    acceptedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    // one report per body: a regional report has no province, and NULLs must not be distinct here
    unique("evaluation_reports_body_unique").on(t.campaignId, t.regionId, t.provinceId).nullsNotDistinct(),
    index().on(t.campaignId, t.status),
    index().on(t.regionId),
    index().on(t.provinceId),
  ],
);

/** Every saved state of a report, and every submission, kept. */
export const reportRevisions = pgTable(
  "report_revisions",
  {
    id: serial().primaryKey(),
    reportId: integer()
      .notNull()
      .references(() => evaluationReports.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    kind: text({ enum: ["draft", "submitted"] }).notNull(),
    meetingHeldOn: date({ mode: "string" }),
    attendance: integer(),
    answers: jsonb().$type<ReportAnswers>().notNull(),
    savedById: integer().references(() => users.id, { onDelete: "set null" }),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.reportId, t.version)],
);

// the Bureau's decision on a submission, with comments per question
export const reportReviews = pgTable(
  "report_reviews",
  {
    id: serial().primaryKey(),
    reportId: integer()
      .notNull()
      .references(() => evaluationReports.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    decision: text({ enum: ["returned", "accepted"] }).notNull(),
    comment: text(),
    questionComments: jsonb().$type<Record<string, string>>().notNull().default({}),
    reviewerId: integer().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.reportId, t.at)],
);

// التقرير التركيبي: one per campaign, the Bureau's text per section, every version kept
export const synthesisReports = pgTable(
  "synthesis_reports",
  {
    id: serial().primaryKey(),
    campaignId: integer()
      .notNull()
      .references(() => evaluationCampaigns.id, { onDelete: "cascade" }),
    status: text({ enum: ["draft", "final"] }).notNull().default("draft"),
    version: integer().notNull().default(0),
    // the Bureau's text by section: "introduction", "figures", "conclusion", or a question id
    sections: jsonb().$type<Record<string, string>>().notNull().default({}),
    finalizedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.campaignId)],
);

export const synthesisVersions = pgTable(
  "synthesis_versions",
  {
    id: serial().primaryKey(),
    synthesisId: integer()
      .notNull()
      .references(() => synthesisReports.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    sections: jsonb().$type<Record<string, string>>().notNull(),
    savedById: integer().references(() => users.id, { onDelete: "set null" }),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.synthesisId, t.version)],
);

// in-app notifications; `dedupeKey` makes "three days before the deadline" happen once per user
export const notifications = pgTable(
  "notifications",
  {
    id: serial().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    title: text().notNull(),
    body: text(),
    href: text(),
    dedupeKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    // its email waits for the user's daily digest (lib/notifications/digest.ts)
    digestPending: boolean().notNull().default(false),
  },
  (t) => [
    index().on(t.userId, t.readAt, t.createdAt),
    // what the digest job reads: only the notices still waiting for one
    index("notifications_digest_pending_idx").on(t.userId, t.id).where(sql`${t.digestPending}`),
    // one's notifications are read newest first by keyset (lib/notifications/queries.ts)
    index().on(t.userId, t.createdAt, t.id),
    uniqueIndex().on(t.userId, t.dedupeKey),
  ],
);

/**
 * An email's way out: `waiting` (written, no job yet), `queued` (a job of the queue will send it),
 * `sending` (a worker has it), `sent`, or `failed` after the last retry (the dead letter an admin
 * can send again).
 */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export const outboxStatuses = ["waiting", "queued", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

// emails: sent through SMTP by the job queue when configured, otherwise kept here for admins to read
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: serial().primaryKey(),
    to: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    status: text().$type<OutboxStatus>().notNull().default("waiting"),
    /** SMTP attempts made, over every round. */
    attempts: integer().notNull().default(0),
    /** Moves on each time an admin sends a failed email again: the round names its job. */
    round: integer().notNull().default(0),
    /** When a worker took it: a claim older than the job's expiry belongs to a process that died. */
    claimedAt: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    /** The last failure, without any address or content of the email. */
    error: text(),
    /** Files sent with the email (a session's .ics), their text content kept with the row. */
    attachments: jsonb().$type<EmailAttachment[]>(),
    /** The recipient's account and the family of notice (or `digest`): what its unsubscribe link turns off. */
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    family: text(),
  },
  (t) => [index().on(t.createdAt), index().on(t.status, t.id)],
);

export const evaluationCampaignsRelations = relations(evaluationCampaigns, ({ many }) => ({
  questions: many(campaignQuestions),
  reports: many(evaluationReports),
  territories: many(campaignTerritories),
}));
export const evaluationReportsRelations = relations(evaluationReports, ({ one, many }) => ({
  campaign: one(evaluationCampaigns, { fields: [evaluationReports.campaignId], references: [evaluationCampaigns.id] }),
  revisions: many(reportRevisions),
  reviews: many(reportReviews),
}));

export type EvaluationCampaign = typeof evaluationCampaigns.$inferSelect;
export type CampaignQuestion = typeof campaignQuestions.$inferSelect;
export type EvaluationReport = typeof evaluationReports.$inferSelect;
