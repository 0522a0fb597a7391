import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { auditLog, users, type User } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearFailures, isThrottled, recordAttempt } from "./throttle";
import * as clock from "@/lib/clock";

export type AuthenticateResult = { ok: true; user: User } | { ok: false; reason: "wrong" | "throttled" | "inactive" };

/**
 * Checks an email and password. Every path verifies one argon2 hash, so a wrong email and a wrong
 * password take the same time and get the same answer.
 */
export async function authenticate(emailInput: string, password: string, ip: string): Promise<AuthenticateResult> {
  const email = emailInput.trim().toLowerCase();
  if (await isThrottled(email, ip)) return { ok: false, reason: "throttled" };

  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    await recordAttempt(email, ip, false);
    return { ok: false, reason: "wrong" };
  }
  if (!user.active) return { ok: false, reason: "inactive" };

  await recordAttempt(email, ip, true);
  await clearFailures(email);
  await db.transaction(async (tx) => {
    const at = clock.now();
    await tx.update(users).set({ lastSignInAt: at }).where(eq(users.id, user.id));
    await tx.insert(auditLog).values({ at, userId: user.id, action: "user.signin", entity: "user", entityId: String(user.id), summary: `signed in from ${ip}` });
  });
  return { ok: true, user };
}

/** The address a request comes from: the first hop of X-Forwarded-For, which Next sets from the socket. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
