// Signing in as the demo accounts and reading pages, for the benchmark (scripts/bench.mjs).

/** The demo accounts (README): one sign-in each is enough, the login throttle counts them. */
export const accounts = {
  admin: { email: "admin@example.org", password: "Admin-2026-demo" },
  bureau: { email: "bureau@example.org", password: "Bureau-2026-demo" },
  officer: { email: "officer.fes@example.org", password: "Officer-2026-demo" },
  officerSouss: { email: "officer.souss@example.org", password: "Officer-2026-demo" },
  member: { email: "member@example.org", password: "Member-2026-demo" },
};

/** name=value pairs of a response's Set-Cookie headers, merged over `jar`. */
function keepCookies(jar, response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (value) jar.set(name, value);
    else jar.delete(name);
  }
  return jar;
}

const header = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs in through Auth.js's credentials callback, as the login form's action does, and answers the Cookie header. */
export async function signIn(base, { email, password }) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = keepCookies(new Map(), csrf);
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  keepCookies(jar, answer);
  if (![...jar.keys()].some((k) => k.includes("authjs.session-token"))) {
    throw new Error(`sign-in of ${email} failed: ${answer.status} ${answer.headers.get("location") ?? ""}`);
  }
  return header(jar);
}

/** A GET as the browser makes it (no redirect followed): the status, the body and its size in bytes. */
export async function get(base, path, cookie) {
  const response = await fetch(`${base}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes: body.length, html: body.toString("utf8"), location: response.headers.get("location") };
}

/** The first link of a page whose path matches `pattern` (anchored), or null. */
export function firstLink(html, pattern) {
  for (const m of html.matchAll(/<a\b[^>]*?href="([^"]+)"/g)) {
    const href = m[1].replaceAll("&amp;", "&");
    if (pattern.test(href)) return href;
  }
  return null;
}

/** The rel="next" link of a page's pagination (a ?page= or a cursor, whichever the app uses), or null. */
export function nextLink(html) {
  for (const m of html.matchAll(/<a\b[^>]*>/g)) {
    if (!/\brel="next"/.test(m[0])) continue;
    const href = /href="([^"]+)"/.exec(m[0]);
    if (href) return href[1].replaceAll("&amp;", "&");
  }
  return null;
}

/** Follows the "next" link up to `times` times from `path`; answers the last page reached and how deep it is. */
export async function deepPage(base, path, cookie, times) {
  let current = path;
  let depth = 0;
  while (depth < times) {
    const page = await get(base, current, cookie);
    const next = page.status === 200 ? nextLink(page.html) : null;
    if (!next) break;
    current = next.startsWith("http") ? new URL(next).pathname + new URL(next).search : next;
    depth++;
  }
  return { path: current, depth };
}

/** Waits until GET /api/health answers 200, or the server has exited, or `ms` have passed. */
export async function waitForHealth(base, child, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${base}/api/health within ${ms / 1000} s`);
}
