/**
 * The session cookie read as Auth.js reads it, at the cost of one decryption per token instead of
 * one per read. Loaded by proxy.ts (through lib/auth/config.ts) and by getCurrentUser, so no
 * server-only.
 *
 * A token is an encrypted JWT (JWE): decrypting it costs a key derivation (HKDF), a key import and
 * the decryption itself. The same token comes back on every request until its cookie is renewed
 * (at most every SESSION_RENEW_SECONDS, lib/auth/session.ts), and each request used to decrypt it
 * twice (the proxy, then the page or route). Its payload depends on nothing but the token and the
 * secret, so the payloads of the tokens decrypted lately are kept, in this process, by token.
 * Nothing is decided here: whether the session is still alive (idle, absolute limit) is
 * `sessionExpired` on the app's clock, and whether it was ended is getCurrentUser's query, at
 * every read.
 */
import { createActionURL } from "@auth/core";
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/** Auth.js's session cookie, and its name over HTTPS. */
export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/** How many payloads are kept: far more than the sessions active at once, a few megabytes at most. */
const KEPT_TOKENS = 5_000;

const kept = ((globalThis as { __partySessionTokens?: Map<string, JWT> }).__partySessionTokens ??= new Map<string, JWT>());

/**
 * Auth.js's own `decode`, remembering what each token decrypted to (the proxy and the app are
 * separate bundles of one process: the map lives on globalThis). A token that does not decrypt is
 * not kept. The answer is a copy: Auth.js's JWT callback changes the token it is given.
 */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, salt } = params;
  if (!token) return null;
  const key = `${salt}\n${token}`;
  const known = kept.get(key);
  if (known) {
    // most recently used last, so the oldest is the one let go
    kept.delete(key);
    kept.set(key, known);
    return { ...known };
  }
  const payload = await decode(params);
  if (!payload) return null;
  kept.set(key, { ...payload });
  if (kept.size > KEPT_TOKENS) kept.delete(kept.keys().next().value as string);
  return payload;
}

/** Forgets every kept payload (tests). */
export function forgetSessionTokens() {
  kept.clear();
}

/**
 * The session cookie's name for this request, as Auth.js chooses it: the `__Secure-` one when the
 * app's address (AUTH_URL, else the forwarded protocol, else https) is https.
 */
export function sessionCookieName(headers: Headers): string {
  const url = createActionURL("session", headers.get("x-forwarded-proto") ?? "https", headers, process.env, { basePath: "/api/auth" } as never);
  return url.protocol === "https:" ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** The token of the cookies named `name`, its chunks (`name.0`, `name.1`…) joined in order, as Auth.js's SessionStore does. */
export function sessionTokenOf(cookies: Iterable<{ name: string; value: string }>, name: string): string | null {
  const chunks: Record<string, string> = {};
  for (const cookie of cookies) if (cookie.name.startsWith(name) && cookie.value) chunks[cookie.name] = cookie.value;
  const suffix = (key: string) => parseInt(key.split(".").pop() || "0");
  const token = Object.keys(chunks)
    .sort((a, b) => suffix(a) - suffix(b))
    .map((key) => chunks[key])
    .join("");
  return token || null;
}

function secret(): string | undefined {
  // what next-auth takes when the configuration names none (next-auth/lib/env.js)
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}

/** The cookies of a Cookie header, as Auth.js parses them: the first of a name counts, a percent-encoded value is decoded. */
export function parseCookieHeader(header: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    let value = part.slice(at + 1).trim();
    if (value.includes("%")) {
      try {
        value = decodeURIComponent(value);
      } catch {
        // kept as sent, as Auth.js's parser does
      }
    }
    if (name && !out.some((c) => c.name === name)) out.push({ name, value });
  }
  return out;
}

/**
 * The payload of this request's session token, or null (no cookie, or one that does not decrypt),
 * from the request's own Cookie header as Auth.js's `auth()` reads it. Reads only: renewing the
 * cookie is the proxy's part.
 */
export async function readSessionToken(headers: Headers, cookies = parseCookieHeader(headers.get("cookie") ?? "")): Promise<JWT | null> {
  const name = sessionCookieName(headers);
  const token = sessionTokenOf(cookies, name);
  const key = secret();
  if (!token || !key) return null;
  try {
    return await decodeSessionToken({ token, secret: key, salt: name });
  } catch {
    // tampered, truncated, another secret's, or past its exp: no session, as Auth.js answers
    return null;
  }
}
