import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { users } from "@/db/schema";
import { ar } from "@/lib/i18n/ar";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fr } from "@/lib/i18n/fr";
import { notify, type Notice } from "./notify";

// the dictionaries themselves, not lib/i18n's request helpers: the demo seed sends invitations too
const dictionaries: Record<Locale, Dictionary> = { ar, fr };

/**
 * Notifies each user in their own language — the one rule for every notice: the recipient's
 * language (their account's, Arabic when they chose none). `build` writes the notice from a
 * language's dictionary; it is called once per language among the recipients. Deactivated
 * accounts are told nothing.
 */
export async function notifyEach(tx: Executor, userIds: number[], build: (t: Dictionary, locale: Locale) => Notice): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const rows = await tx
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(and(inArray(users.id, unique), eq(users.active, true)));
  const byLocale = new Map<Locale, number[]>();
  for (const row of rows) {
    const locale = isLocale(row.locale) ? row.locale : defaultLocale;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), row.id]);
  }
  let created = 0;
  for (const [locale, ids] of byLocale) created += await notify(tx, ids, build(dictionaries[locale], locale));
  return created;
}

/** The active accounts of these members (a member without an account is told nothing). */
export async function usersOfMembers(tx: Executor, memberIds: number[]): Promise<number[]> {
  const unique = [...new Set(memberIds)];
  if (unique.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.memberId, unique), isNotNull(users.memberId), eq(users.active, true)));
  return rows.map((r) => r.id);
}
