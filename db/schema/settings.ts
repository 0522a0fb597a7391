import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// The party's identity and other configuration: nothing in the code names the party.
export const settings = pgTable("settings", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
