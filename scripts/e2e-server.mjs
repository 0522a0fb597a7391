// The server the browser tests run against: the built app on a fresh database, migrated and
// seeded — a new PGlite folder, or a new database on TEST_DATABASE_URL's PostgreSQL server.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, serverArgs, start } from "./lib.mjs";

const env = { NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "e2e-secret-only-for-the-browser-tests-0123456789", AUTH_TRUST_HOST: "true" };
if (process.env.TEST_DATABASE_URL) {
  const { default: pg } = await import("pg");
  const name = `e2e_${Date.now()}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  console.log(`e2e database: PostgreSQL ${name}`);
} else {
  delete process.env.DATABASE_URL;
  env.PGLITE_DIR = mkdtempSync(path.join(os.tmpdir(), "e2e-pglite-"));
  console.log(`e2e database: PGlite ${env.PGLITE_DIR}`);
}
run("npx", ["tsx", "--conditions=react-server", "db/seed/index.ts", "--migrate"], { env });
start("node", serverArgs(), { ...env, PORT: process.env.E2E_PORT || "3100" });
