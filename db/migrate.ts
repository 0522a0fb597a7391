import path from "node:path";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { connect, type Connection } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function runMigrations(conn: Connection): Promise<void> {
  if (conn.engine === "postgres") await migratePg(conn.db, { migrationsFolder });
  else await migratePglite(conn.db as unknown as PgliteDatabase, { migrationsFolder });
}

async function main() {
  const conn = connect();
  await runMigrations(conn);
  await conn.close();
  console.log(`migrations applied (${conn.engine})`);
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
