import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./people";
import { outboxEmails } from "./reports";

/**
 * The families of notices a user chooses their emails for (lib/notifications/families.ts sorts
 * every notice's kind into one). The account's own emails (a password reset) are not among them:
 * they are always sent.
 */
export const noticeFamilies = ["sessions", "workshops", "reports", "trainings", "cooperation"] as const;
export type NoticeFamily = (typeof noticeFamilies)[number];

/** How a family's notices reach a user by email: at once (the default, when no row), in the day's digest, or not at all. */
export const emailDeliveries = ["immediate", "digest", "none"] as const;
export type EmailDelivery = (typeof emailDeliveries)[number];

/**
 * The version of a user's email choices as a whole (lib/concurrency.ts): the preferences form
 * carries the one it loaded, and a save over choices changed since — in another tab, or by an
 * email's unsubscribe link — is refused and shown. `id` is the user's. No row: version 1.
 */
export const notificationPreferenceSets = pgTable("notification_preference_sets", {
  id: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  version: integer().notNull().default(1),
});

// تفضيلات الإشعارات — one row per user and family they changed; the in-app notice is always written
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    family: text().$type<NoticeFamily>().notNull(),
    email: text().$type<EmailDelivery>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.family] }),
    check("notification_preferences_family", sql`${t.family} in ('sessions', 'workshops', 'reports', 'trainings', 'cooperation')`),
    check("notification_preferences_email", sql`${t.email} in ('immediate', 'digest', 'none')`),
  ],
);

/**
 * The daily digest of a user: one per user and day (Africa/Casablanca), so that two app instances,
 * or a second run of the job, send it once.
 */
export const notificationDigests = pgTable(
  "notification_digests",
  {
    id: serial().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date().notNull(),
    notices: integer().notNull().default(0),
    outboxId: integer().references(() => outboxEmails.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.userId, t.day), index().on(t.createdAt)],
);
