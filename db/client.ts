import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "./schema";

/** One type for both engines: the PGlite driver speaks the same query builder. */
export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything a query can run on: the client or an open transaction. */
export type Executor = Database | Transaction;

export type Engine = "pglite" | "postgres";

export interface Connection {
  db: Database;
  engine: Engine;
  close: () => Promise<void>;
  /** PGlite only: the data folder as a tarball. */
  dump?: () => Promise<Blob>;
  /** PGlite only: the embedded database itself, which the job queue shares (lib/jobs/queue.ts). */
  pglite?: PGlite;
}

/** The PGlite folder: PGLITE_DIR, `memory://` for an in-memory database, or .data/pglite. */
export function pgliteDir(): string {
  return process.env.PGLITE_DIR || path.join(process.cwd(), ".data", "pglite");
}

/** `loadDataDir`: start an in-memory PGlite from a dump (the tests' migrated and seeded template). */
export function connect(databaseUrl = process.env.DATABASE_URL, options: { loadDataDir?: Blob } = {}): Connection {
  if (databaseUrl) {
    const pool = new Pool({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_MAX || 10) });
    // an idle connection dropped by the server (restart, failover) must not crash the process
    pool.on("error", (error) => console.error("database: idle connection lost:", error.message));
    const db = drizzlePg(pool, { schema, casing: "snake_case" });
    return { db, engine: "postgres", close: () => pool.end() };
  }
  const dir = pgliteDir();
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { extensions: { pg_trgm }, loadDataDir: options.loadDataDir });
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
  return { db, engine: "pglite", close: () => client.close(), dump: () => client.dumpDataDir("none"), pglite: client };
}
