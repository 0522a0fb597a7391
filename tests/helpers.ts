import { and, desc, eq, sql } from "drizzle-orm";
import { vi } from "vitest";
import { db } from "@/db";
import { auditLog, users } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { todayInMorocco } from "@/lib/i18n/format";
import { addDays } from "@/db/seed/today";

/** Signs the next calls in as the demo account with this email (or signs out with null). */
export async function signInAs(email: string | null) {
  const g = globalThis as { __testUserId?: number };
  if (email === null) {
    g.__testUserId = undefined;
    return null;
  }
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (!user) throw new Error(`no user ${email}`);
  g.__testUserId = user.id;
  // getCurrentUser is cached per request with React's cache(); outside React it reads again each call
  return user;
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
