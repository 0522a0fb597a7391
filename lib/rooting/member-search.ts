import "server-only";
import { and, asc, desc, eq, exists, gte, isNull, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { branches, members, organMemberships, organs, provinces } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { can, hasNationalScope, type Actor } from "@/lib/permissions";
import { provinceScopeCondition } from "@/lib/territory/scope";
import { foldForSearch } from "@/lib/text/fold";
import { escapeLike } from "@/lib/text/normalize";

export const PICKER_LIMIT = 20;

/** Whether the member of this column sits on the Political Bureau today, as a select field. */
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

/**
 * The training picker's answer: active members whose folded name or number holds the query, at
 * most 20, Political Bureau members first. An officer finds the members of their scope and the
 * Political Bureau (the trainers and attending Bureau members of their trainings).
 */
export async function searchMembersForTraining(viewer: Actor, query: string) {
  if (!can(viewer, "rooting.record")) return [];
  const folded = foldForSearch(query.slice(0, 100));
  if (folded.length < 2) return [];
  const scope = hasNationalScope(viewer) ? undefined : or(provinceScopeCondition(viewer), onPoliticalBureau());
  return db
    .select({
      id: members.id,
      fullNameAr: members.fullNameAr,
      fullNameLatin: members.fullNameLatin,
      memberNumber: members.memberNumber,
      bureau: onPoliticalBureau(),
    })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(and(eq(members.status, "active"), sql`${members.searchName} like ${`%${escapeLike(folded)}%`}`, scope))
    .orderBy(desc(onPoliticalBureau()), asc(members.fullNameAr), asc(members.id))
    .limit(PICKER_LIMIT);
}

export type TrainingPickerMember = Awaited<ReturnType<typeof searchMembersForTraining>>[number];
