import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { cache } from "react";
import { db, type Executor } from "@/db";
import { auditLog, notificationPreferenceSets, notificationPreferences, users } from "@/db/schema";
import { appUrl } from "@/lib/auth/password-reset-mail";
import * as clock from "@/lib/clock";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { fill } from "@/lib/i18n/dictionary";
import { dictionaryFor } from "@/lib/i18n";
import { isNoticeFamily, type NoticeFamily } from "./families";

/** What an unsubscribe link turns off: one family's emails, or the daily digest (every family sent in it). */
export type UnsubscribeScope = NoticeFamily | "digest";

const TOKEN = /^([1-9][0-9]{0,9})\.([a-z]{3,20})\.([A-Za-z0-9_-]{32})$/;

/**
 * The key of the links, drawn from AUTH_SECRET (which every instance shares) for this use alone.
 * Null without a secret (a development machine without one): the emails then carry no link.
 */
function signingKey(): Buffer | null {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  return secret ? createHmac("sha256", secret).update("notification-unsubscribe").digest() : null;
}

function signature(key: Buffer, userId: number, scope: UnsubscribeScope): string {
  return createHmac("sha256", key).update(`${userId}.${scope}`).digest("base64url").slice(0, 32);
}

/**
 * The token of a user's link for one family (or the digest): signed, so that it needs no row and
 * no sign-in, and a changed user or family breaks it.
 */
export function unsubscribeToken(userId: number, scope: UnsubscribeScope): string | null {
  const key = signingKey();
  return key ? `${userId}.${scope}.${signature(key, userId, scope)}` : null;
}

/** The user and scope a token names, when its signature is right; null for anything else. */
export function readUnsubscribeToken(token: unknown): { userId: number; scope: UnsubscribeScope } | null {
  if (typeof token !== "string" || token.length > 80) return null;
  const match = TOKEN.exec(token);
  const key = signingKey();
  if (!match || !key) return null;
  const userId = Number(match[1]);
  const scope = match[2];
  if (userId > 2_147_483_647 || !(scope === "digest" || isNoticeFamily(scope))) return null;
  const expected = Buffer.from(signature(key, userId, scope));
  const given = Buffer.from(match[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { userId, scope } : null;
}

export const unsubscribePagePath = (token: string) => `/unsubscribe/${token}`;
/** Where a mail client posts its one-click unsubscribe (RFC 8058). */
export const unsubscribeOneClickPath = (token: string) => `/api/unsubscribe/${token}`;

export interface UnsubscribeLink {
  userId: number;
  scope: UnsubscribeScope;
  locale: Locale;
  /** Already off: for a family, its emails are none; for the digest, no family is sent in it. */
  off: boolean;
}

async function linkState(ex: Executor, token: unknown): Promise<UnsubscribeLink | null> {
  const read = readUnsubscribeToken(token);
  if (!read) return null;
  const [user] = await ex
    .select({ locale: users.locale, active: users.active })
    .from(users)
    .where(eq(users.id, read.userId))
    .limit(1);
  if (!user?.active) return null;
  const rows = await ex
    .select({ family: notificationPreferences.family, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, read.userId));
  const off = read.scope === "digest" ? !rows.some((r) => r.email === "digest") : rows.some((r) => r.family === read.scope && r.email === "none");
  return { ...read, locale: isLocale(user.locale) ? user.locale : defaultLocale, off };
}

/** What the link's page shows: read only, nothing written (null for a forged link or a closed account); once per request. */
export const findUnsubscribeLink = cache((token: unknown): Promise<UnsubscribeLink | null> => linkState(db, token));

/**
 * Turns off what the link names, signed out, in one transaction with its audit row: a family's
 * emails become none; for the digest, every family sent in it. A link whose emails are already off
 * writes nothing. Null, and nothing written, for a forged link or a closed account.
 */
export async function unsubscribeByToken(token: unknown): Promise<(UnsubscribeLink & { changed: NoticeFamily[] }) | null> {
  return db.transaction(async (tx) => {
    const link = await linkState(tx, token);
    if (!link) return null;
    if (link.off) return { ...link, changed: [] };
    const now = clock.now();
    let changed: NoticeFamily[];
    if (link.scope === "digest") {
      const rows = await tx
        .update(notificationPreferences)
        .set({ email: "none", updatedAt: now })
        .where(and(eq(notificationPreferences.userId, link.userId), eq(notificationPreferences.email, "digest")))
        .returning({ family: notificationPreferences.family });
      changed = rows.map((r) => r.family);
    } else {
      await tx
        .insert(notificationPreferences)
        .values({ userId: link.userId, family: link.scope, email: "none", updatedAt: now })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.family], set: { email: sql`excluded.email`, updatedAt: now } });
      changed = [link.scope];
    }
    // a preferences form open elsewhere now saves over changed choices: it is told so
    await tx
      .insert(notificationPreferenceSets)
      .values({ id: link.userId, version: 2 })
      .onConflictDoUpdate({ target: notificationPreferenceSets.id, set: { version: sql`${notificationPreferenceSets.version} + 1` } });
    await tx.insert(auditLog).values({
      at: now,
      userId: link.userId,
      action: "notification.unsubscribe",
      entity: "user",
      entityId: String(link.userId),
      summary: `turned off the emails of ${changed.join(", ")} from an email's link`,
      changes: { scope: link.scope, families: changed },
    });
    return { ...link, off: true, changed };
  });
}

/**
 * The unsubscribe line of an email as it leaves, in its recipient's language, and the headers of a
 * one-click unsubscribe (RFC 2369, RFC 8058). Null for an email of no family (a password reset,
 * which is always sent) or without a signing key.
 */
export async function unsubscribeFooter(email: { userId: number | null; family: string | null }): Promise<{ text: string; headers: Record<string, string> } | null> {
  const scope = email.family;
  if (!email.userId || !(scope === "digest" || isNoticeFamily(scope))) return null;
  const token = unsubscribeToken(email.userId, scope);
  if (!token) return null;
  const [user] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, email.userId)).limit(1);
  const t = dictionaryFor(isLocale(user?.locale) ? user.locale : defaultLocale).preferences;
  const base = appUrl();
  return {
    text: fill(t.emailFooter, { kind: t.scopes[scope], link: `${base}${unsubscribePagePath(token)}`, settings: `${base}/account/notifications` }),
    headers: {
      "List-Unsubscribe": `<${base}${unsubscribeOneClickPath(token)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

