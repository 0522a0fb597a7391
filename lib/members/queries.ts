import "server-only";
import { and, asc, count, desc, eq, exists, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { branches, members, organMemberships, organs, provinces, regions, type MemberStatus } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { todayInMorocco } from "@/lib/i18n/format";
import { can, inScope, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";
import { foldForSearch } from "@/lib/text/fold";
import { escapeLike } from "@/lib/text/normalize";
import { memberStatuses, organFilters, type OrganFilter } from "./schemas";
import { searchText, toId } from "@/lib/validation";
import { nameIn } from "@/lib/i18n/names";

export const MEMBERS_PAGE_SIZE = 25;

export interface MemberListFilters {
  q?: string | null;
  regionId?: number | null;
  provinceId?: number | null;
  status?: MemberStatus | null;
  organ?: OrganFilter | null;
  page?: number;
}

export interface OrganBadge {
  memberId: number;
  organId: number;
  code: string | null;
  nameAr: string;
  nameFr: string | null;
  position: string;
}

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, key: string): string | undefined {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

const positiveInt = (value: string | undefined): number | null => toId(value);

/** The directory's filters from the page's query string; anything unknown is dropped. */
export function memberListFiltersFrom(params: Params): MemberListFilters {
  const status = one(params, "status");
  const organ = one(params, "organ");
  return {
    q: searchText(params.q, 100) || null,
    regionId: positiveInt(one(params, "region")),
    provinceId: positiveInt(one(params, "province")),
    status: (memberStatuses as readonly string[]).includes(status ?? "") ? (status as MemberStatus) : null,
    organ: (organFilters as readonly string[]).includes(organ ?? "") ? (organ as OrganFilter) : null,
    page: positiveInt(one(params, "page")) ?? 1,
  };
}

function requireMemberRead(viewer: Actor) {
  if (!can(viewer, "member.read")) forbidden();
}

/** A membership that has not ended (no end date, or one not yet past in Morocco). */
function currentMembership(): SQL {
  return or(isNull(organMemberships.toDate), gte(organMemberships.toDate, todayInMorocco()))!;
}

function listConditions(viewer: Actor, filters: MemberListFilters): SQL | undefined {
  const folded = filters.q ? foldForSearch(filters.q) : "";
  return and(
    provinceScopeCondition(viewer),
    folded ? sql`${members.searchName} like ${`%${escapeLike(folded)}%`}` : undefined,
    filters.regionId ? eq(provinces.regionId, filters.regionId) : undefined,
    filters.provinceId ? eq(provinces.id, filters.provinceId) : undefined,
    filters.status ? eq(members.status, filters.status) : undefined,
    filters.organ
      ? exists(
          db
            .select({ one: sql`1` })
            .from(organMemberships)
            .innerJoin(organs, eq(organs.id, organMemberships.organId))
            .where(and(eq(organMemberships.memberId, members.id), eq(organs.code, filters.organ), currentMembership())),
        )
      : undefined,
  );
}

/**
 * One page of the member directory, inside the viewer's scope: three queries whatever the page
 * size (the count, the page with its territory, the organ badges of the page's members).
 */
export async function listMembers(viewer: Actor, filters: MemberListFilters) {
  requireMemberRead(viewer);
  const where = listConditions(viewer, filters);

  const [{ total }] = await db
    .select({ total: count() })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where);
  const pages = Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pages);

  const rows = await db
    .select({
      id: members.id,
      fullNameAr: members.fullNameAr,
      fullNameLatin: members.fullNameLatin,
      memberNumber: members.memberNumber,
      status: members.status,
      branchId: branches.id,
      branchNameAr: branches.nameAr,
      branchNameFr: branches.nameFr,
      provinceId: provinces.id,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
      regionId: regions.id,
      regionNameAr: regions.nameAr,
      regionNameFr: regions.nameFr,
    })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(where)
    .orderBy(asc(members.fullNameAr), asc(members.id))
    .limit(MEMBERS_PAGE_SIZE)
    .offset((page - 1) * MEMBERS_PAGE_SIZE);

  const badges = rows.length
    ? await db
        .select({
          memberId: organMemberships.memberId,
          organId: organs.id,
          code: organs.code,
          nameAr: organs.nameAr,
          nameFr: organs.nameFr,
          position: organMemberships.position,
        })
        .from(organMemberships)
        .innerJoin(organs, eq(organs.id, organMemberships.organId))
        .where(
          and(
            inArray(
              organMemberships.memberId,
              rows.map((r) => r.id),
            ),
            currentMembership(),
          ),
        )
        .orderBy(asc(organs.id))
    : [];
  const badgesOf = new Map<number, OrganBadge[]>();
  for (const badge of badges) badgesOf.set(badge.memberId, [...(badgesOf.get(badge.memberId) ?? []), badge]);

  return {
    rows: rows.map((row) => ({ ...row, organs: badgesOf.get(row.id) ?? [] })),
    total,
    page,
    pages,
    pageSize: MEMBERS_PAGE_SIZE,
  };
}

export type MemberListRow = Awaited<ReturnType<typeof listMembers>>["rows"][number];

/**
 * A member's card with their territory and organ memberships. Calls notFound() when there is
 * no such member and forbidden() when the member lives outside the viewer's scope, so no caller
 * can show a member the policy hides. Cached per request: the page and its metadata share it.
 */
export const getMember = cache(async (viewer: Actor, id: number) => {
  requireMemberRead(viewer);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [member] = await db
    .select({
      id: members.id,
      version: members.version,
      fullNameAr: members.fullNameAr,
      fullNameLatin: members.fullNameLatin,
      memberNumber: members.memberNumber,
      phone: members.phone,
      email: members.email,
      gender: members.gender,
      status: members.status,
      joinedOn: members.joinedOn,
      createdAt: members.createdAt,
      updatedAt: members.updatedAt,
      branchId: branches.id,
      branchNameAr: branches.nameAr,
      branchNameFr: branches.nameFr,
      provinceId: provinces.id,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
      regionId: regions.id,
      regionNameAr: regions.nameAr,
      regionNameFr: regions.nameFr,
    })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(eq(members.id, id))
    .limit(1);
  if (!member) notFound();
  if (!inScope(viewer, { regionId: member.regionId, provinceId: member.provinceId })) forbidden();

  const memberships = await db
    .select({
      id: organMemberships.id,
      organId: organs.id,
      nameAr: organs.nameAr,
      nameFr: organs.nameFr,
      position: organMemberships.position,
      fromDate: organMemberships.fromDate,
      toDate: organMemberships.toDate,
    })
    .from(organMemberships)
    .innerJoin(organs, eq(organs.id, organMemberships.organId))
    .where(eq(organMemberships.memberId, id))
    .orderBy(desc(organMemberships.fromDate), asc(organs.id));

  return { ...member, memberships };
});

export type MemberCard = Awaited<ReturnType<typeof getMember>>;


/** The provinces of the viewer's scope, grouped under their regions: the directory's filter lists. */
export async function territoryChoices(viewer: Actor, locale: Locale) {
  requireMemberRead(viewer);
  const rows = await db
    .select({
      provinceId: provinces.id,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
      regionId: regions.id,
      regionNameAr: regions.nameAr,
      regionNameFr: regions.nameFr,
    })
    .from(provinces)
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(provinceScopeCondition(viewer))
    .orderBy(locale === "fr" ? asc(regions.nameFr) : asc(regions.nameAr), locale === "fr" ? asc(provinces.nameFr) : asc(provinces.nameAr));
  const regionsInScope: { id: number; name: string; provinces: { id: number; name: string }[] }[] = [];
  for (const row of rows) {
    let region = regionsInScope.find((r) => r.id === row.regionId);
    if (!region) regionsInScope.push((region = { id: row.regionId, name: nameIn(locale, row.regionNameAr, row.regionNameFr), provinces: [] }));
    region.provinces.push({ id: row.provinceId, name: nameIn(locale, row.provinceNameAr, row.provinceNameFr) });
  }
  return regionsInScope;
}

export type RegionChoice = Awaited<ReturnType<typeof territoryChoices>>[number];

/** The branches a viewer may place a member in, grouped by province: the form's two selects. */
export async function branchChoices(viewer: Actor, locale: Locale) {
  if (!can(viewer, "member.manage")) forbidden();
  const rows = await db
    .select({
      branchId: branches.id,
      branchNameAr: branches.nameAr,
      branchNameFr: branches.nameFr,
      provinceId: provinces.id,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
    })
    .from(branches)
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(provinceScopeCondition(viewer))
    .orderBy(locale === "fr" ? asc(provinces.nameFr) : asc(provinces.nameAr), asc(provinces.id), asc(branches.nameAr), asc(branches.id));
  const provincesInScope: ProvinceBranches[] = [];
  for (const row of rows) {
    let province = provincesInScope.at(-1);
    if (province?.id !== row.provinceId) {
      provincesInScope.push((province = { id: row.provinceId, name: nameIn(locale, row.provinceNameAr, row.provinceNameFr), branches: [] }));
    }
    province.branches.push({ id: row.branchId, name: nameIn(locale, row.branchNameAr, row.branchNameFr) });
  }
  return provincesInScope;
}

export interface ProvinceBranches {
  id: number;
  name: string;
  branches: { id: number; name: string }[];
}
