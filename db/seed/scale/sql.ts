import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../client";

/**
 * A uniform number in [0, 1) drawn from an integer expression and a salt: the same rows on every
 * run and on both engines (hashint4 is PostgreSQL's own integer hash), without a random() whose
 * seed would belong to one connection.
 */
export function u(expr: string, salt: number): string {
  return `((hashint4(((${expr})::int) # ${salt})::bigint & 2147483647)::float8 / 2147483648.0)`;
}

/** A literal for a number computed here, never from input: the SQL fragments are built from them. */
export function n(value: number): SQL {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return sql.raw(String(value));
}

/** A JSON value as one parameter, read in SQL as jsonb (pools of names, texts, kinds). */
export function json(value: unknown): SQL {
  return sql`${JSON.stringify(value)}::jsonb`;
}

/** One element of a jsonb array, picked by a uniform number in [0, 1). */
export function pick(pool: string, uniform: string): string {
  return `(${pool} -> floor(${uniform} * jsonb_array_length(${pool}))::int)`;
}

export async function rows<T>(tx: Executor, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function one(tx: Executor, query: SQL): Promise<number> {
  const [row] = await rows<{ n: number | string | null }>(tx, query);
  return Number(row?.n ?? 0);
}

export async function countOf(tx: Executor, table: string): Promise<number> {
  return one(tx, sql`select count(*)::int as n from ${sql.identifier(table)}`);
}

export async function maxId(tx: Executor, table: string): Promise<number> {
  return one(tx, sql`select coalesce(max(id), 0)::int as n from ${sql.identifier(table)}`);
}
