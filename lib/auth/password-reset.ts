import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, lt, or, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { passwordResetRequests, passwordResets, users } from "@/db/schema";
import * as clock from "@/lib/clock";

/** How long an emailed link sets a password, from the moment its email leaves. */
export const RESET_LINK_MINUTES = 30;
/** Requests kept by the throttle, per email and per client address, in the last hour. */
export const RESET_REQUESTS_PER_EMAIL = 3;
export const RESET_REQUESTS_PER_ADDRESS = 10;
const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

/** The path of the page an emailed link opens. */
export const resetPath = (token: string) => `/reset-password/${token}`;

/** A token as this app makes it: 32 random bytes in base64url (43 characters). */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is kept of a token: its SHA-256, enough for a 256-bit random secret (nothing to guess from). */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * How long a request must wait, or 0: every request counts (for an email that has an account or
 * not, so that the refusal says nothing of which emails exist), per email and per address, in the
 * last hour. A refused request is not counted, so a refusal never lengthens itself.
 */
export async function resetRequestWait(email: string, ip: string, now = clock.now()): Promise<number> {
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  const t = passwordResetRequests;
  // the request that keeps a count at its limit: the wait ends when it leaves the hour
  const pivot = async (where: SQL, limit: number) => {
    const [row] = await db
      .select({ at: t.at })
      .from(t)
      .where(and(gt(t.at, hourAgo), where))
      .orderBy(desc(t.at))
      .offset(limit - 1)
      .limit(1);
    return row ? row.at.getTime() + HOUR_MS - now.getTime() : 0;
  };
  const wait = Math.max(0, await pivot(eq(t.email, email), RESET_REQUESTS_PER_EMAIL), await pivot(eq(t.ip, ip), RESET_REQUESTS_PER_ADDRESS));
  return wait > 0 ? Math.max(1, Math.ceil(wait / 1000)) : 0;
}

/** The user a live link belongs to (sent, unused, not expired, the account active), or null. Reads only. */
export async function findLiveReset(token: string, now = clock.now()) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db
    .select({ resetId: passwordResets.id, userId: users.id, email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.tokenHash, hashResetToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

/**
 * Ends every emailed link of the user that is still unused, inside the caller's transaction: a
 * password set another way (by the user, by an admin, or by one of the links) makes the others
 * worthless.
 */
export async function cancelPasswordResets(tx: Executor, userId: number, now = clock.now()): Promise<void> {
  await tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}

/** Requests older than a day count for nothing; links used or expired a day ago open nothing (lib/sweep.ts). */
export async function prunePasswordResets(now = clock.now()): Promise<number> {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const requests = await db.delete(passwordResetRequests).where(lt(passwordResetRequests.at, dayAgo)).returning({ id: passwordResetRequests.id });
  const links = await db
    .delete(passwordResets)
    .where(or(lt(passwordResets.usedAt, dayAgo), lt(passwordResets.expiresAt, dayAgo), and(isNull(passwordResets.expiresAt), lt(passwordResets.createdAt, new Date(now.getTime() - 7 * DAY_MS)))))
    .returning({ id: passwordResets.id });
  return requests.length + links.length;
}
