import type { SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";

/** How a walk from today reads an event source: its rows in this order, this many at most. */
export type Walk = { orderBy: SQL; limit: number };

/** A source's query as it is, or in a walk's order and limit. */
export function walked<T extends PgSelect>(query: T, walk?: Walk) {
  return walk ? query.orderBy(walk.orderBy).limit(walk.limit) : query;
}
