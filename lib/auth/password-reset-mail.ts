import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { db } from "@/db";
import { outboxEmails, passwordResets } from "@/db/schema";
import * as clock from "@/lib/clock";
import { dictionaryFor, fill } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/config";
import { plural } from "@/lib/i18n/intl";
import { hashResetToken, newResetToken, RESET_LINK_MINUTES, resetPath } from "./password-reset";

/**
 * Where the link goes in a reset email as the outbox keeps it. The link is written in only when the
 * email leaves (bodyAtSending), so what waits in the outbox — and what admins read at /admin/outbox
 * — opens nothing.
 */
export const RESET_LINK_MARKER = "[[password-reset-link]]";

/** The address links in emails start with. */
export function appUrl(): string {
  return (process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
}

/** Writes the reset email of a user in their language, and the link it will carry, inside the caller's transaction. */
export async function writeResetEmail(tx: Executor, user: { id: number; email: string; name: string; locale: Locale | null }): Promise<void> {
  const locale = user.locale ?? "ar";
  const { auth } = dictionaryFor(locale);
  const t = auth.resetMail;
  const createdAt = clock.now();
  const [email] = await tx
    .insert(outboxEmails)
    .values({ to: user.email, subject: t.subject, body: fill(t.body, { name: user.name, link: RESET_LINK_MARKER, minutes: plural(RESET_LINK_MINUTES, auth.waitMinutes, locale) }), createdAt })
    .returning({ id: outboxEmails.id });
  await tx.insert(passwordResets).values({ userId: user.id, outboxId: email.id, createdAt });
}

/**
 * The text of an outbox email as it leaves (lib/notifications/delivery.ts). A reset email gets a
 * fresh token here: its hash is kept on the link's row, and the link is valid RESET_LINK_MINUTES
 * from now. A retry makes another token, and the one before it (never delivered) dies. A link
 * already dead (another link of the user was used) is replaced by the page that asks for a new one.
 */
export async function bodyAtSending(email: { id: number; body: string }): Promise<string> {
  if (!email.body.includes(RESET_LINK_MARKER)) return email.body;
  const token = newResetToken();
  const now = clock.now();
  let live: { id: number } | undefined;
  try {
    [live] = await db
      .update(passwordResets)
      .set({ tokenHash: hashResetToken(token), expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000) })
      .where(and(eq(passwordResets.outboxId, email.id), isNull(passwordResets.usedAt)))
      .returning({ id: passwordResets.id });
  } catch {
    // a failed query's message carries its parameters (the hash): the email's error keeps none of it
    throw new Error("the reset link could not be recorded");
  }
  const link = `${appUrl()}${live ? resetPath(token) : "/forgot-password"}`;
  return email.body.replaceAll(RESET_LINK_MARKER, link);
}
