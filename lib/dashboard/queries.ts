import "server-only";
import { and, count, desc, eq, gte, isNull, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { auditLog, branches, members, organMemberships, organs, provinceCounts, provinces, regions, users } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import type { Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";

export interface TerritoryFigures {
  provinces: number;
  branches: number;
  cells: number;
  activeMembers: number;
}

/** Provinces, branches, cells and active members inside the actor's scope, from the kept province counts (migration 0015). */
export async function territoryFigures(actor: Actor): Promise<TerritoryFigures> {
  const [row] = await db
    .select({
      provinces: count(),
      branches: sql<number>`coalesce(sum(${provinceCounts.branches}), 0)`.mapWith(Number),
      cells: sql<number>`coalesce(sum(${provinceCounts.cells}), 0)`.mapWith(Number),
      activeMembers: sql<number>`coalesce(sum(${provinceCounts.activeMembers}), 0)`.mapWith(Number),
    })
    .from(provinces)
    .leftJoin(provinceCounts, eq(provinceCounts.provinceId, provinces.id))
    .where(provinceScopeCondition(actor));
  return row;
}

export interface RegionFigure {
  id: number;
  code: string;
  nameAr: string;
  nameFr: string;
  branches: number;
  activeMembers: number;
}

/** Branches and active members per region, for the regions inside the actor's scope, from the kept province counts. */
export async function figuresByRegion(actor: Actor): Promise<RegionFigure[]> {
  return db
    .select({
      id: regions.id,
      code: regions.code,
      nameAr: regions.nameAr,
      nameFr: regions.nameFr,
      branches: sql<number>`coalesce(sum(${provinceCounts.branches}), 0)::int`,
      activeMembers: sql<number>`coalesce(sum(${provinceCounts.activeMembers}), 0)::int`,
    })
    .from(regions)
    .innerJoin(provinces, eq(provinces.regionId, regions.id))
    .leftJoin(provinceCounts, eq(provinceCounts.provinceId, provinces.id))
    .where(provinceScopeCondition(actor))
    .groupBy(regions.id)
    .orderBy(regions.code);
}

/** How many current members each national organ has (Central Committee, Political Bureau). */
export async function nationalOrganFigures(): Promise<{ code: string; nameAr: string; nameFr: string | null; members: number }[]> {
  const rows = await db
    .select({ code: organs.code, nameAr: organs.nameAr, nameFr: organs.nameFr, members: count(organMemberships.id) })
    .from(organs)
    .leftJoin(organMemberships, and(eq(organMemberships.organId, organs.id), isNull(organMemberships.toDate)))
    .where(eq(organs.kind, "national"))
    .groupBy(organs.id)
    .orderBy(organs.id);
  return rows.map((r) => ({ ...r, code: r.code ?? "" }));
}

export async function userFigures(): Promise<{ total: number; active: number; byRole: Record<string, number> }> {
  const rows = await db
    .select({ role: users.role, total: count(), active: sql<number>`count(*) filter (where ${users.active})::int` })
    .from(users)
    .groupBy(users.role);
  return {
    total: rows.reduce((s, r) => s + r.total, 0),
    active: rows.reduce((s, r) => s + r.active, 0),
    byRole: Object.fromEntries(rows.map((r) => [r.role, r.total])),
  };
}

export async function recentActivity(limit = 8) {
  return db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, summary: auditLog.summary, userName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

/** The member card behind a signed-in account: home branch and where it lies, and the organs it sits in today (Morocco's day). */
export async function memberOverview(memberId: number, today = todayInMorocco()) {
  const [member] = await db
    .select({
      id: members.id,
      fullNameAr: members.fullNameAr,
      fullNameLatin: members.fullNameLatin,
      memberNumber: members.memberNumber,
      branchId: branches.id,
      branchNameAr: branches.nameAr,
      branchNameFr: branches.nameFr,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
      regionNameAr: regions.nameAr,
      regionNameFr: regions.nameFr,
    })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(eq(members.id, memberId))
    .limit(1);
  if (!member) return null;
  const memberOrgans = await db
    .select({ nameAr: organs.nameAr, nameFr: organs.nameFr, position: organMemberships.position, fromDate: organMemberships.fromDate })
    .from(organMemberships)
    .innerJoin(organs, eq(organs.id, organMemberships.organId))
    .where(and(eq(organMemberships.memberId, memberId), or(isNull(organMemberships.toDate), gte(organMemberships.toDate, today))))
    .orderBy(organs.id);
  return { ...member, organs: memberOrgans };
}
