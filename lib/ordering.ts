import "server-only";
import { and, asc, desc, eq, gt, lt, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "@/db";

export type Direction = "up" | "down";

/** A table whose rows are kept in order by an integer `position` (agenda items, questions, recommendations). */
type OrderedTable = PgTable & { id: PgColumn; position: PgColumn };

export interface Moved {
  /** The row's position before and after; equal when it was already first (or last). */
  from: number;
  to: number;
}

/**
 * Moves a row one place up or down among the rows `within` (a workshop's agenda, a campaign's
 * questions) by swapping positions with its neighbour, inside the mutation's transaction, so
 * the audit row and the swap commit together. Ties on position are broken by id, as lists show them.
 */
export async function swapWithNeighbour(
  tx: Transaction,
  table: OrderedTable,
  row: { id: number; position: number },
  within: SQL | undefined,
  direction: Direction,
): Promise<Moved> {
  const up = direction === "up";
  const [neighbour] = await tx
    .select({ id: table.id, position: table.position })
    .from(table as PgTable)
    .where(and(within, up ? lt(table.position, row.position) : gt(table.position, row.position)))
    .orderBy(up ? desc(table.position) : asc(table.position), asc(table.id))
    .limit(1);
  if (!neighbour) return { from: row.position, to: row.position };
  const to = neighbour.position as number;
  await tx.update(table).set({ position: to } as never).where(eq(table.id, row.id));
  await tx.update(table).set({ position: row.position } as never).where(eq(table.id, neighbour.id as number));
  return { from: row.position, to };
}
