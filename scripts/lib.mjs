// Helpers shared by the start, serve and test scripts. Plain Node: they run before `npm ci`.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Runs `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log("→ installing dependencies (npm ci)");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** A development secret, made once and kept in .data/, so no one edits a .env by hand. */
export function developmentSecret() {
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** Builds when there is no build, or a source file is newer than it. */
export function ensureBuilt(env = {}) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const sources = ["app", "components", "lib", "db", "public", "proxy.ts", "next.config.ts", "package-lock.json", "instrumentation.ts"]
    .map((p) => path.join(root, p))
    .filter(existsSync);
  const stale = !existsSync(buildId) || Math.max(...sources.map(newestMtime)) > statSync(buildId).mtimeMs;
  if (!stale) return;
  console.log("→ building the app (next build)");
  run("npx", ["next", "build"], { env });
}

/**
 * The arguments that run the production server (scripts/server.mjs) with a bounded heap: without a
 * limit V8 lets garbage pile up to a large share of the machine's memory before it collects, and an
 * instance then holds over a gigabyte. SERVER_HEAP_MB changes it (default 320 MB of old space).
 */
export function serverArgs() {
  const heap = Number(process.env.SERVER_HEAP_MB || 320);
  return [`--max-old-space-size=${heap}`, path.join(root, "scripts", "server.mjs")];
}

export function start(command, args, env = {}) {
  const child = spawn(command, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}
