import { connect, type Connection, type Database } from "./client";

export type { Database, Executor, Transaction } from "./client";

const globalForDb = globalThis as unknown as { __partyDb?: Connection };

/**
 * The one client of this process. It is opened on first use, not at import, so that `next build`
 * never opens the PGlite folder, and kept on globalThis across hot reloads.
 */
export function connection(): Connection {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database is not opened during `next build`: a page read data at build time.");
  }
  return (globalForDb.__partyDb ??= connect());
}

export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = connection().db;
    const value = Reflect.get(real, prop, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
