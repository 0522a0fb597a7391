// npm run bench [-- --scale=national|10x | --both | --compare a.json b.json | --markdown a.json [b.json]]
//
// Builds the app into .next-bench, seeds a PostgreSQL database at the scale (db/seed/scale.ts),
// serves it on BENCH_PORT (3320) and load-tests the key pages as their roles with autocannon,
// beside two floors measured in the same run: a prerendered file and the signed-in shell alone
// (/floor, served with BENCH_FLOOR=1). Prints p50/p95/p99, requests/s, errors, size and p95 over
// the signed-in floor's, the server's memory, and writes bench-results/<date>-<scale>.json.
// Load goes to 127.0.0.1 only. Environment: BENCH_SECONDS (10), BENCH_CONNECTIONS (16),
// BENCH_SKIP_BUILD=1, BENCH_SKIP_SEED=1 (reuse bench_<scale> as it is), BENCH_DATABASE_URL
// (postgres://postgres@127.0.0.1:5432/postgres), BENCH_PORT, BENCH_DEEP_PAGES (10), BENCH_ONLY
// (a regular expression: only those pages, beside the floors), BENCH_VERBOSE=1 (each refused save).
import { execSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { accounts, deepPage, firstLink, get, signIn, waitForHealth } from "./bench/http.mjs";
import { loadAutosave, loadPage } from "./bench/load.mjs";
import { compareFiles, markdownFiles, ratioTable, runTable } from "./bench/report.mjs";
import { root, run, serverArgs } from "./lib.mjs";

const args = process.argv.slice(2);
const DIST = ".next-bench";
const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 16);
const port = Number(process.env.BENCH_PORT || 3320);
const deepPages = Number(process.env.BENCH_DEEP_PAGES || 10);
const adminUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const base = `http://127.0.0.1:${port}`;
const env = { NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST };

if (args[0] === "--compare") {
  if (args.length !== 3) throw new Error("usage: npm run bench -- --compare a.json b.json");
  compareFiles(args[1], args[2]);
  process.exit(0);
}
if (args[0] === "--markdown") {
  if (args.length < 2 || args.length > 3) throw new Error("usage: npm run bench -- --markdown run.json [run-10x.json]");
  markdownFiles(args[1], args[2]);
  process.exit(0);
}

const scales = args.includes("--both") ? ["national", "10x"] : [args.find((a) => a.startsWith("--scale="))?.slice(8) ?? "national"];
for (const s of scales) if (!["national", "10x"].includes(s)) throw new Error(`unknown scale ${s}: national or 10x`);

const { default: pg } = await import("pg");
const databaseUrl = (name) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops and creates bench_<scale>, then migrates and seeds it at that scale. */
async function prepareDatabase(scale) {
  const name = `bench_${scale}`;
  if (!/^bench_[a-z0-9_]+$/.test(name)) throw new Error(`refusing database name ${name}`);
  if (process.env.BENCH_SKIP_SEED) return databaseUrl(name);
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const started = Date.now();
  run("npx", ["tsx", "--conditions=react-server", "db/seed/index.ts", "--migrate", `--scale=${scale}`], { env: { DATABASE_URL: databaseUrl(name) } });
  console.log(`→ ${name} migrated and seeded in ${Math.round((Date.now() - started) / 1000)} s`);
  return databaseUrl(name);
}

// the server of the run, killed by its process group whatever happens
let server = null;
function stopServer() {
  if (!server || server.exitCode !== null) return Promise.resolve();
  const child = server;
  return new Promise((resolve) => {
    const hard = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 8_000);
    child.once("exit", () => {
      clearTimeout(hard);
      resolve();
    });
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      resolve();
    }
  });
}
process.on("exit", () => {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopServer().then(() => process.exit(130)));

async function startServer(url, scale) {
  mkdirSync(path.join(root, "bench-results"), { recursive: true });
  const log = openSync(path.join(root, "bench-results", `server-${scale}.log`), "w");
  server = spawn("node", serverArgs(), {
    cwd: root,
    detached: true, // its own process group, so that it and anything it starts are stopped together
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      ...env,
      DATABASE_URL: url,
      PORT: String(port),
      AUTH_SECRET: "bench-secret-only-for-the-benchmark-0123456789",
      AUTH_TRUST_HOST: "true",
      BENCH_FLOOR: "1",
    },
  });
  await waitForHealth(base, server);
}

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kbOf = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return { vmRssMb: Math.round(kbOf("VmRSS") / 1024), vmHwmMb: Math.round(kbOf("VmHWM") / 1024) };
}

/** A prerendered path of the build (the service worker's file, when the app prerenders no page). */
function prerenderedPath() {
  const manifest = JSON.parse(readFileSync(path.join(root, DIST, "prerender-manifest.json"), "utf8"));
  const routes = Object.keys(manifest.routes).filter((r) => !r.startsWith("/_") && !r.endsWith(".map"));
  if (!routes.length) throw new Error("the build prerendered nothing to use as the static floor");
  return routes.sort((a, b) => a.length - b.length)[0];
}

/** The pages to load and as whom; links that need finding are found on the pages themselves. */
async function pagesToLoad(url, cookies) {
  const must = (value, what) => {
    if (!value) throw new Error(`could not find ${what}`);
    return value;
  };
  const reports = await get(base, "/reports", cookies.officer);
  const reportPage = must(firstLink(reports.html, /^\/reports\/\d+\/reports\/\d+$/), "a report on the officer's /reports");
  const sessions = await get(base, "/sessions", cookies.bureau);
  const sessionPage = must(firstLink(sessions.html, /^\/sessions\/\d+$/), "a session on /sessions");
  const session = await get(base, sessionPage, cookies.bureau);
  const workshopPage = must(firstLink(session.html, /^\/sessions\/\d+\/workshops\/\d+$/), `a workshop on ${sessionPage}`);
  const deep = await deepPage(base, "/members", cookies.bureau, deepPages);
  const token = await withClient(url, async (c) => {
    // the member's private calendar feed: its token is made by the account page's action; the
    // benchmark's own database gets one directly when the member has none
    const { rows } = await c.query(
      "update users set calendar_token = case when calendar_token ~ '^[A-Za-z0-9_-]{43}$' then calendar_token else $2 end where lower(email) = $1 returning calendar_token",
      [accounts.member.email, randomBytes(32).toString("base64url")],
    );
    return rows[0].calendar_token;
  });
  return [
    { name: "floor: prerendered", path: prerenderedPath() },
    { name: "floor: signed-in shell", role: "bureau", path: "/floor" },
    ...["admin", "bureau", "officer", "member"].map((role) => ({ name: `dashboard`, role, path: "/" })),
    { name: "members", role: "bureau", path: "/members" },
    { name: `members, page ${deep.depth + 1}`, key: "members deep", role: "bureau", path: deep.path },
    { name: "member search", role: "bureau", path: `/members?q=${encodeURIComponent("محمد")}` },
    { name: "compliance", role: "bureau", path: "/reports/compliance" },
    { name: "reports", role: "officer", path: "/reports" },
    { name: "one report", role: "officer", path: reportPage },
    { name: "coverage", role: "bureau", path: "/rooting/coverage" },
    { name: "cascade", role: "bureau", path: "/rooting/cascade" },
    { name: "sessions", role: "bureau", path: "/sessions" },
    { name: "one session", role: "bureau", path: sessionPage },
    { name: "one workshop", role: "bureau", path: workshopPage },
    { name: "calendar", role: "member", path: "/calendar" },
    { name: "calendar feed (.ics)", path: `/api/calendar/feed/${token}.ics` },
    { name: "audit log", role: "admin", path: "/admin/audit" },
    { name: "territory", role: "bureau", path: "/territory" },
  ];
}

/** Reports the officers may still write in open campaigns, one per autosaving connection. */
async function autosaveSlots(url, cookies) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `select r.id, r.campaign_id, r.version, lower(u.email) as email
       from evaluation_reports r join evaluation_campaigns c on c.id = r.campaign_id
         join users u on u.scope_region_id = r.region_id and u.scope_province_id is null and lower(u.email) = any($1)
       where c.status = 'open' and r.status in ('not_started', 'draft', 'returned')
       order by r.id limit $2`,
      [[accounts.officer.email, accounts.officerSouss.email], connections],
    );
    const cookieOf = { [accounts.officer.email]: cookies.officer, [accounts.officerSouss.email]: cookies.officerSouss };
    return rows.map((r) => ({ path: `/reports/${r.campaign_id}/reports/${r.id}/save`, version: r.version, cookie: cookieOf[r.email] }));
  });
}

/**
 * Waits until the server has finished what the last run left in flight (autocannon stops at the
 * end of its time, the server does not): until the signed-in floor answers, alone, within twice
 * its first time, or a minute has passed. Otherwise a slow page would slow the next one down.
 */
let floorAlone = null;
async function settle(cookie) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const started = Date.now();
    await get(base, "/floor", cookie);
    const took = Date.now() - started;
    if (took <= Math.max(2 * floorAlone, floorAlone + 20)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Waits until the job queue's start-up runs are done: a server runs the reminders and the outbox
 * sweep once when it starts (lib/jobs/workers.ts), and the notices they write are the job's, not
 * the pages'. Without this they would land in the counters of "rows written while pages were read".
 */
async function startupJobsDone(url) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const pending = await withClient(url, async (c) => {
      const { rows } = await c.query("select to_regclass('pgboss.job') is not null as ready");
      if (!rows[0].ready) return 1;
      const jobs = await c.query(
        "select count(*) filter (where state in ('created', 'retry', 'active'))::int as pending, count(*) filter (where state = 'completed')::int as done from pgboss.job where name in ('deadline-reminders', 'outbox-sweep') and singleton_key = 'start'",
      );
      return jobs.rows[0].done >= 2 && jobs.rows[0].pending === 0 ? 0 : 1;
    });
    if (!pending) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log("  (the job queue's start-up runs did not finish within two minutes)");
}

/** Rows inserted, updated and deleted so far in each of the app's tables (the job queue's schema aside). */
async function tableWrites(url) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      "select relname as table, (n_tup_ins + n_tup_upd + n_tup_del)::int as rows from pg_stat_user_tables where schemaname = 'public'",
    );
    return new Map(rows.map((r) => [r.table, r.rows]));
  });
}

/**
 * The tables written since `before`. A server's connections report what they wrote when they go
 * idle, at most ten seconds later (PostgreSQL's statistics), so this waits that long first.
 */
async function writesSince(url, before) {
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  const after = await tableWrites(url);
  return [...after]
    .map(([table, rows]) => ({ table, rows: rows - (before.get(table) ?? 0) }))
    .filter((w) => w.rows > 0)
    .sort((a, b) => b.rows - a.rows);
}

function line(name, role, f) {
  const p95 = f.p95 == null ? "— (no answer within the run)" : `${f.p95.toFixed(1)} ms`;
  return `${name.padEnd(24)} ${(role ?? "").padEnd(8)} p95 ${p95}, ${f.requests} answers, ${f.rps} req/s, ${f.errors} errors${f.single != null ? `, alone ${f.single} ms` : ""}`;
}

async function benchScale(scale) {
  console.log(`\n══ ${scale} ══`);
  const url = await prepareDatabase(scale);
  const startedAt = new Date().toISOString();
  await startServer(url, scale);
  try {
    await startupJobsDone(url);
    const cookies = {};
    for (const [role, account] of Object.entries(accounts)) cookies[role] = await signIn(base, account);
    // BENCH_ONLY=<regular expression>: only the pages whose name matches (while working on one)
    const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
    const pages = (await pagesToLoad(url, cookies)).filter((p) => !only || p.name.startsWith("floor") || only.test(p.name));
    const results = [];
    // what the app's tables have seen written so far: a GET must add nothing to it (the sign-ins'
    // own rows are reported by their connections up to ten seconds later: counted before it)
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const writesBefore = await tableWrites(url);
    floorAlone = null;
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      await get(base, "/floor", cookies.bureau);
      floorAlone = Math.min(floorAlone ?? Infinity, Date.now() - started);
    }
    for (const page of pages) {
      const cookie = page.role ? cookies[page.role] : undefined;
      const first = await get(base, page.path, cookie);
      if (first.status !== 200) throw new Error(`${page.name} (${page.path}) answered ${first.status} ${first.location ?? ""}`);
      // one request alone, warm: what a single user waits when the server is otherwise idle
      const alone = Date.now();
      await get(base, page.path, cookie);
      const single = Date.now() - alone;
      const figures = await loadPage({ base, path: page.path, cookie, connections, seconds });
      await settle(cookies.bureau);
      results.push({ ...page, key: page.key ?? `${page.name}${page.role ? ` (${page.role})` : ""}`, bytes: first.bytes, single, ...figures });
      console.log(`  ${line(page.name, page.role, { single, ...figures })}`);
    }
    const writesOnGets = await writesSince(url, writesBefore);
    console.log(
      writesOnGets.length
        ? `  ! rows written while only pages were read: ${writesOnGets.map((w) => `${w.table} ${w.rows}`).join(", ")}`
        : "  no row written while the pages were read",
    );
    const slots = only && !only.test("autosave") ? [] : await autosaveSlots(url, cookies);
    if (slots.length < connections) console.log(`  (only ${slots.length} writable reports for ${connections} autosaving connections: some share one)`);
    if (slots.length) {
      const autosave = await loadAutosave({ base, slots, connections, seconds });
      results.push({ name: "autosave (report draft)", key: "autosave", role: "officer", path: "POST …/save", bytes: null, ...autosave });
      console.log(`  ${line("autosave", "officer", autosave)}`);
    }

    const floor = results.find((r) => r.path === "/floor").p95;
    for (const r of results) r.floorRatio = floor && r.p95 != null ? r.p95 / floor : null;
    const memory = memoryOf(server.pid);
    const machine = await withClient(url, async (c) => ({
      nproc: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: (await c.query("show server_version")).rows[0].server_version,
    }));
    const git = execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim();
    const out = { scale, startedAt, git, seconds, connections, machine, server: memory, writesOnGets, pages: results.map(({ key, ...r }) => ({ ...r, name: key })) };
    const file = path.join("bench-results", `${startedAt.slice(0, 16).replace(":", "")}Z-${scale}.json`);
    writeFileSync(path.join(root, file), JSON.stringify(out, null, 2));
    console.log(`\n${runTable(out)}\nwritten to ${file}`);
    return out;
  } finally {
    await stopServer();
  }
}

if (!process.env.BENCH_SKIP_BUILD) run("npx", ["next", "build"], { env });
else if (!existsSync(path.join(root, DIST, "BUILD_ID"))) throw new Error(`BENCH_SKIP_BUILD: there is no build in ${DIST}`);
const runs = [];
for (const scale of scales) runs.push(await benchScale(scale));
if (runs.length === 2) console.log(`\np95 at 10× over p95 at 1×, page by page:\n${ratioTable(runs[0], runs[1])}`);
