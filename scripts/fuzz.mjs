// Sends thousands of bad inputs to a running server and counts its answers: every one must be a
// clear 2xx/3xx/4xx, never a 5xx nor the "unexpected error" sentence.
//
//   BASE_URL=http://localhost:3000 node scripts/fuzz.mjs
//
// It signs in as the demo accounts (README), crawls the main pages, and then:
//   1. posts every form it finds (the server action's hidden $ACTION_ fields kept) with each field
//      replaced in turn by a bad value: NUL, a bidi override, 10 000 characters, huge or negative or
//      fractional ids, dates of year 1 and 99999, blanks and invisible blanks, repeated fields;
//   2. asks every route pattern of app/ with each bad id in each of its dynamic segments;
//   3. adds bad query strings to the pages it crawled;
//   4. sends malformed, truncated, null and oversize action bodies and JSON bodies.
// FUZZ_CONCURRENCY (default 4), FUZZ_MAX_FORMS (new forms tried per account, default 60), FUZZ_VERBOSE=1 to print each failure.
import { readdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";

const BASE = (process.env.BASE_URL || "http://localhost:3000").replace(/\/$/, "");
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY || 4);
const MAX_FORMS = Number(process.env.FUZZ_MAX_FORMS || 60);
const VERBOSE = process.env.FUZZ_VERBOSE === "1";
const ROOT = path.resolve(import.meta.dirname, "..");
// the largest action body the server accepts (lib/uploads.ts MAX_ACTION_BODY_BYTES): 21 MB
const BODY_LIMIT = 21 * 1024 * 1024;

const accounts = [
  ["officer", "officer.fes@example.org", "Officer-2026-demo"],
  ["member", "member@example.org", "Member-2026-demo"],
  ["bureau", "bureau@example.org", "Bureau-2026-demo"],
  // last: its forms change accounts, which could lock the others out
  ["admin", "admin@example.org", "Admin-2026-demo"],
];

// What an error the server did not expect looks like in an answer: the action's "unexpected error"
// sentence shown on the page (the dictionaries also travel inside every page's data, so only shown
// text counts), or an error digest that Next leaves where a server component failed.
const UNEXPECTED = [/>\s*حدث خطأ غير متوقع/, />\s*Erreur inattendue/, /data-dgst="\d+"/, /"digest":"\d+"/];

const BAD_IDS = ["0", "-1", "1.5", "abc", "1e3", " 1", "2147483648", "99999999999999999999", "%00", "%E2%80%AE1"];
const BAD_VALUES = [
  "\u0000",
  "a\u0000b",
  "\u202Eabc",
  "x".repeat(10_000),
  "2147483648",
  "99999999999999999999",
  "-1",
  "1.5",
  "1e3",
  "0001-01-01",
  "99999-01-01",
  "",
  "\u200B\u00A0\u2060",
  "null",
  '{"a":',
  ["1", "2"],
];
const BAD_QUERIES = [
  ["q", "\u0000"],
  ["q", "a\u0000b\u202E"],
  ["q", "x".repeat(10_000)],
  ["q", "%"],
  ["region", "abc"],
  ["region", "2147483648"],
  ["province", "-1"],
  ["page", "-1"],
  ["page", "99999999999999999999"],
  ["page", "1.5"],
  ["campaign", "2147483648"],
  ["plan", "1e3"],
  ["workshop", "99999999999"],
  ["from", "0001-01-01"],
  ["to", "99999-01-01"],
  ["month", "99999-13"],
  ["version", "2147483648"],
  ["status", "\u0000"],
  ["user", "99999999999"],
];

// ——— counting ———

const counts = new Map();
const failures = [];
let total = 0;
let serverErrors = 0;
let unexpected = 0;

function record(kind, label, status, body = "") {
  total += 1;
  const key = `${kind} ${status}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  const isUnexpected = typeof body === "string" && UNEXPECTED.some((pattern) => pattern.test(body));
  if (status >= 500 || status === 0) serverErrors += 1;
  if (isUnexpected) unexpected += 1;
  if (status >= 500 || status === 0 || isUnexpected) {
    failures.push(`${status}${isUnexpected ? " (unexpected error)" : ""} ${kind} ${label}`);
    if (VERBOSE) console.log(`✗ ${status} ${kind} ${label}`);
  }
}

async function pool(items, worker) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await worker(items[next++]);
    }),
  );
}

// ——— HTTP with a cookie jar ———

const isSentToSignIn = (answer) => answer.status >= 300 && answer.status < 400 && /\/login/.test(answer.headers.get("location") ?? "");

class Client {
  constructor(name, email, password) {
    this.name = name;
    this.credentials = [email, password];
    this.renewing = null;
    this.cookies = new Map();
    // each account from its own address: the sign-in throttle counts by address
    this.address = `10.99.${accounts.findIndex((a) => a[0] === name) + 1}.${(Date.now() % 200) + 1}`;
  }
  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  keep(response) {
    for (const line of response.headers.getSetCookie?.() ?? []) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      // a fuzzed language switch must not change the language the answers are read in
      if (name === "locale") continue;
      const value = pair.slice(i + 1).trim();
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  async fetch(url, init = {}) {
    // a browser sends its origin with a POST; Next warns about a server action without one
    const origin = init.method === "POST" ? { origin: BASE } : {};
    const headers = { cookie: this.cookieHeader(), "x-forwarded-for": this.address, ...origin, ...(init.headers ?? {}) };
    try {
      const response = await fetch(url.startsWith("http") ? url : BASE + url, { redirect: "manual", ...init, headers });
      this.keep(response);
      const type = response.headers.get("content-type") ?? "";
      const body = /text|json|html|x-component/.test(type) ? await response.text() : (await response.arrayBuffer(), "");
      return { status: response.status, body, headers: response.headers };
    } catch (error) {
      return { status: 0, body: String(error), headers: new Headers() };
    }
  }
  /** A raw request, for what fetch will not send: a lying Content-Length, a body cut short. */
  raw(pathname, headers, body) {
    return new Promise((resolve) => {
      const url = new URL(BASE + pathname);
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method: "POST",
          headers: { cookie: this.cookieHeader(), "x-forwarded-for": this.address, origin: BASE, ...headers },
        },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
        },
      );
      request.setTimeout(60_000, () => request.destroy(new Error("timeout")));
      // the server may answer (413) and close before the whole body is sent
      request.on("error", (error) => resolve({ status: /EPIPE|ECONNRESET/.test(String(error)) ? -1 : 0, body: String(error) }));
      if (body) request.write(body);
      request.end();
    });
  }
  /**
   * A form post whose answer sends to the sign-in page: the session ended (a fuzzed sign-out, or
   * "sign out of all devices"): sign in again, once for all the requests that saw it, and send the
   * post again, so that every later form is still tried by a signed-in account.
   */
  async post(url, body) {
    const answer = await this.fetch(url, { method: "POST", body });
    if (!isSentToSignIn(answer)) return answer;
    await this.renew();
    return this.fetch(url, { method: "POST", body });
  }
  renew() {
    this.renewing ??= this.signIn(...this.credentials).finally(() => (this.renewing = null));
    return this.renewing;
  }
  async signIn(email, password) {
    for (const name of [...this.cookies.keys()]) if (name.includes("session-token")) this.cookies.delete(name);
    const csrf = await this.fetch("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body);
    const form = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${BASE}/` });
    await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form.toString(),
    });
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`could not sign in as ${email}`);
  }
}

// ——— HTML: links and forms ———

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, "i").exec(tag);
  return m ? decodeEntities(m[1] ?? m[2]) : null;
};
const decodeEntities = (s) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function linksOf(html) {
  const out = new Set();
  for (const m of html.matchAll(/<a\s[^>]*href="([^"#]*)"/gi)) {
    const href = decodeEntities(m[1]);
    if (href.startsWith("/") && !href.startsWith("//")) out.add(href);
  }
  return [...out];
}

function formsOf(html) {
  const forms = [];
  for (const m of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/gi)) {
    const inner = m[1];
    const fields = [];
    for (const input of inner.matchAll(/<input\b[^>]*>/gi)) {
      const name = attr(input[0], "name");
      if (!name) continue;
      const type = (attr(input[0], "type") ?? "text").toLowerCase();
      if ((type === "checkbox" || type === "radio") && !/\schecked/i.test(input[0])) continue;
      if (type === "file") continue;
      fields.push([name, attr(input[0], "value") ?? ""]);
    }
    for (const select of inner.matchAll(/<select\b[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/gi)) {
      const option = /<option\b[^>]*value="([^"]*)"[^>]*selected/i.exec(select[2]) ?? /<option\b[^>]*value="([^"]+)"/i.exec(select[2]);
      fields.push([decodeEntities(select[1]), option ? decodeEntities(option[1]) : ""]);
    }
    for (const area of inner.matchAll(/<textarea\b[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/gi)) {
      fields.push([decodeEntities(area[1]), decodeEntities(area[2])]);
    }
    const actionFields = fields.filter(([name]) => name.startsWith("$ACTION"));
    const own = fields.filter(([name]) => !name.startsWith("$ACTION"));
    if (actionFields.length === 0 || own.length === 0) continue; // sign-out and other one-click forms
    forms.push({ fields, actionId: actionIdOf(actionFields) });
  }
  return forms;
}

function actionIdOf(actionFields) {
  for (const [name, value] of actionFields) {
    if (name.startsWith("$ACTION_ID_")) return name.slice("$ACTION_ID_".length);
    if (/^\$ACTION_\d+:0$/.test(name)) {
      try {
        return JSON.parse(value).id;
      } catch {
        /* not JSON */
      }
    }
  }
  return null;
}

// ——— route patterns from app/ ———

function routePatterns() {
  const out = [];
  const walk = (dir, segments) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name.startsWith("(") || name.startsWith("_")) walk(full, segments);
        else walk(full, [...segments, name]);
      } else if (/^(page|route)\.tsx?$/.test(name)) out.push(segments);
    }
  };
  walk(path.join(ROOT, "app"), []);
  return out.filter((s) => s.some((x) => /^\[[^.]+\]$/.test(x)) && !s.includes("serwist") && !s.some((x) => x.startsWith("[...")));
}

// ——— the runs ———

async function crawl(client) {
  const start = ["/", "/members", "/sessions", "/sessions/mine", "/assignments", "/reports", "/reports/compliance", "/rooting", "/rooting/trainings", "/rooting/coverage", "/rooting/cascade", "/diplomacy", "/diplomacy/parties", "/diplomacy/events", "/diplomacy/meetings", "/diplomacy/agreements", "/territory", "/calendar", "/notifications", "/admin", "/admin/users", "/admin/audit", "/admin/outbox"];
  const seen = new Set();
  const queue = [...start];
  const pages = [];
  const patterns = new Set();
  while (queue.length > 0 && pages.length < 70) {
    const url = queue.shift();
    const pattern = url.split("?")[0].replace(/\/\d+(?=\/|$)/g, "/N");
    if (seen.has(url) || /\/(pdf|document|attachment|logout)\b|^\/api\/|\.ics|\/materials\/|\/save$/.test(url)) continue;
    seen.add(url);
    // a few instances of each pattern are enough
    const same = pages.filter((p) => p.pattern === pattern).length;
    if (same >= 2) continue;
    const answer = await client.fetch(url);
    record("crawl", `${client.name} ${url}`, answer.status, answer.body);
    if (answer.status !== 200) continue;
    pages.push({ url, pattern, html: answer.body });
    patterns.add(pattern);
    for (const link of linksOf(answer.body)) if (!seen.has(link)) queue.push(link);
  }
  return pages;
}

function variantsOf(form) {
  const out = [];
  for (let i = 0; i < form.fields.length; i++) {
    const [name] = form.fields[i];
    if (name.startsWith("$ACTION")) continue;
    for (const bad of BAD_VALUES) {
      const fields = form.fields.flatMap(([n, value], j) => (j === i ? (Array.isArray(bad) ? bad.map((b) => [n, b]) : [[n, bad]]) : [[n, value]]));
      out.push({ name, bad, fields });
    }
  }
  return out;
}

async function fuzzForms(client, pages, seenForms) {
  const jobs = [];
  let tried = 0;
  for (const page of pages) {
    for (const form of formsOf(page.html)) {
      const signature = `${form.actionId ?? page.pattern}|${form.fields.map(([n]) => n).join(",")}`;
      if (seenForms.has(signature) || tried >= MAX_FORMS) continue;
      seenForms.add(signature);
      tried += 1;
      for (const variant of variantsOf(form)) jobs.push({ page, form, variant });
    }
  }
  await pool(jobs, async ({ page, variant }) => {
    const body = new FormData();
    for (const [name, value] of variant.fields) body.append(name, value);
    const answer = await client.post(page.url, body);
    const shown = Array.isArray(variant.bad) ? "[array]" : JSON.stringify(variant.bad).slice(0, 30);
    record("form", `${client.name} ${page.url} ${variant.name}=${shown}`, answer.status, answer.body);
  });
  return pages.flatMap((p) => formsOf(p.html).map((f) => ({ url: p.url, ...f }))).filter((f) => f.actionId);
}

async function fuzzIds(client) {
  const jobs = [];
  for (const segments of routePatterns()) {
    segments.forEach((segment, i) => {
      if (!/^\[[^.]+\]$/.test(segment)) return;
      for (const bad of BAD_IDS) {
        const url = "/" + segments.map((s, j) => (j === i ? bad : /^\[/.test(s) ? (s === "[type]" ? "session" : "1") : s)).join("/");
        jobs.push(url.replace(/\/page$/, ""));
      }
    });
  }
  await pool([...new Set(jobs)], async (url) => {
    const answer = await client.fetch(url);
    record("id", `${client.name} ${url}`, answer.status, answer.body);
  });
}

async function fuzzQueries(client, pages) {
  const jobs = [];
  const onePerPattern = pages.filter((p, i) => pages.findIndex((q) => q.pattern === p.pattern) === i);
  for (const page of onePerPattern) {
    for (const [key, value] of BAD_QUERIES) {
      const url = new URL(page.url, BASE);
      url.searchParams.set(key, value);
      jobs.push(url.pathname + url.search);
    }
  }
  await pool(jobs, async (url) => {
    const answer = await client.fetch(url);
    record("query", `${client.name} ${url.slice(0, 80)}`, answer.status, answer.body);
  });
  // the pickers' searches and the CSV export take query strings too
  const apis = ["/members/search?for=session&q=", "/members/search?for=training&q=", "/members/search?for=owner&q=", "/members/search?q=ال&for=", "/api/reports/compliance.csv?campaign="];
  for (const api of apis)
    for (const [, value] of BAD_QUERIES) {
      const answer = await client.fetch(api + encodeURIComponent(value));
      record("query", `${client.name} ${api}${JSON.stringify(value).slice(0, 20)}`, answer.status, answer.body);
    }
}

async function fuzzBodies(client, forms, pages) {
  const form = forms[0];
  const page = form?.url ?? pages[0]?.url ?? "/";
  const actionId = form?.actionId ?? "0".repeat(42);
  const boundary = "----fuzzboundary";
  const good = `--${boundary}\r\nContent-Disposition: form-data; name="1_title"\r\n\r\nabc\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--${boundary}--\r\n`;
  const cases = [
    ["multipart, wrong boundary", { "content-type": `multipart/form-data; boundary=other`, "next-action": actionId }, good],
    ["multipart, truncated", { "content-type": `multipart/form-data; boundary=${boundary}`, "next-action": actionId }, good.slice(0, 60)],
    ["multipart, no boundary", { "content-type": "multipart/form-data", "next-action": actionId }, good],
    ["multipart, garbage", { "content-type": `multipart/form-data; boundary=${boundary}`, "next-action": actionId }, "\u0000\u0001garbage"],
    ["multipart, empty", { "content-type": `multipart/form-data; boundary=${boundary}`, "next-action": actionId }, ""],
    ["text, invalid JSON", { "content-type": "text/plain;charset=UTF-8", "next-action": actionId }, '{"a":'],
    ["text, null", { "content-type": "text/plain;charset=UTF-8", "next-action": actionId }, "null"],
    ["text, array of nulls", { "content-type": "text/plain;charset=UTF-8", "next-action": actionId }, "[null,null]"],
    ["text, number", { "content-type": "text/plain;charset=UTF-8", "next-action": actionId }, "1"],
    ["text, reference", { "content-type": "text/plain;charset=UTF-8", "next-action": actionId }, '["$K1","$Q2"]'],
    ["text, empty", { "content-type": "text/plain;charset=UTF-8", "next-action": actionId }, ""],
    ["text, NUL", { "content-type": "text/plain;charset=UTF-8", "next-action": actionId }, "\u0000"],
    ["urlencoded", { "content-type": "application/x-www-form-urlencoded", "next-action": actionId }, "a=%ZZ"],
    ["unknown action", { "content-type": "text/plain;charset=UTF-8", "next-action": "f".repeat(42) }, "[]"],
    ["form post, truncated", { "content-type": `multipart/form-data; boundary=${boundary}` }, good.slice(0, 60)],
    ["form post, wrong boundary", { "content-type": "multipart/form-data; boundary=other" }, good],
  ];
  for (const [label, headers, body] of cases) {
    const answer = await client.raw(page, headers, body);
    record("body", `${client.name} ${page} ${label}`, answer.status === -1 ? 413 : answer.status, answer.body);
  }
  // a real oversize body, sent whole
  const big = Buffer.alloc(BODY_LIMIT + 1024, 97);
  const answer = await client.raw(page, { "content-type": `multipart/form-data; boundary=${boundary}`, "next-action": actionId, "content-length": String(big.length) }, big);
  record("body", `${client.name} ${page} oversize, sent`, answer.status === -1 ? 413 : answer.status, answer.body);

  // a route handler that reads JSON: the report editor's save
  const report = pages.map((p) => /\/reports\/(\d+)\/reports\/(\d+)/.exec(p.url)).find(Boolean);
  const save = report ? `/reports/${report[1]}/reports/${report[2]}/save` : "/reports/1/reports/1/save";
  for (const [label, body] of [["invalid JSON", '{"a":'], ["null", "null"], ["array", "[1,2]"], ["string", '"x"'], ["empty", ""], ["NUL", '{"intent":"\u0000"}'], ["huge id", '{"baseVersion":99999999999,"attendance":99999999999}']]) {
    const result = await client.raw(save, { "content-type": "application/json" }, body);
    record("json", `${client.name} ${save} ${label}`, result.status, result.body);
  }
  for (const bad of BAD_IDS) {
    const result = await client.raw(`/reports/1/reports/${bad}/save`, { "content-type": "application/json" }, "{}");
    record("json", `${client.name} save ${bad}`, result.status, result.body);
  }
  // over the route's 2 MB (lib/http/body.ts MAX_JSON_BODY_BYTES), sent whole: a declared length
  // with no body would only make the server wait for it
  const huge = Buffer.from(JSON.stringify({ answers: { 1: "x".repeat(3 * 1024 * 1024) } }));
  const result = await client.raw(save, { "content-type": "application/json", "content-length": String(huge.length) }, huge);
  record("json", `${client.name} ${save} oversize`, result.status === -1 ? 413 : result.status, result.body);
}

const started = Date.now();
const seenForms = new Set();
for (const [name, email, password] of accounts) {
  const client = new Client(name, email, password);
  await client.signIn(email, password);
  const pages = await crawl(client);
  console.log(`→ ${name}: ${pages.length} pages crawled`);
  // the same bad ids as the Bureau and the administrator, who may open the most pages
  if (name === "bureau" || name === "admin") await fuzzIds(client);
  await fuzzQueries(client, pages);
  const forms = await fuzzForms(client, pages, seenForms);
  console.log(`→ ${name}: ${seenForms.size} distinct forms so far`);
  // a fuzzed form may have ended the session: the broken bodies are sent signed in
  await client.renew();
  await fuzzBodies(client, forms, pages);
}

console.log(`\n${total} requests in ${Math.round((Date.now() - started) / 1000)} s`);
for (const [key, n] of [...counts].sort()) console.log(`  ${key.padEnd(14)} ${n}`);
console.log(`5xx answers: ${serverErrors}`);
console.log(`"unexpected error" answers: ${unexpected}`);
if (failures.length > 0) {
  // grouped by what failed, ids and accounts folded together
  const groups = new Map();
  for (const line of failures) {
    const key = line.replace(/\b(officer|member|bureau|admin) /, "").replace(/\/\d+(?=\/|\s|$|\?)/g, "/N").slice(0, 140);
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  console.log("\nfailures:");
  for (const [key, n] of [...groups].slice(0, Number(process.env.FUZZ_SHOW || 60))) console.log(`  ${String(n).padStart(4)} × ${key}`);
}
process.exit(serverErrors > 0 || unexpected > 0 ? 1 : 0);
