// The server the browser tests run against: the built app on a fresh database, migrated and
// seeded — a new PGlite folder, or a new database on TEST_DATABASE_URL's PostgreSQL server.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, serverArgs, start } from "./lib.mjs";
import { mailDir, startMailSink } from "./mail-sink.mjs";

// sessions renewed after 5 seconds instead of 60, so that e2e/auth.spec.ts sees a renewal without waiting a minute
const env = {
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: "e2e-secret-only-for-the-browser-tests-0123456789",
  AUTH_TRUST_HOST: "true",
  SESSION_RENEW_SECONDS: "5",
};
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
// the emails leave through SMTP into a mailbox the tests read (e2e/mailbox.ts), with links to this server
const port = process.env.E2E_PORT || "3100";
env.SMTP_URL = `smtp://127.0.0.1:${await startMailSink(mailDir(port))}`;
env.APP_URL = `http://localhost:${port}`;
start("node", serverArgs(), { ...env, PORT: port });
