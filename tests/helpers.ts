import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { vi } from "vitest";
import { db } from "@/db";
import { auditLog, users } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { todayInMorocco } from "@/lib/i18n/format";
import { addDays } from "@/db/seed/today";

/**
 * What auth() answers in the tests (tests/setup.ts): the session's user and its claims
 * (lib/auth/session.ts), as the JWT callbacks would have made them at sign-in.
 */
export interface TestSession {
  user: { id: string };
  sid: string;
  sv: number;
  authAt: number;
  seenAt: number;
}

/**
 * The session auth() answers: a `live` one is a browser in use, renewed by every request, so its
 * claims are stamped at the app's clock on each call (a test may move the clock after signing in);
 * a replayed one is a saved cookie, presented exactly as it was.
 */
const testSession = globalThis as { __testSession?: { session: TestSession; live: boolean } | null };

/**
 * Signs the next calls in as the demo account with this email (or signs out with null): a new
 * session with the user's current session version. The user's row comes back with that session as
 * it was issued (`.session`), which replaySession() can present again later.
 */
export async function signInAs(email: string | null) {
  if (email === null) {
    testSession.__testSession = null;
    return null;
  }
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (!user) throw new Error(`no user ${email}`);
  const now = Math.floor(clock.now().getTime() / 1000);
  const session: TestSession = { user: { id: String(user.id) }, sid: randomUUID(), sv: user.sessionVersion, authAt: now, seenAt: now };
  testSession.__testSession = { session, live: true };
  // getCurrentUser is cached per request with React's cache(); outside React it reads again each call
  return Object.assign(user, { session });
}

/** The next calls present this session again, unrenewed, as a browser replaying a saved cookie would. */
export function replaySession(session: TestSession, changes: Partial<TestSession> = {}) {
  testSession.__testSession = { session: { ...session, ...changes }, live: false };
}

export const demo = {
  admin: "admin@example.org",
  bureau: "bureau@example.org",
  officerFes: "officer.fes@example.org",
  officerSouss: "officer.souss@example.org",
  officerSefrou: "officer.sefrou@example.org",
  member: "member@example.org",
} as const;

export async function lastAudit(action?: string) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(action ? and(eq(auditLog.action, action)) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

export async function auditCount(): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return n;
}

export { getCurrentUser };

/**
 * Moves the app's clock (lib/clock.ts) to this instant for the rest of the test; tests/setup.ts
 * puts it back to the suite's fixed instant (vitest.config.ts) after each test.
 */
export function setClock(at: Date | string) {
  vi.stubEnv("APP_NOW", new Date(at).toISOString());
}

/** Today in Morocco on the app's clock, `days` later (or earlier, when negative): YYYY-MM-DD. */
export function today(days = 0): string {
  return addDays(todayInMorocco(clock.now()), days);
}
