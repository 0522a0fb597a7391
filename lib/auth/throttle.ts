import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { db } from "@/db";
import { signInAttempts } from "@/db/schema";
import * as clock from "@/lib/clock";

/**
 * The sign-in throttle, kept in the database so that every app instance sees the same counts, and
 * measured on the app's clock. Three rules, so that guessing is slow and nobody can lock another
 * person out from elsewhere:
 * - an account from one address (the pair): the PAIR_FREE_FAILURES-th failure locks the pair for a
 *   minute, each further one doubles the lock, up to an hour; a success from the pair, or an admin,
 *   clears it. Failures older than a day are forgotten.
 * - an account from every address: ACCOUNT_SLOW_FAILURES failures in an hour slow every attempt on
 *   it (answered after SIGNIN_SLOWDOWN_MS) but lock nobody: the owner, at their own address and
 *   with their password, still gets in.
 * - an address on every account: ADDRESS_MAX_FAILURES failures in an hour lock the address until
 *   its count in the last hour drops below the limit again.
 */
export const PAIR_FREE_FAILURES = 5;
export const PAIR_FIRST_LOCK_SECONDS = 60;
export const PAIR_MAX_LOCK_SECONDS = 3600;
export const ACCOUNT_SLOW_FAILURES = 20;
export const ADDRESS_MAX_FAILURES = 50;
const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

export type ThrottleVerdict = { locked: true; retryAfterSeconds: number } | { locked: false; slowDown: boolean };

/** The lock a pair earns with `failures` failures: none below the threshold, then 1, 2, 4 … 60 minutes. */
export function pairLockSeconds(failures: number): number {
  if (failures < PAIR_FREE_FAILURES) return 0;
  return Math.min(PAIR_MAX_LOCK_SECONDS, PAIR_FIRST_LOCK_SECONDS * 2 ** Math.min(failures - PAIR_FREE_FAILURES, 20));
}

/** How long a slowed-down attempt waits before it is answered. */
export function slowDownMs(): number {
  const value = Number(process.env.SIGNIN_SLOWDOWN_MS);
  return Number.isInteger(value) && value >= 0 ? value : 3000;
}

export async function checkThrottle(email: string, ip: string, now = clock.now()): Promise<ThrottleVerdict> {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  const t = signInAttempts;
  const [counts] = await db
    .select({
      pair: sql<number>`count(*) filter (where ${t.email} = ${email} and ${t.ip} = ${ip})::int`,
      pairLast: sql<number | null>`extract(epoch from max(${t.at}) filter (where ${t.email} = ${email} and ${t.ip} = ${ip}))::float8`,
      account: sql<number>`count(*) filter (where ${t.email} = ${email} and ${t.at} > ${hourAgo})::int`,
      address: sql<number>`count(*) filter (where ${t.ip} = ${ip} and ${t.at} > ${hourAgo})::int`,
    })
    .from(t)
    .where(and(eq(t.succeeded, false), sql`${t.at} > ${dayAgo}`, sql`(${t.email} = ${email} or ${t.ip} = ${ip})`));

  const waits: number[] = [];
  const pairLock = pairLockSeconds(Number(counts.pair));
  if (pairLock > 0 && counts.pairLast !== null) {
    const until = Number(counts.pairLast) * 1000 + pairLock * 1000;
    if (until > now.getTime()) waits.push(until - now.getTime());
  }
  if (Number(counts.address) >= ADDRESS_MAX_FAILURES) {
    // open again when the oldest failure that keeps the count at the limit leaves the hour
    const [pivot] = await db
      .select({ at: sql<number>`extract(epoch from ${t.at})::float8` })
      .from(t)
      .where(and(eq(t.ip, ip), eq(t.succeeded, false), sql`${t.at} > ${hourAgo}`))
      .orderBy(sql`${t.at} desc`)
      .offset(ADDRESS_MAX_FAILURES - 1)
      .limit(1);
    if (pivot) waits.push(Number(pivot.at) * 1000 + HOUR_MS - now.getTime());
  }
  const wait = Math.max(0, ...waits);
  if (wait > 0) return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
  return { locked: false, slowDown: Number(counts.account) >= ACCOUNT_SLOW_FAILURES };
}

export async function recordAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  // stamped by the app's clock, the one checkThrottle measures with
  await db.insert(signInAttempts).values({ email, ip, succeeded, at: clock.now() });
}

/** Forgets the failures of an account from one address: after it signed in from there. */
export async function clearPairFailures(email: string, ip: string): Promise<void> {
  await db.delete(signInAttempts).where(and(eq(signInAttempts.email, email), eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, false)));
}

/** Forgets every failure of an account: after an admin resets its password. */
export async function clearFailures(email: string): Promise<void> {
  await db.delete(signInAttempts).where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, false)));
}

/** Attempts older than a day count for nothing any more (lib/sweep.ts). */
export async function pruneAttempts(now = clock.now()): Promise<number> {
  const pruned = await db
    .delete(signInAttempts)
    .where(lt(signInAttempts.at, new Date(now.getTime() - DAY_MS)))
    .returning({ id: signInAttempts.id });
  return pruned.length;
}
