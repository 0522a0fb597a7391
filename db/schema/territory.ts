import { relations } from "drizzle-orm";
import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// الجهات
export const regions = pgTable("regions", {
  id: serial().primaryKey(),
  code: text().notNull().unique(),
  nameAr: text().notNull(),
  nameFr: text().notNull(),
});

// العمالات والأقاليم
export const provinces = pgTable(
  "provinces",
  {
    id: serial().primaryKey(),
    regionId: integer()
      .notNull()
      .references(() => regions.id, { onDelete: "restrict" }),
    nameAr: text().notNull(),
    nameFr: text().notNull(),
  },
  (t) => [index().on(t.regionId), uniqueIndex().on(t.regionId, t.nameFr)],
);

// الفروع المحلية
export const branches = pgTable(
  "branches",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    provinceId: integer()
      .notNull()
      .references(() => provinces.id, { onDelete: "restrict" }),
    nameAr: text().notNull(),
    nameFr: text(),
    town: text().notNull(),
    address: text(),
    // the تجذر plan's organizational goals for the branch (إعادة الهيكلة والتجديد)
    restructuredOn: date({ mode: "string" }),
    bureauRenewedOn: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // the dates are indexed so that the kept counts (province_counts) can take out those after a day
  (t) => [index().on(t.provinceId, t.nameAr, t.id), index().on(t.restructuredOn), index().on(t.bureauRenewedOn)],
);

export const cellKinds = ["neighbourhood", "workplace", "sector", "youth", "women", "students", "other"] as const;
export type CellKind = (typeof cellKinds)[number];

// الخلايا
export const cells = pgTable(
  "cells",
  {
    id: serial().primaryKey(),
    // optimistic concurrency: an edit form carries the version it loaded (lib/concurrency.ts)
    version: integer().notNull().default(1),
    branchId: integer()
      .notNull()
      .references(() => branches.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: text({ enum: cellKinds }).notNull().default("neighbourhood"),
    foundedOn: date({ mode: "string" }),
    membersCount: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.branchId), index().on(t.foundedOn)],
);

export const regionsRelations = relations(regions, ({ many }) => ({ provinces: many(provinces) }));
export const provincesRelations = relations(provinces, ({ one, many }) => ({
  region: one(regions, { fields: [provinces.regionId], references: [regions.id] }),
  branches: many(branches),
}));
export const branchesRelations = relations(branches, ({ one, many }) => ({
  province: one(provinces, { fields: [branches.provinceId], references: [provinces.id] }),
  cells: many(cells),
}));
export const cellsRelations = relations(cells, ({ one }) => ({
  branch: one(branches, { fields: [cells.branchId], references: [branches.id] }),
}));

export type Region = typeof regions.$inferSelect;
export type Province = typeof provinces.$inferSelect;
export type Branch = typeof branches.$inferSelect;
export type Cell = typeof cells.$inferSelect;
