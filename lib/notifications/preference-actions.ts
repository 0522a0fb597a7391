"use server";

import { sql } from "drizzle-orm";
import { notificationPreferenceSets, notificationPreferences } from "@/db/schema";
import { mutation, type ActionState } from "@/lib/action";
import * as clock from "@/lib/clock";
import { claimVersion } from "@/lib/concurrency";
import { dictionaryFor } from "@/lib/i18n";
import { errorFields, log } from "@/lib/log";
import { noticeFamilies } from "./families";
import { preferencesOf } from "./preferences";
import { notificationPreferencesSchema } from "./schemas";
import { unsubscribeByToken } from "./unsubscribe";

/**
 * Saves the viewer's own choice of emails for each family of notices, over the version the form
 * loaded: choices changed since (another tab, an email's unsubscribe link) are refused and shown.
 * Only what changed is written and audited; the in-app notices are not touched. A notice already
 * waiting for the digest still goes in it.
 */
export const saveNotificationPreferences = mutation({
  schema: notificationPreferencesSchema,
  permission: "notification.preferences",
  async run(input, { tx, user }) {
    await tx.insert(notificationPreferenceSets).values({ id: user.id }).onConflictDoNothing();
    const version = await claimVersion(tx, notificationPreferenceSets, user.id, input.version, () => preferencesOf(tx, user.id));
    const before = await preferencesOf(tx, user.id);
    const changed = noticeFamilies.filter((family) => before[family] !== input[family]);
    if (changed.length > 0) {
      const now = clock.now();
      await tx
        .insert(notificationPreferences)
        .values(changed.map((family) => ({ userId: user.id, family, email: input[family], updatedAt: now })))
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.family], set: { email: sql`excluded.email`, updatedAt: now } });
    }
    return {
      audit: {
        action: "notification.preferences",
        entity: "user",
        entityId: user.id,
        summary: changed.length ? `chose ${changed.map((f) => `${f}: ${input[f]}`).join(", ")} for their emails` : "saved their email choices unchanged",
        changes: Object.fromEntries(changed.map((f) => [f, { from: before[f], to: input[f] }])),
      },
      result: { version },
    };
  },
  revalidate: () => ["/account/notifications"],
  successMessage: (t) => t.preferences.saved,
});

/**
 * The button of an email's unsubscribe page, signed out: the token is the key (no mutation() can
 * run without a user; the link's own transaction writes the audit row). Answered in the
 * recipient's language.
 */
export async function unsubscribeFromLink(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const token = formData instanceof FormData ? formData.get("token") : null;
  try {
    const done = await unsubscribeByToken(token);
    if (!done) return { ok: false, message: dictionaryFor("ar").preferences.unsubscribe.invalidTitle };
    const t = dictionaryFor(done.locale).preferences;
    return { ok: true, message: done.changed.length ? t.unsubscribe.done : t.unsubscribe.already };
  } catch (error) {
    log.error({ action: "notification.unsubscribe", error: errorFields(error) }, "unsubscribe failed");
    return { ok: false, message: dictionaryFor("ar").errors.unexpected };
  }
}
