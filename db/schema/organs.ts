import { relations } from "drizzle-orm";
import { date, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { members } from "./people";
import { branches, provinces, regions } from "./territory";

export const organKinds = [
  "national", // المؤتمر الوطني، اللجنة المركزية، المكتب السياسي، الأمانة العامة
  "regional_secretariat",
  "provincial_secretariat",
  "branch_bureau",
  "parallel_organization", // المنظمات الموازية
  "sector", // القطاعات
] as const;
export type OrganKind = (typeof organKinds)[number];

export const organs = pgTable(
  "organs",
  {
    id: serial().primaryKey(),
    kind: text({ enum: organKinds }).notNull(),
    // a stable handle for the national organs the app refers to (central_committee, political_bureau ...)
    code: text().unique(),
    nameAr: text().notNull(),
    nameFr: text(),
    regionId: integer().references(() => regions.id, { onDelete: "cascade" }),
    provinceId: integer().references(() => provinces.id, { onDelete: "cascade" }),
    branchId: integer().references(() => branches.id, { onDelete: "cascade" }),
  },
  (t) => [index().on(t.kind), index().on(t.regionId), index().on(t.provinceId), index().on(t.branchId)],
);

export const organMemberships = pgTable(
  "organ_memberships",
  {
    id: serial().primaryKey(),
    organId: integer()
      .notNull()
      .references(() => organs.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    position: text().notNull().default("member"),
    fromDate: date({ mode: "string" }),
    toDate: date({ mode: "string" }),
  },
  (t) => [index().on(t.organId, t.toDate), index().on(t.memberId)],
);

export const organsRelations = relations(organs, ({ many }) => ({ memberships: many(organMemberships) }));
export const organMembershipsRelations = relations(organMemberships, ({ one }) => ({
  organ: one(organs, { fields: [organMemberships.organId], references: [organs.id] }),
  member: one(members, { fields: [organMemberships.memberId], references: [members.id] }),
}));

export type Organ = typeof organs.$inferSelect;
