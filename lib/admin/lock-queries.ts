import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { signInAttempts } from "@/db/schema";
import { ACCOUNT_SLOW_FAILURES, ADDRESS_MAX_FAILURES, pairLockSeconds, PAIR_FREE_FAILURES } from "@/lib/auth/throttle";
import * as clock from "@/lib/clock";
import { can, type Actor } from "@/lib/permissions";

/**
 * What the sign-in throttle (lib/auth/throttle.ts) holds back now, by its three rules:
 * - `pair`: an account locked from one address;
 * - `address`: an address locked on every account;
 * - `account`: an account slowed down from every address (its owner is not locked out).
 */
export type SignInLockKind = "pair" | "address" | "account";

export interface SignInLock {
  kind: SignInLockKind;
  email: string | null;
  ip: string | null;
  failures: number;
  until: Date;
}

const HOUR_MS = 3600_000;

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;

export async function listSignInLocks(viewer: Actor, now = clock.now()): Promise<SignInLock[]> {
  if (!can(viewer, "user.manage")) return [];
  const t = signInAttempts;
  const dayAgo = new Date(now.getTime() - 24 * HOUR_MS);
  const hourAgo = new Date(now.getTime() - HOUR_MS);

  const pairs = rowsOf(
    await db.execute(sql`
      select ${t.email} as email, ${t.ip} as ip, count(*)::int as failures, extract(epoch from max(${t.at}))::float8 as last
      from ${t} where not ${t.succeeded} and ${t.at} > ${dayAgo}
      group by ${t.email}, ${t.ip} having count(*) >= ${PAIR_FREE_FAILURES}`),
  );
  // an address or account stays held until the failure that keeps its count at the limit leaves the hour
  const heldBy = async (column: typeof t.ip | typeof t.email, limit: number) =>
    rowsOf(
      await db.execute(sql`
        select key, failures, extract(epoch from at)::float8 as at from (
          select ${column} as key, ${t.at} as at,
            row_number() over (partition by ${column} order by ${t.at} desc) as rank,
            count(*) over (partition by ${column})::int as failures
          from ${t} where not ${t.succeeded} and ${t.at} > ${hourAgo}
        ) ranked where rank = ${limit}`),
    );

  const locks: SignInLock[] = [];
  for (const row of pairs) {
    const until = new Date(Number(row.last) * 1000 + pairLockSeconds(Number(row.failures)) * 1000);
    if (until > now) locks.push({ kind: "pair", email: String(row.email), ip: String(row.ip), failures: Number(row.failures), until });
  }
  for (const row of await heldBy(t.ip, ADDRESS_MAX_FAILURES))
    locks.push({ kind: "address", email: null, ip: String(row.key), failures: Number(row.failures), until: new Date(Number(row.at) * 1000 + HOUR_MS) });
  for (const row of await heldBy(t.email, ACCOUNT_SLOW_FAILURES))
    locks.push({ kind: "account", email: String(row.key), ip: null, failures: Number(row.failures), until: new Date(Number(row.at) * 1000 + HOUR_MS) });
  return locks.sort((a, b) => b.until.getTime() - a.until.getTime());
}
