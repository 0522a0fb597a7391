import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db";
import { members, partnerParties } from "@/db/schema";
import { ActionError } from "@/lib/action";
import { fill, getDictionary, type Dictionary } from "@/lib/i18n";

type DiplomacyError = keyof Dictionary["diplomacy"]["errors"];

/** A refusal worded by the diplomacy dictionary, in the viewer's language, under `field`. */
export async function refusal(key: DiplomacyError, field?: string, values: Record<string, string | number> = {}): Promise<ActionError> {
  const { t } = await getDictionary();
  return new ActionError(fill(t.diplomacy.errors[key], values), field);
}

export async function checkEndNotBeforeStart(start: string | null, end: string | null, field: string, key: DiplomacyError = "endBeforeStart") {
  if (start && end && end < start) throw await refusal(key, field);
}

/** The chosen partner parties must all exist: a refusal under the field rather than a foreign-key error. */
export async function checkPartiesExist(tx: Transaction, ids: number[], field = "partyIds") {
  if (!ids.length) return [];
  const found = await tx.select({ id: partnerParties.id, nameAr: partnerParties.nameAr }).from(partnerParties).where(inArray(partnerParties.id, ids));
  if (found.length !== ids.length) throw await refusal("partyUnknown", field);
  return found;
}

/** A follow-up's owner is an active member. */
export async function checkOwner(tx: Transaction, memberId: number) {
  const [row] = await tx
    .select({ id: members.id, name: members.fullNameAr })
    .from(members)
    .where(and(eq(members.id, memberId), eq(members.status, "active")))
    .limit(1);
  if (!row) throw await refusal("ownerUnknown", "ownerMemberId");
  return row;
}

/** The fields that differ, as { field: { from, to } }, for the audit trail (arrays compared by content). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to ?? null)) changes[field] = { from, to: to ?? null };
  }
  return changes;
}

export const diplomacyPaths = (...paths: string[]) => ["/diplomacy", "/", ...paths];
