import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { db } from "@/db";
import { signInAttempts } from "@/db/schema";
import * as clock from "@/lib/clock";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

/**
 * Refused while the email, or the address it comes from, has MAX_FAILURES failures in the last
 * WINDOW_MINUTES: kept in the database so that every app instance sees the same count.
 */
export async function isThrottled(email: string, ip: string, now = clock.now()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const failures = (column: typeof signInAttempts.email | typeof signInAttempts.ip, value: string) =>
    db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)));
  const [[byEmail], [byIp]] = await Promise.all([failures(signInAttempts.email, email), failures(signInAttempts.ip, ip)]);
  return byEmail.n >= MAX_FAILURES || byIp.n >= MAX_FAILURES;
}

export async function recordAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  // stamped by the app's clock, the one isThrottled measures the window with
  await db.insert(signInAttempts).values({ email, ip, succeeded, at: clock.now() });
}

/** Forgets the failures of an email: after it signs in, or after an admin resets its password. */
export async function clearFailures(email: string): Promise<void> {
  await db.delete(signInAttempts).where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, false)));
}
