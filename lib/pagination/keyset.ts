import "server-only";
import { asc, count, desc, sql, type AnyColumn, type SQL, type Subquery } from "drizzle-orm";
import { db } from "@/db";
import { decodeCursor, encodeCursor, keysetPage, type CursorKey, type CursorKind, type PageCursor } from "./cursor";

/*
 * The SQL half of a keyset list (see cursor.ts): a list declares its order once — two or three
 * indexed columns ending with the id, each with the kind of value its cursor carries — and gets
 * its condition after or before a cursor, its ORDER BY either way, and the page with both
 * neighbours' cursors, all from the same declaration, so the page query is always
 * `… WHERE (order) > (key) ORDER BY order LIMIT size + 1`.
 */

/**
 * One column of a list's order (or an expression of the row, when the order depends on today and
 * no index can hold it). "t" is a timestamp, carried as whole microseconds since 1970 (exact,
 * unlike a JS Date).
 */
export type KeyPart = { column: AnyColumn | SQL; kind: CursorKind | "t" };

export interface KeysetOrder {
  parts: readonly KeyPart[];
  /** "desc": latest (or largest) first. */
  direction: "asc" | "desc";
}

export type Key = (string | number)[];

/** A timestamp column as the whole microseconds since 1970 a "t" key part carries (select it beside the row). */
export const microsOf = (column: AnyColumn) => sql<number>`(extract(epoch from ${column}) * 1000000)::bigint`.mapWith(Number);

const cursorKind = (part: KeyPart): CursorKind => (part.kind === "t" ? "n" : part.kind);

/** The page asked for by `?after=` (first) or `?before=`; a cursor that does not decode to the order's shape is the first page. */
export function keysetCursorFrom(order: KeysetOrder, after: unknown, before: unknown): PageCursor<Key> {
  const read = (text: unknown) => (typeof text === "string" ? decodeCursor(text, order.parts.map(cursorKind)) : null);
  const a = read(after);
  if (a) return { after: a };
  const b = read(before);
  return b ? { before: b } : null;
}

function value(part: KeyPart, v: string | number): SQL {
  switch (part.kind) {
    case "t":
      return sql`(timestamptz 'epoch' + ${v}::bigint * interval '1 microsecond')`;
    case "d":
      return sql`${v}::date`;
    case "n":
      return sql`${v}::bigint`;
    case "i":
      return sql`${v}::integer`;
    default:
      return sql`${v}::text`;
  }
}

/** The condition that keeps the rows after (or before) the cursor, and the order to read them in. */
export function keysetClauses(order: KeysetOrder, cursor: PageCursor<Key>): { where: SQL | undefined; orderBy: SQL[] } {
  const backwards = cursor !== null && "before" in cursor;
  const ascending = (order.direction === "asc") !== backwards;
  const orderBy = order.parts.map((p) => (ascending ? asc(p.column) : desc(p.column)));
  if (!cursor) return { where: undefined, orderBy };
  const key = "after" in cursor ? cursor.after : cursor.before;
  const columns = sql.join(
    order.parts.map((p) => sql`${p.column}`),
    sql`, `,
  );
  const values = sql.join(
    order.parts.map((p, i) => value(p, key[i])),
    sql`, `,
  );
  return { where: sql`(${columns}) ${sql.raw(ascending ? ">" : "<")} (${values})`, orderBy };
}

export interface KeysetResult<T> {
  rows: T[];
  hasPrevious: boolean;
  hasNext: boolean;
  previousCursor: string | null;
  nextCursor: string | null;
}

/** The page from rows read with LIMIT size + 1, in display order, with the cursors of its first and last rows. */
export function keysetResult<T>(read: T[], size: number, cursor: PageCursor<Key>, keyOf: (row: T) => CursorKey): KeysetResult<T> {
  const { rows, hasPrevious, hasNext } = keysetPage(read, size, cursor);
  return {
    rows,
    // an empty page after or before a cursor still links back to the start
    hasPrevious: hasPrevious || (rows.length === 0 && cursor !== null),
    hasNext: hasNext && rows.length > 0,
    previousCursor: rows.length ? encodeCursor(keyOf(rows[0])) : null,
    nextCursor: rows.length ? encodeCursor(keyOf(rows[rows.length - 1])) : null,
  };
}

/** Above this many rows a list says "more than" instead of counting them all. */
export const LIST_COUNT_BOUND = 1000;

export type BoundedTotal = { count: number; atLeast: boolean };

/**
 * How many rows a list holds, counted up to LIST_COUNT_BOUND and no further: give it the list's
 * rows as `select 1 … limit LIST_COUNT_BOUND + 1` (a subquery), so the count never reads the
 * whole history.
 */
export async function boundedTotal(rows: Subquery): Promise<BoundedTotal> {
  const [{ n }] = await db.select({ n: count() }).from(rows);
  return n > LIST_COUNT_BOUND ? { count: LIST_COUNT_BOUND, atLeast: true } : { count: n, atLeast: false };
}
