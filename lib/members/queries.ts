import "server-only";
import { and, asc, count, desc, eq, exists, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { branchMemberCounts, branches, members, organMemberships, organs, provinces, regions, type MemberStatus } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { todayInMorocco } from "@/lib/i18n/format";
import { can, inScope, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";
import { foldForSearch } from "@/lib/text/fold";
import { escapeLike } from "@/lib/text/normalize";
import { memberStatuses, organFilters, type OrganFilter } from "./schemas";
import { searchText, toId } from "@/lib/validation";
import { nameIn } from "@/lib/i18n/names";
import { decodeCursor, encodeCursor, keysetPage, type PageCursor } from "@/lib/pagination/cursor";
import { firstMatchesByName } from "./name-walk";

export const MEMBERS_PAGE_SIZE = 25;

export interface MemberListFilters {
  q?: string | null;
  regionId?: number | null;
  provinceId?: number | null;
  status?: MemberStatus | null;
  organ?: OrganFilter | null;
  /** The page after or before this member in the directory's order (name, then id). */
  cursor?: PageCursor<MemberKey>;
}

/** A member's place in the directory's order: the Arabic name, then the id. */
export type MemberKey = { name: string; id: number };

/** Above this many matches a filtered directory says "more than" instead of counting them all. */
export const MEMBERS_COUNT_BOUND = 1000;

export const memberCursor = (row: { fullNameAr: string; id: number }) => encodeCursor([row.fullNameAr, row.id]);

function memberKeyFrom(text: string | undefined): MemberKey | null {
  const key = decodeCursor(text, ["s", "i"]);
  return key ? { name: key[0] as string, id: key[1] as number } : null;
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
    cursor: cursorFrom(memberKeyFrom(one(params, "after")), memberKeyFrom(one(params, "before"))),
  };
}

function cursorFrom(after: MemberKey | null, before: MemberKey | null): PageCursor<MemberKey> {
  if (after) return { after };
  if (before) return { before };
  return null;
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
 * How many members the list holds: from the kept branch counts when only territory and status
 * filter it (all members, or the active ones), else counted up to MEMBERS_COUNT_BOUND and no
 * further (`atLeast` then says the true number is larger).
 */
async function memberTotal(viewer: Actor, filters: MemberListFilters, where: SQL | undefined) {
  const territory = and(
    provinceScopeCondition(viewer),
    filters.regionId ? eq(provinces.regionId, filters.regionId) : undefined,
    filters.provinceId ? eq(provinces.id, filters.provinceId) : undefined,
  );
  if (!filters.q && !filters.organ && (!filters.status || filters.status === "active")) {
    const kept = filters.status === "active" ? branchMemberCounts.active : branchMemberCounts.total;
    const [{ n }] = await db
      .select({ n: sql<number>`coalesce(sum(${kept}), 0)`.mapWith(Number) })
      .from(branchMemberCounts)
      .innerJoin(branches, eq(branches.id, branchMemberCounts.branchId))
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .where(territory);
    return { count: n, atLeast: false };
  }
  const bounded = db
    .select({ one: sql`1` })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where)
    .limit(MEMBERS_COUNT_BOUND + 1)
    .as("bounded");
  const [{ n }] = await db.select({ n: count() }).from(bounded);
  return n > MEMBERS_COUNT_BOUND ? { count: MEMBERS_COUNT_BOUND, atLeast: true } : { count: n, atLeast: false };
}

/**
 * One page of the member directory, inside the viewer's scope, by keyset on (name, id): three
 * queries whatever the page (the total, the page with its territory, the organ badges of the
 * page's members), none of which reads the rows before the page.
 */
export async function listMembers(viewer: Actor, filters: MemberListFilters) {
  requireMemberRead(viewer);
  const cursor = filters.cursor ?? null;
  const key = cursor ? ("after" in cursor ? cursor.after : cursor.before) : null;
  const backwards = cursor !== null && "before" in cursor;
  const total = await memberTotal(viewer, filters, listConditions(viewer, filters));
  const keyed = key ? sql`(${members.fullNameAr}, ${members.id}) ${sql.raw(backwards ? "<" : ">")} (${key.name}, ${key.id})` : undefined;
  // A searched name is found one of three ways, each giving the same rows in the same order. Few
  // members carry it (under the count's bound, which has just counted them through the trigram
  // index): its matches are read through that index and sorted. More carry it: the first members
  // of the directory's order (a thousand) are looked through for a page of them (lib/members/name-walk.ts),
  // which a common name fills at once; one that falls late in the order (a first name beginning
  // with م) does not, and its matches are read and sorted as a rare one's (26 ms against 334 ms
  // for walking the name index to the page, for a name 2,907 of 300,000 members carry).
  const folded = filters.q ? foldForSearch(filters.q) : "";
  const walkedPage =
    folded && total.atLeast
      ? await firstMatchesByName(and(listConditions(viewer, { ...filters, q: null }), keyed), `%${escapeLike(folded)}%`, MEMBERS_PAGE_SIZE + 1, backwards)
      : null;
  // the sorted path: the expression hides the name index from the planner, the order is the same
  const name = folded && !walkedPage ? sql`(${members.fullNameAr} || '')` : members.fullNameAr;

  const read = await db
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
    .where(walkedPage ? inArray(members.id, walkedPage) : and(listConditions(viewer, filters), keyed))
    .orderBy(...(backwards ? [desc(name), desc(members.id)] : [asc(name), asc(members.id)]))
    .limit(MEMBERS_PAGE_SIZE + 1);
  const { rows, hasPrevious, hasNext } = keysetPage(read, MEMBERS_PAGE_SIZE, cursor);

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
    // an empty page after or before a cursor still links back to the start
    hasPrevious: hasPrevious || (rows.length === 0 && cursor !== null),
    hasNext: hasNext && rows.length > 0,
    previousCursor: rows.length ? memberCursor(rows[0]) : null,
    nextCursor: rows.length ? memberCursor(rows[rows.length - 1]) : null,
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
