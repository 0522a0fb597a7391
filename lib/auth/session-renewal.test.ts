import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { logout } from "./actions";
import { getCurrentUser } from "./current-user";
import { forgetSessionTokens, readSessionToken, SECURE_SESSION_COOKIE, SESSION_COOKIE } from "./session-cookie";
import { idleSeconds, nowSeconds, type SessionClaims } from "./session";
import { demo, replaySession, signInAs } from "@/tests/helpers";

// Auth.js reads the secret when the proxy's module is loaded
const SECRET = "renewal-test-secret-0123456789-0123456789";
process.env.AUTH_SECRET = SECRET;
const { default: proxy } = await import("@/proxy");

function claims(changes: Partial<SessionClaims> = {}): SessionClaims {
  const now = nowSeconds();
  return { uid: 1, sid: "0f3c2a9e-5d1b-4c7a-9e2f-1a2b3c4d5e6f", sv: 0, authAt: now - 3600, seenAt: now, ...changes };
}

/** A session cookie as Auth.js issues it. */
function token(of: SessionClaims, salt = SESSION_COOKIE) {
  return encode({ token: { ...of }, secret: SECRET, salt, maxAge: idleSeconds() });
}

function request(cookie: string, path = "/reports") {
  return new NextRequest(`http://localhost:3000${path}`, { headers: { cookie, host: "localhost:3000", "x-forwarded-proto": "http" } });
}

/** The session cookie the response sets, if any: its value ("" when cleared). */
function setSessionCookie(response: Response): string | null {
  const line = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return line === undefined ? null : line.slice(SESSION_COOKIE.length + 1).split(";")[0];
}

beforeEach(() => forgetSessionTokens());

describe("reading the session cookie", () => {
  it("reads the claims of a token Auth.js issued, from one cookie or from its chunks", async () => {
    const issued = await token(claims());
    const headers = (cookie: string, proto = "http") => new Headers({ cookie, host: "localhost:3000", "x-forwarded-proto": proto });
    expect(await readSessionToken(headers(`other=1; ${SESSION_COOKIE}=${issued}`))).toMatchObject(claims());
    const half = Math.floor(issued.length / 2);
    expect(await readSessionToken(headers(`${SESSION_COOKIE}.1=${issued.slice(half)}; ${SESSION_COOKIE}.0=${issued.slice(0, half)}`))).toMatchObject({ sid: claims().sid });
    // over https the cookie is the __Secure- one, as Auth.js names it
    expect(await readSessionToken(headers(`${SESSION_COOKIE}=${issued}`, "https"))).toBeNull();
    const secure = await token(claims(), SECURE_SESSION_COOKIE);
    expect(await readSessionToken(headers(`${SECURE_SESSION_COOKIE}=${secure}`, "https"))).toMatchObject({ sid: claims().sid });
  });

  it("refuses a token changed by a single character, one of another secret, and no cookie at all", async () => {
    const issued = await token(claims());
    const headers = (cookie: string) => new Headers({ cookie, host: "localhost:3000", "x-forwarded-proto": "http" });
    const at = issued.length - 10;
    const tampered = issued.slice(0, at) + (issued[at] === "A" ? "B" : "A") + issued.slice(at + 1);
    expect(await readSessionToken(headers(`${SESSION_COOKIE}=${tampered}`))).toBeNull();
    const foreign = await encode({ token: { ...claims() }, secret: "another-secret-0123456789-0123456789", salt: SESSION_COOKIE });
    expect(await readSessionToken(headers(`${SESSION_COOKIE}=${foreign}`))).toBeNull();
    expect(await readSessionToken(headers("other=1"))).toBeNull();
    // a token read once is remembered: still the same claims, and a copy each time
    const first = await readSessionToken(headers(`${SESSION_COOKIE}=${issued}`));
    first!.seenAt = 0;
    expect(await readSessionToken(headers(`${SESSION_COOKIE}=${issued}`))).toMatchObject({ seenAt: claims().seenAt });
  });
});

describe("renewing the session cookie in the proxy", () => {
  it("lets a session renewed less than SESSION_RENEW_SECONDS ago pass without a new cookie, and renews an older one", async () => {
    const now = nowSeconds();
    const recent = await proxy(request(`${SESSION_COOKIE}=${await token(claims({ seenAt: now - 59 }))}`));
    expect(recent.headers.get("x-middleware-next")).toBe("1");
    expect(setSessionCookie(recent)).toBeNull();

    const older = await proxy(request(`${SESSION_COOKIE}=${await token(claims({ seenAt: now - 60 }))}`));
    expect(older.headers.get("x-middleware-next")).toBe("1");
    const renewed = setSessionCookie(older);
    expect(renewed).toBeTruthy();
    const headers = new Headers({ cookie: `${SESSION_COOKIE}=${renewed}`, host: "localhost:3000", "x-forwarded-proto": "http" });
    // the new cookie carries the renewal: its idle limit counts from now, its sign-in is unchanged
    expect(await readSessionToken(headers)).toMatchObject({ seenAt: now, authAt: now - 3600, sid: claims().sid });

    vi.stubEnv("SESSION_RENEW_SECONDS", "600");
    const withinLongerWindow = await proxy(request(`${SESSION_COOKIE}=${await token(claims({ seenAt: now - 300 }))}`));
    expect(setSessionCookie(withinLongerWindow)).toBeNull();
  });

  it("still ends an idle or too old session: its cookie is cleared and sign-in follows", async () => {
    const now = nowSeconds();
    const idle = await proxy(request(`${SESSION_COOKIE}=${await token(claims({ seenAt: now - idleSeconds() - 1 }))}`));
    expect(idle.status).toBe(307);
    expect(idle.headers.get("location")).toMatch(/\/login\?callbackUrl=%2Freports$/);
    expect(setSessionCookie(idle)).toBe("");

    // renewed a second ago, but signed in more than SESSION_MAX_DAYS ago
    const old = await proxy(request(`${SESSION_COOKIE}=${await token(claims({ seenAt: now - 1, authAt: now - 7 * 86400 - 1 }))}`));
    expect(old.status).toBe(307);
    expect(setSessionCookie(old)).toBe("");
  });

  it("lets a revoked session's cookie through within the window, and the app refuses it at once", async () => {
    const user = await signInAs(demo.officerFes);
    const session = user!.session;
    const cookie = `${SESSION_COOKIE}=${await token({ uid: user!.id, sid: session.sid, sv: session.sv, authAt: session.authAt, seenAt: session.seenAt })}`;
    expect(setSessionCookie(await proxy(request(cookie)))).toBeNull();
    await logout();

    // seconds later, the same cookie: the proxy has no reason to renew it, the app reads it and refuses it
    const again = await proxy(request(cookie));
    expect(again.headers.get("x-middleware-next")).toBe("1");
    replaySession(session);
    expect(await getCurrentUser()).toBeNull();
  });
});
