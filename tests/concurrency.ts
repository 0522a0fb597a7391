import { desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "@/db";
import { auditLog } from "@/db/schema";
import type { ActionState } from "@/lib/action";
import type { VersionedTable } from "@/lib/concurrency";

async function rowOf(table: VersionedTable, id: number) {
  const [row] = await db.select().from(table).where(eq(table.id, id));
  return row as Record<string, unknown> & { version: number };
}

async function auditTail() {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(5);
}

/** The record's version now. */
export async function versionOf(table: VersionedTable, id: number): Promise<number> {
  return (await rowOf(table, id)).version;
}

/**
 * Runs a save that must be refused as stale: the answer is the conflict, carrying the record's
 * version and its values as they are now; the row and the audit log are exactly as before.
 */
export async function expectStale(table: VersionedTable, id: number, save: () => Promise<ActionState<unknown>>) {
  const [rowBefore, auditBefore] = [await rowOf(table, id), await auditTail()];
  const state = await save();
  expect(state.ok).toBe(false);
  expect(state.message).toBe("عدّل شخص آخر هذا السجل بعد أن فتحته. لم يُحفظ تعديلك: راجع الفرق ثم اختر.");
  expect(state.conflict?.version).toBe(rowBefore.version);
  expect(await rowOf(table, id)).toEqual(rowBefore);
  expect(await auditTail()).toEqual(auditBefore);
  return state.conflict!.current;
}

/** Runs a save made from the record's current version: it passes (or redirects) and bumps the version by one. */
export async function expectSavedOver(table: VersionedTable, id: number, save: () => Promise<ActionState<unknown>>) {
  const before = await versionOf(table, id);
  try {
    const state = await save();
    expect(state).toMatchObject({ ok: true });
  } catch (error) {
    // a save that goes on to the record's page ends in Next's redirect
    expect(String((error as Error).message)).toMatch(/NEXT_REDIRECT/);
  }
  expect(await versionOf(table, id)).toBe(before + 1);
}
