/**
 * How long a session lives, and the claims that let the server end one early. Read by the JWT
 * callbacks (lib/auth/config.ts, also loaded by proxy.ts) and by getCurrentUser, so no server-only.
 *
 * - idle: a session not used for SESSION_IDLE_MINUTES (default 480, a working day: an officer who
 *   opens a report in the morning and files it after a field visit is not sent back to sign-in)
 *   ends; a request through proxy.ts renews it when its last renewal is SESSION_RENEW_SECONDS
 *   (default 60) old or more, as Auth.js's `updateAge` does for database sessions: the cookie is
 *   re-issued at most once a minute, not on every request, and the idle limit counts from the
 *   last renewal, at most that long before the last request.
 * - absolute: whatever the activity, a session ends SESSION_MAX_DAYS (default 7) after its sign-in.
 * - revocation: `sv` must equal the user's session_version (bumped to end every session of a user),
 *   and `sid` must not be in revoked_sessions (one signed-out device).
 * All instants are seconds on the app's clock (lib/clock.ts), so the fixed-clock tests can age them.
 */
import * as clock from "@/lib/clock";

export interface SessionClaims {
  uid: number;
  /** this session's random id: revoked on sign-out */
  sid: string;
  /** the user's session_version when the session was issued */
  sv: number;
  /** when the user signed in (seconds) */
  authAt: number;
  /** when the session was last renewed (seconds) */
  seenAt: number;
}

function positiveIntegerFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function idleSeconds(): number {
  return positiveIntegerFromEnv("SESSION_IDLE_MINUTES", 8 * 60) * 60;
}

/** How old a session's last renewal must be before a request renews it again; never more than the idle limit. */
export function renewAfterSeconds(): number {
  return Math.min(positiveIntegerFromEnv("SESSION_RENEW_SECONDS", 60), idleSeconds());
}

/** Alive and renewed less than renewAfterSeconds() ago: a request passes without a new cookie. */
export function sessionFresh(claims: Pick<SessionClaims, "authAt" | "seenAt">, now = nowSeconds()): boolean {
  return !sessionExpired(claims, now) && now - claims.seenAt < renewAfterSeconds();
}

export function maxAgeSeconds(): number {
  return positiveIntegerFromEnv("SESSION_MAX_DAYS", 7) * 24 * 3600;
}

export function nowSeconds(): number {
  return Math.floor(clock.now().getTime() / 1000);
}

/** The claims of a session (or token) when they are all there and well formed, else null. */
export function sessionClaims(source: unknown): SessionClaims | null {
  if (!source || typeof source !== "object") return null;
  const s = source as Record<string, unknown>;
  const uid = Number((s.user as { id?: unknown } | undefined)?.id ?? s.uid);
  const { sid, sv, authAt, seenAt } = s;
  if (!Number.isInteger(uid) || uid <= 0) return null;
  if (typeof sid !== "string" || sid.length < 16 || sid.length > 64) return null;
  if (typeof sv !== "number" || !Number.isInteger(sv)) return null;
  if (typeof authAt !== "number" || typeof seenAt !== "number") return null;
  return { uid, sid, sv, authAt, seenAt };
}

/** Past its idle limit or its absolute lifetime (a claim from the future counts as expired too). */
export function sessionExpired(claims: Pick<SessionClaims, "authAt" | "seenAt">, now = nowSeconds()): boolean {
  if (claims.seenAt > now + 60 || claims.authAt > claims.seenAt) return true;
  return now - claims.seenAt > idleSeconds() || now - claims.authAt > maxAgeSeconds();
}

/** When a session signed in at `authAt` can no longer be valid, whatever its renewals: a revocation may be forgotten then. */
export function sessionEndsAt(authAt: number): Date {
  return new Date((authAt + maxAgeSeconds()) * 1000);
}
