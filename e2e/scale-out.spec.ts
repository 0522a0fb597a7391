import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { test, expect } from "@playwright/test";
import pg from "pg";
import { startTestBucket, type TestBucket } from "../tests/s3";
import { serverArgs } from "../scripts/lib.mjs";
import { accounts } from "./fixtures";

// Scaling out: two instances of the built app over one PostgreSQL database and one S3 bucket, as
// behind a load balancer. Nothing is kept in either process: a sign-in on one is valid on the other,
// a file uploaded through one is downloaded through the other.

const databaseUrl = process.env.TEST_DATABASE_URL;
const basePort = Number(process.env.E2E_PORT || 3100);
const ports = [basePort + 11, basePort + 12];
const origin = (i: number) => `http://localhost:${ports[i]}`;

const servers: ChildProcess[] = [];
let bucket: TestBucket | undefined;
let database: string | undefined;

function adminUrl(): string {
  return databaseUrl!;
}

async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server for ${url} stopped (${server.exitCode})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer in time`);
}

test.describe("two app instances over one database and one bucket", () => {
  // one PostgreSQL database shared by two processes: the embedded PGlite belongs to one process,
  // so this runs in the PostgreSQL pass (TEST_DATABASE_URL) only
  test.skip(!databaseUrl, "two instances need a shared PostgreSQL (TEST_DATABASE_URL)");
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    database = `scale_out_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = new URL(adminUrl());
    url.pathname = `/${database}`;

    bucket = await startTestBucket();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...bucket.env,
      DATABASE_URL: url.toString(),
      AUTH_SECRET: "scale-out-secret-shared-by-both-instances-0123456789",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.PGLITE_DIR;
    delete env.STORAGE_DIR;
    // the README's own seed command (package.json: the seed loads server code, under the react-server condition)
    const seeded = spawnSync("npm", ["run", "db:seed", "--", "--migrate"], { env, stdio: "inherit" });
    expect(seeded.status).toBe(0);
    for (const port of ports) {
      // each its own folder on disk too: a file that went there instead of the bucket would not be
      // found by the other instance
      const folder = mkdtempSync(path.join(os.tmpdir(), `instance-${port}-`));
      servers.push(spawn(process.execPath, serverArgs(), { env: { ...env, PORT: String(port), STORAGE_DIR: folder }, stdio: ["ignore", "ignore", "inherit"] }));
    }
    await Promise.all(ports.map((_, i) => waitForHealth(origin(i), servers[i])));
  });

  test.afterAll(async () => {
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (server.exitCode !== null) return resolve();
            server.once("exit", () => resolve());
            server.kill("SIGTERM");
          }),
      ),
    );
    await bucket?.close();
    if (database) {
      const admin = new pg.Client({ connectionString: adminUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  });

  test("a sign-in on one is valid on the other, and a file uploaded through one downloads through the other", async ({ page }) => {
    const { email, password } = accounts.bureau;

    await test.step("the Bureau member signs in on the first instance", async () => {
      await page.goto(`${origin(0)}/login`);
      await page.getByLabel("البريد الإلكتروني").fill(email);
      await page.getByLabel("كلمة المرور", { exact: true }).fill(password);
      await page.getByRole("button", { name: "دخول" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "لوحة القيادة" })).toBeVisible();
    });

    await test.step("the second instance knows the session", async () => {
      // the cookie is the browser's for localhost, whatever the port: the second instance reads it
      await page.goto(`${origin(1)}/`);
      await expect(page.getByRole("heading", { level: 1, name: "لوحة القيادة" })).toBeVisible();
      const session = (await (await page.request.get(`${origin(1)}/api/auth/session`)).json()) as { user?: { email?: string } };
      expect(session.user?.email).toBe(email);
    });

    const title = `دليل مشترك ${Date.now() % 100_000}`;
    const bytes = Buffer.from(`%PDF-1.7\n% ${title}\n`);
    let trainingPath = "";
    await test.step("a training material is uploaded through the first", async () => {
      await page.goto(`${origin(0)}/rooting/trainings`);
      await page.getByRole("main").getByRole("link", { name: /^لقاء تكويني جهوي/ }).first().click();
      const form = page.getByRole("form", { name: "إضافة الوثيقة" });
      await expect(form).toBeVisible();
      trainingPath = new URL(page.url()).pathname;
      await form.getByLabel("عنوان الوثيقة").fill(title);
      // retried until the page is hydrated and the field keeps the file
      await expect(async () => {
        await form.getByLabel("الملف").setInputFiles({ name: "دليل.pdf", mimeType: "application/pdf", buffer: bytes });
        expect(await form.getByLabel("الملف").evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(1);
      }).toPass();
      await form.getByRole("button", { name: "إضافة الوثيقة" }).click();
      await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
    });

    await test.step("and downloaded through the second", async () => {
      await page.goto(`${origin(1)}${trainingPath}`);
      const link = page.getByRole("link", { name: new RegExp(title) });
      await expect(link).toBeVisible();
      const href = await link.getAttribute("href");
      const response = await page.request.get(`${origin(1)}${href}`);
      expect(response.status()).toBe(200);
      expect(Buffer.from(await response.body()).equals(bytes)).toBe(true);
    });

    await test.step("the file is in the bucket", async () => {
      const client = new S3Client({
        region: bucket!.env.S3_REGION,
        endpoint: bucket!.env.S3_ENDPOINT,
        forcePathStyle: true,
        credentials: { accessKeyId: bucket!.env.S3_ACCESS_KEY_ID, secretAccessKey: bucket!.env.S3_SECRET_ACCESS_KEY },
      });
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket!.env.S3_BUCKET, Prefix: "trainings/" }));
      expect(listed.Contents?.length ?? 0).toBeGreaterThanOrEqual(1);
      client.destroy();
    });
  });
});
