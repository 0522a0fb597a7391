import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { auditLog, users, type User } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "./password";
import { checkThrottle, clearPairFailures, recordAttempt, slowDownMs } from "./throttle";
import * as clock from "@/lib/clock";

export { clientAddress } from "./client-address";

export type AuthenticateResult =
  | { ok: true; user: User }
  | { ok: false; reason: "wrong" | "inactive" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Longer than any address or password a person types: refused before any hash is computed. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Checks an email and password from the address `ip` (lib/auth/client-address.ts). Every path that
 * gets past the throttle verifies one argon2 hash, so a wrong email and a wrong password take the
 * same time and get the same answer.
 */
export async function authenticate(emailInput: string, password: string, ip: string): Promise<AuthenticateResult> {
  if (emailInput.length > MAX_EMAIL_LENGTH || password.length > MAX_PASSWORD_LENGTH) return { ok: false, reason: "wrong" };
  const email = emailInput.trim().toLowerCase();
  const verdict = await checkThrottle(email, ip);
  if (verdict.locked) return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  // an account under attack from many addresses: every attempt waits, nobody is locked out
  if (verdict.slowDown) await sleep(slowDownMs());

  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    await recordAttempt(email, ip, false);
    return { ok: false, reason: "wrong" };
  }
  if (!user.active) return { ok: false, reason: "inactive" };

  await recordAttempt(email, ip, true);
  await clearPairFailures(email, ip);
  await db.transaction(async (tx) => {
    const at = clock.now();
    await tx.update(users).set({ lastSignInAt: at }).where(eq(users.id, user.id));
    await tx.insert(auditLog).values({ at, userId: user.id, action: "user.signin", entity: "user", entityId: String(user.id), summary: `signed in from ${ip}` });
  });
  return { ok: true, user };
}
