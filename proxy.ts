import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { readSessionToken } from "@/lib/auth/session-cookie";
import { sessionClaims, sessionFresh } from "@/lib/auth/session";
import { refuseUnreadableActionBody } from "@/lib/http/body";
import { securityHeaders, withSecurityHeaders } from "@/lib/security/headers";

// Auth.js's session cookie names (the __Secure- one over HTTPS).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// what the signed-out may open: the sign-in and the forgotten password's two pages, an email's unsubscribe link (page and one-click post), Auth.js, the health check, the private calendar feed
// (its token is its key), the service worker and the files a browser fetches on its own
const PUBLIC_PATHS = /^\/(?:login|forgot-password|reset-password|unsubscribe|api\/unsubscribe|api\/auth|api\/health|api\/calendar\/feed|serwist|fonts|icon\.svg|robots\.txt|sw\.js|manifest\.webmanifest)(?:\/|$)/;

// the sessions' own configuration, without the credentials provider (and so without the database)
const { auth } = NextAuth(authConfig);

function toLogin(request: NextRequest) {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

// Reads the session and renews its cookie (a new expiry, lib/auth/session.ts): a request is
// activity. An idle or too old session is not renewed: its cookie is cleared, and sign-in follows.
// Auth.js hands the wrapper's second argument through untouched: here, the headers the app sees.
const renewSession = auth((request, passed) => {
  const { requestHeaders } = passed as unknown as { requestHeaders: Headers };
  return request.auth ? NextResponse.next({ request: { headers: requestHeaders } }) : toLogin(request);
});

/**
 * A session renewed less than SESSION_RENEW_SECONDS ago (lib/auth/session.ts): the request passes
 * with its cookie as it is, instead of Auth.js decrypting it, encrypting it anew and re-issuing it
 * on every request (an autosave every few seconds, each page's fetches).
 */
async function freshSession(request: NextRequest): Promise<boolean> {
  const claims = sessionClaims(await readSessionToken(request.headers, request.cookies.getAll()));
  return claims !== null && sessionFresh(claims);
}

/**
 * Puts the security headers on every response (lib/security/headers.ts), sends the signed-out to
 * /login, remembering where they were going, and keeps an active session alive, renewing its
 * cookie at most every SESSION_RENEW_SECONDS. Pages and actions check the session itself
 * (lib/auth/current-user.ts) on every request: whether it was revoked is known there, so a cookie
 * let through or renewed here after a sign-out is still refused.
 */
export default async function proxy(request: NextRequest) {
  const security = securityHeaders(request);
  return withSecurityHeaders(await gate(request, security.requestHeaders), security);
}

async function gate(request: NextRequest, requestHeaders: Headers): Promise<Response> {
  // a server action's body Next could not decode would be a 500: refused here with a 400 or 413
  const refused = await refuseUnreadableActionBody(request);
  if (refused) return refused;
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });
  if (PUBLIC_PATHS.test(request.nextUrl.pathname)) return next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (!hasSession) return toLogin(request);
  // a server action may write the session cookie itself (sign-out, a password change): its answer is left alone
  if (request.headers.has("next-action")) return next();
  if (await freshSession(request)) return next();
  // Auth.js types its wrapper as a route handler; in a proxy its second argument is ours
  return (await renewSession(request, { requestHeaders } as never)) ?? next();
}

// every response but Next's own static files, which get their headers from next.config.ts
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
