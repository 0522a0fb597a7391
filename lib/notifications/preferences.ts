import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db";
import { notificationPreferenceSets, notificationPreferences } from "@/db/schema";
import { noticeFamilies, type EmailDelivery, type NoticeFamily } from "./families";

export type Preferences = Record<NoticeFamily, EmailDelivery>;

/** A user's choices, every family filled: a family they never changed is emailed at once. */
export async function preferencesOf(ex: Executor, userId: number): Promise<Preferences> {
  const rows = await ex
    .select({ family: notificationPreferences.family, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const chosen = Object.fromEntries(noticeFamilies.map((f) => [f, "immediate"])) as Preferences;
  for (const row of rows) chosen[row.family] = row.email;
  return chosen;
}

/** How each of these users gets a family's emails, in one query (absent: at once). */
export async function deliveriesFor(ex: Executor, userIds: number[], family: NoticeFamily): Promise<Map<number, EmailDelivery>> {
  const rows = userIds.length
    ? await ex
        .select({ userId: notificationPreferences.userId, email: notificationPreferences.email })
        .from(notificationPreferences)
        .where(and(inArray(notificationPreferences.userId, userIds), eq(notificationPreferences.family, family)))
    : [];
  return new Map(rows.map((r) => [r.userId, r.email]));
}

/** The version of a user's choices as a whole (1 before their first save). */
export async function preferencesVersion(ex: Executor, userId: number): Promise<number> {
  const [row] = await ex.select({ version: notificationPreferenceSets.version }).from(notificationPreferenceSets).where(eq(notificationPreferenceSets.id, userId));
  return row?.version ?? 1;
}
