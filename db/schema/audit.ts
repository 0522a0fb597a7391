import { relations } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./people";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    summary: text().notNull(),
    changes: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index().on(t.at, t.id), index().on(t.userId, t.at), index().on(t.entity, t.entityId), index().on(t.action, t.at)],
);

export const auditLogRelations = relations(auditLog, ({ one }) => ({
  user: one(users, { fields: [auditLog.userId], references: [users.id] }),
}));

export type AuditEntry = typeof auditLog.$inferSelect;

/**
 * One-time keys of create forms: a double click or a retry on a slow line sends the same key twice,
 * and the second request answers with the first one's result instead of creating a second row.
 */
export const actionKeys = pgTable(
  "action_keys",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text().notNull(),
    action: text().notNull(),
    result: jsonb().$type<{ value: unknown }>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index().on(t.createdAt)],
);
