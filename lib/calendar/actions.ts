"use server";

import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { mutation, type ActionState } from "@/lib/action";
import { calendarTokenSchema } from "./schemas";
import * as clock from "@/lib/clock";

/**
 * A new private subscription address for the signed-in user; any previous one stops working.
 * The token itself is never written to the audit log.
 */
export const regenerateCalendarToken = mutation({
  schema: calendarTokenSchema,
  permission: "calendar.read",
  async run(_input, { tx, user }) {
    const [before] = await tx.select({ token: users.calendarToken }).from(users).where(eq(users.id, user.id));
    await tx.update(users).set({ calendarToken: randomBytes(32).toString("base64url"), updatedAt: clock.now() }).where(eq(users.id, user.id));
    return {
      audit: {
        action: before?.token ? "calendar.token.regenerate" : "calendar.token.create",
        entity: "user",
        entityId: user.id,
        summary: before?.token ? "replaced own calendar subscription address" : "created own calendar subscription address",
      },
    };
  },
  revalidate: () => ["/account/calendar"],
  successMessage: (t) => t.calendar.subscription.created,
});

export const revokeCalendarToken = mutation({
  schema: calendarTokenSchema,
  permission: "calendar.read",
  async run(_input, { tx, user }) {
    await tx.update(users).set({ calendarToken: null, updatedAt: clock.now() }).where(eq(users.id, user.id));
    return { audit: { action: "calendar.token.revoke", entity: "user", entityId: user.id, summary: "revoked own calendar subscription address" } };
  },
  revalidate: () => ["/account/calendar"],
  successMessage: (t) => t.calendar.subscription.revoked,
});

/** The subscription page's one form: its buttons say whether to renew or to revoke. */
export async function changeCalendarSubscription(previous: ActionState | null, formData: FormData): Promise<ActionState> {
  return formData.get("intent") === "revoke" ? revokeCalendarToken(previous, formData) : regenerateCalendarToken(previous, formData);
}
