import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "@/db";
import { ActionError, ConflictError } from "@/lib/action";

// Optimistic concurrency: an edit form carries the version of the record it loaded; the save claims
// that version by bumping it. Two people who loaded the same version cannot both claim it: the second
// is refused with the record as it is now, shown beside what they typed (components/ui/conflict.tsx).

/** A table with a serial `id` and the `version integer not null default 1` of migration 0006. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * A record's values as form values: no value is an empty field, a number is its digits. A key
 * starting with `$` rides along untouched (`$labels`: how to name a value the form cannot name).
 */
export function asFormValues(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith("$")) out[key] = value;
    else if (value === null || value === undefined) out[key] = "";
    else if (Array.isArray(value)) out[key] = value.map((item) => String(item));
    else if (typeof value === "boolean") out[key] = value;
    else if (value instanceof Date) out[key] = value.toISOString();
    else out[key] = String(value);
  }
  return out;
}

type Row<T extends VersionedTable> = T["$inferSelect"];

/**
 * Inside a mutation's `run`: claims `expected`, the version the form loaded, by moving the record
 * to the next version, and answers that new version. When the record has moved on, nothing is
 * claimed and a ConflictError carries the version it is at and `currentValues(row)` (the record
 * keyed by the form's field names; the row itself when omitted): the transaction rolls back and
 * the form shows what changed. A record that no longer exists is not found.
 *
 * Call it before anything else is written: the bump also locks the row until the commit, so a
 * second save waits here and then sees the new version.
 */
export async function claimVersion<T extends VersionedTable>(
  tx: Transaction,
  table: T,
  id: number,
  expected: number,
  currentValues?: (row: Row<T>) => Record<string, unknown> | Promise<Record<string, unknown>>,
): Promise<number> {
  const versioned = table as VersionedTable;
  const [claimed] = await tx
    .update(versioned)
    .set({ version: sql`${versioned.version} + 1` } as never)
    .where(and(eq(versioned.id, id), eq(versioned.version, expected)))
    .returning({ id: versioned.id, version: versioned.version });
  if (claimed) return claimed.version as number;

  const [row] = (await tx
    .select()
    .from(versioned as PgTable)
    .where(eq(versioned.id, id))
    .limit(1)) as Row<T>[];
  if (!row) throw new ActionError("notFound");
  const current = currentValues ? await currentValues(row) : (row as Record<string, unknown>);
  throw new ConflictError((row as { version: number }).version, asFormValues(current));
}
