// An S3-compatible server for the tests (s3rver: the S3 REST API over a temporary folder), so the
// storage tests and the two-instance test run against a real bucket with nothing to install.
// It runs in its own process (scripts/s3-test-server.mjs), which needs OpenSSL's legacy provider.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

export interface TestBucket {
  /** The environment that points the app at this bucket (lib/s3-storage.ts s3SettingsFromEnv). */
  env: Record<string, string>;
  close: () => Promise<void>;
}

export async function startTestBucket(bucket = "party-files"): Promise<TestBucket> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "s3-"));
  const script = path.join(process.cwd(), "scripts", "s3-test-server.mjs");
  const child = spawn(process.execPath, ["--openssl-legacy-provider", script, directory, bucket], { stdio: ["pipe", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the S3 test server stopped (${code})`)));
    createInterface({ input: child.stdout! }).once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  child.removeAllListeners("exit");
  return {
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: "us-east-1",
      // s3rver's fixed credentials
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    },
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
