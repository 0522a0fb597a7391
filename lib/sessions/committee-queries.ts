import "server-only";
import { and, eq, gte, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { organMemberships, organs } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";

export const CENTRAL_COMMITTEE = "central_committee";

/** A membership of the Central Committee that has not ended, on a query joining organs. */
export function currentCommitteeMembership(): SQL {
  return and(eq(organs.code, CENTRAL_COMMITTEE), or(isNull(organMemberships.toDate), gte(organMemberships.toDate, todayInMorocco())))!;
}

/** Which of these members sit on the Central Committee today. */
export async function committeeMemberIds(ex: Executor, memberIds: number[]): Promise<Set<number>> {
  if (!memberIds.length) return new Set();
  const rows = await ex
    .selectDistinct({ id: organMemberships.memberId })
    .from(organMemberships)
    .innerJoin(organs, eq(organs.id, organMemberships.organId))
    .where(and(inArray(organMemberships.memberId, memberIds), currentCommitteeMembership()));
  return new Set(rows.map((r) => r.id));
}
