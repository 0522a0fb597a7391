/**
 * Every test file runs on its own real database, a copy of the migrated and seeded template made by
 * tests/global-setup.ts: an in-memory PGlite loaded from its dump, or — when TEST_DATABASE_URL names
 * a PostgreSQL server — a database created from the template for this file and dropped after it.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, afterEach, vi } from "vitest";
import { Client } from "pg";
import { connect, type Connection } from "@/db/client";

// Next's cache and request APIs have no request here: revalidation is recorded, not performed.
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  }),
  forbidden: vi.fn(() => {
    throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
  }),
  notFound: vi.fn(() => {
    throw new Error("NEXT_HTTP_ERROR_FALLBACK;404");
  }),
}));
// No browser: no cookies (so Arabic) and no forwarded headers.
vi.mock("next/headers", () => ({
  cookies: vi.fn(async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() })),
  headers: vi.fn(async () => new Headers()),
}));
// The signed-in session is whichever the test says (tests/helpers.ts signInAs, replaySession);
// everything else is real.
vi.mock("@/lib/auth/index", () => ({
  auth: vi.fn(async () => {
    const current = (globalThis as { __testSession?: { session: Record<string, unknown>; live: boolean } | null }).__testSession;
    if (!current) return null;
    if (!current.live) return current.session;
    const { now } = await import("@/lib/clock");
    const at = Math.floor(now().getTime() / 1000);
    return { ...current.session, authAt: at, seenAt: at };
  }),
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: {},
}));

const adminUrl = process.env.TEST_DATABASE_URL;
let dropDatabase: (() => Promise<void>) | undefined;
const globalDb = globalThis as unknown as { __partyDb?: Connection };

if (adminUrl) {
  // named after the database TEST_DATABASE_URL names, as the template is (tests/global-setup.ts)
  const name = `${new URL(adminUrl).pathname.slice(1) || "test"}_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.TEST_TEMPLATE_DATABASE}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
  globalDb.__partyDb = connect(process.env.DATABASE_URL);
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  const template = new Blob([readFileSync(process.env.TEST_PGLITE_TEMPLATE!)]);
  globalDb.__partyDb = connect(undefined, { loadDataDir: template });
}

// a test that moved the clock (setClock in tests/helpers.ts) leaves the next one on the suite's instant
afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await globalDb.__partyDb?.close();
  await dropDatabase?.();
});
