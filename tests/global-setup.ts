/**
 * Migrates and seeds one template database for the whole run; every test file then starts from a
 * copy of it (tests/setup.ts): a PGlite dump, or a PostgreSQL `CREATE DATABASE … TEMPLATE`.
 */
import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { TestProject } from "vitest/node";
import { connect } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seed } from "../db/seed";

export default async function globalSetup(project: TestProject) {
  // test.env reaches the test files, not this process: the template is seeded on the suite's clock too
  Object.assign(process.env, project.config.env);
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    // named after the database TEST_DATABASE_URL names, so that a run keeps to its own prefix
    const name = `${new URL(adminUrl).pathname.slice(1) || "test"}_tmpl_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const conn = connect(url.toString());
    await runMigrations(conn);
    await seed(conn.db);
    await conn.close();
    process.env.TEST_TEMPLATE_DATABASE = name;
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const previous = process.env.PGLITE_DIR;
  process.env.PGLITE_DIR = "memory://";
  const conn = connect(undefined);
  process.env.PGLITE_DIR = previous;
  await runMigrations(conn);
  await seed(conn.db);
  const file = path.join(os.tmpdir(), `pglite-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await (await conn.dump!()).arrayBuffer()));
  await conn.close();
  process.env.TEST_PGLITE_TEMPLATE = file;
  return () => rmSync(file, { force: true });
}
