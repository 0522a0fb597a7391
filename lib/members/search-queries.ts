import "server-only";
import { and, asc, desc, eq, exists, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { db } from "@/db";
import { branches, members, organMemberships, organs, provinces } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { can, hasNationalScope, type Actor, type Permission } from "@/lib/permissions";
import { currentCommitteeMembership } from "@/lib/sessions/committee-queries";
import { provinceScopeCondition } from "@/lib/territory/scope";
import { foldForSearch } from "@/lib/text/fold";
import { escapeLike } from "@/lib/text/normalize";
import { searchText } from "@/lib/validation";
import { firstMatchesByName } from "./name-walk";

/** What a member is being chosen for: it decides who may search, whom they find and who comes first. */
export const searchPurposes = ["session", "paper", "training", "owner"] as const;
export type SearchPurpose = (typeof searchPurposes)[number];

export const MEMBER_SEARCH_LIMIT = 20;
/** Fewer folded characters than this match too many names to be useful: nothing is searched. */
export const MEMBER_SEARCH_MIN_CHARS = 2;

interface PurposeRule {
  permission: Permission;
  /** The organ whose sitting members are marked, and listed first. */
  tag: "committee" | "bureau" | null;
  /** Whom an officer finds beyond the members of their territory. */
  beyondScope?: () => SQL;
}

/** Whether the member of the row sits on the Political Bureau today. */
const onPoliticalBureau = () =>
  exists(
    db
      .select({ one: sql`1` })
      .from(organMemberships)
      .innerJoin(organs, eq(organs.id, organMemberships.organId))
      .where(
        and(
          eq(organMemberships.memberId, members.id),
          eq(organs.code, "political_bureau"),
          or(isNull(organMemberships.toDate), gte(organMemberships.toDate, todayInMorocco())),
        ),
      ),
  );

/** Whether the member of the row sits on the Central Committee today. */
const onCentralCommittee = () =>
  exists(
    db
      .select({ one: sql`1` })
      .from(organMemberships)
      .innerJoin(organs, eq(organs.id, organMemberships.organId))
      .where(and(eq(organMemberships.memberId, members.id), currentCommitteeMembership())),
  );

const rules: Record<SearchPurpose, PurposeRule> = {
  // a sitting's rapporteur, a workshop's facilitator, rapporteur or participant
  session: { permission: "session.manage", tag: "committee" },
  // a working paper's assignees
  paper: { permission: "session.manage", tag: null },
  // a training's trainers and trainees: an officer also finds the Political Bureau, who train in every region
  training: { permission: "rooting.record", tag: "bureau", beyondScope: onPoliticalBureau },
  // the owner of a cooperation agreement's follow-up
  owner: { permission: "diplomacy.manage", tag: null },
};

export function isSearchPurpose(value: unknown): value is SearchPurpose {
  return typeof value === "string" && (searchPurposes as readonly string[]).includes(value);
}

/** Who may search members for this purpose (the route answers 403 to anyone else). */
export function maySearchMembers(viewer: Actor | null | undefined, purpose: SearchPurpose): boolean {
  return can(viewer, rules[purpose].permission);
}

export interface FoundMember {
  id: number;
  fullNameAr: string;
  fullNameLatin: string | null;
  memberNumber: string;
  /** Sits on the organ this purpose marks: the Central Committee (sessions) or the Political Bureau (trainings). */
  tag: "committee" | "bureau" | null;
}

/**
 * Active members whose folded name or number holds the folded query, inside the viewer's
 * territory: a national role finds every member, an officer those of their region or province
 * (and, for a training, the Political Bureau). Members of the purpose's organ come first, then
 * by Arabic name. At most 20; nothing for a query under two characters once folded.
 */
export async function searchMembers(viewer: Actor, query: unknown, options: { purpose: SearchPurpose; limit?: number }): Promise<FoundMember[]> {
  const rule = rules[options.purpose];
  if (!can(viewer, rule.permission)) forbidden();
  const folded = foldForSearch(searchText(query, 100));
  if ([...folded].length < MEMBER_SEARCH_MIN_CHARS) return [];
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? MEMBER_SEARCH_LIMIT), 1), MEMBER_SEARCH_LIMIT);
  const scope = hasNationalScope(viewer) ? undefined : or(provinceScopeCondition(viewer), rule.beyondScope?.());
  const tagged = rule.tag === "committee" ? onCentralCommittee() : rule.tag === "bureau" ? onPoliticalBureau() : undefined;
  const like = `%${escapeLike(folded)}%`;
  const where = and(eq(members.status, "active"), scope);
  // Without an organ first, the order is the directory's: a page of a common name is found by
  // walking the first members of that order, any other name through the trigram index and sorted
  // (lib/members/name-walk.ts); with one, every match is sorted anyway.
  const walked = tagged ? null : await firstMatchesByName(where, like, limit);
  const name = walked ? members.fullNameAr : sql`(${members.fullNameAr} || '')`;
  const rows = await db
    .select({ id: members.id, fullNameAr: members.fullNameAr, fullNameLatin: members.fullNameLatin, memberNumber: members.memberNumber, tagged: tagged ?? sql<boolean>`false` })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(walked ? inArray(members.id, walked) : and(where, sql`${members.searchName} like ${like}`))
    .orderBy(...(tagged ? [desc(tagged)] : []), asc(name), asc(members.id))
    .limit(limit);
  return rows.map(({ tagged: isTagged, ...member }) => ({ ...member, tag: isTagged ? rule.tag : null }));
}
