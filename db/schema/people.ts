import { relations, sql, type SQL } from "drizzle-orm";
import { boolean, date, index, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { branches, provinces, regions } from "./territory";

export const memberStatuses = ["active", "suspended", "resigned", "deceased"] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/**
 * The folded form of an Arabic/Latin name used for search: no diacritics or tatweel, the hamza
 * forms of alif folded to ا, ى to ي, ة to ه, lower-cased. lib/text/fold.ts does the same in
 * JavaScript; both must stay in step (lib/text/fold.test.ts checks it).
 */
export function searchFold(column: SQL | string): SQL {
  const col = typeof column === "string" ? sql.raw(column) : column;
  return sql`lower(translate(regexp_replace(${col}, '[\u064B-\u065F\u0670\u0640]', '', 'g'), 'أإآٱىةؤئ', 'اااايهوي'))`;
}

export const members = pgTable(
  "members",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    fullNameAr: text().notNull(),
    fullNameLatin: text(),
    memberNumber: text().notNull(),
    phone: text(),
    email: text(),
    gender: text({ enum: ["m", "f"] }),
    branchId: integer()
      .notNull()
      .references(() => branches.id, { onDelete: "restrict" }),
    status: text({ enum: memberStatuses }).notNull().default("active"),
    joinedOn: date({ mode: "string" }),
    searchName: text().generatedAlwaysAs(
      (): SQL =>
        sql`${searchFold(sql`coalesce(${members.fullNameAr}, '') || ' ' || coalesce(${members.fullNameLatin}, '') || ' ' || ${members.memberNumber}`)}`,
    ),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex().on(t.memberNumber),
    index().on(t.branchId),
    index().on(t.status),
    index().on(t.fullNameAr, t.id),
    index("members_search_name_trgm").using("gin", sql`${t.searchName} gin_trgm_ops`),
  ],
);

/**
 * Members per branch (أعضاء الفرع), kept by a trigger on `members` (migration 0008) so that no write
 * path can forget it: every count of members over a territory sums these rows (at most one per
 * branch) instead of scanning the members. Never written by the app.
 */
export const branchMemberCounts = pgTable("branch_member_counts", {
  branchId: integer()
    .primaryKey()
    .references(() => branches.id, { onDelete: "cascade" }),
  active: integer().notNull().default(0),
  total: integer().notNull().default(0),
});

export const roles = ["admin", "bureau", "officer", "member"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("role", roles);

export const users = pgTable(
  "users",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    // bumped to end every session of the user at once (sign-out everywhere, password, role, reset)
    sessionVersion: integer().notNull().default(1),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull().default("member"),
    // An officer's scope: a region, or a province (then scopeRegionId is that province's region,
    // so that one column answers "is this in the officer's region" for both kinds).
    scopeRegionId: integer().references(() => regions.id, { onDelete: "restrict" }),
    scopeProvinceId: integer().references(() => provinces.id, { onDelete: "restrict" }),
    memberId: integer().references(() => members.id, { onDelete: "set null" }),
    active: boolean().notNull().default(true),
    mustChangePassword: boolean().notNull().default(false),
    locale: text({ enum: ["ar", "fr"] }),
    // the secret of the user's private calendar subscription URL; null when revoked
    calendarToken: text(),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`),
    uniqueIndex().on(t.memberId),
    uniqueIndex().on(t.calendarToken),
    index().on(t.role),
    // the accounts list reads by name by keyset (lib/admin/queries.ts)
    index().on(t.name, t.id),
    index().on(t.scopeRegionId),
    index().on(t.scopeProvinceId),
    index().on(t.createdAt),
  ],
);

// محاولات تسجيل الدخول — throttling lives in the database so it holds across app instances.
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: serial().primaryKey(),
    email: text().notNull(),
    ip: text().notNull(),
    succeeded: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.email, t.at), index().on(t.ip, t.at), index().on(t.email, t.ip, t.at), index().on(t.at)],
);

// جلسات أُنهيت — a signed-out session's id, refused until the session could no longer be valid anyway.
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sid: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // the end of the session's absolute lifetime: after it the cookie is refused without this row
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.expiresAt)],
);

export const membersRelations = relations(members, ({ one }) => ({
  branch: one(branches, { fields: [members.branchId], references: [branches.id] }),
}));
export const usersRelations = relations(users, ({ one }) => ({
  member: one(members, { fields: [users.memberId], references: [members.id] }),
  scopeRegion: one(regions, { fields: [users.scopeRegionId], references: [regions.id] }),
  scopeProvince: one(provinces, { fields: [users.scopeProvinceId], references: [provinces.id] }),
}));

export type Member = typeof members.$inferSelect;
export type User = typeof users.$inferSelect;

// روابط استعادة كلمة المرور — a link sent by email to set a new password. The token itself is made
// when the email leaves (lib/auth/password-reset-mail.ts) and never kept: only its SHA-256 hash is,
// so neither the outbox nor this table holds a working link.
export const passwordResets = pgTable(
  "password_resets",
  {
    id: serial().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // the outbox email that carries the link (outbox_emails.id; no foreign key: that table's file imports this one)
    outboxId: integer().notNull(),
    // null until the email is sent
    tokenHash: text(),
    expiresAt: timestamp({ withTimezone: true }),
    // set when this link, or any other of the user's, set a password: every link of the user dies then
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex().on(t.tokenHash), uniqueIndex().on(t.outboxId), index().on(t.userId), index().on(t.createdAt)],
);

// طلبات استعادة كلمة المرور — every request, for a known email or not, so that the throttle counts
// them alike and the answer says nothing of which emails exist. Forgotten after a day (lib/sweep.ts).
export const passwordResetRequests = pgTable(
  "password_reset_requests",
  {
    id: serial().primaryKey(),
    email: text().notNull(),
    ip: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.email, t.at), index().on(t.ip, t.at), index().on(t.at)],
);

export type PasswordReset = typeof passwordResets.$inferSelect;
