import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";

// Auth.js's session cookie names (the __Secure- one over HTTPS).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// the sessions' own configuration, without the credentials provider (and so without the database)
const { auth } = NextAuth(authConfig);

function toLogin(request: NextRequest) {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

// Reads the session and renews its cookie (a new expiry, lib/auth/session.ts): each request is
// activity. An idle or too old session is not renewed: its cookie is cleared, and sign-in follows.
const renewSession = auth((request) => (request.auth ? NextResponse.next() : toLogin(request)));

/**
 * Sends the signed-out to /login, remembering where they were going, and keeps an active session
 * alive. Pages and actions check the session itself (lib/auth/current-user.ts): whether it was
 * revoked is known there, so a cookie renewed here after a sign-out is still refused.
 */
export default function proxy(request: NextRequest, event: NextFetchEvent) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (!hasSession) return toLogin(request);
  // a server action may write the session cookie itself (sign-out, a password change): its answer is left alone
  if (request.headers.has("next-action")) return NextResponse.next();
  // Auth.js types its wrapper as a route handler; in a proxy its second argument is the fetch event
  return renewSession(request, event as never);
}

export const config = {
  matcher: ["/((?!api/auth|api/health|api/calendar/feed|serwist|login|_next/static|_next/image|fonts|favicon.ico|icon.svg|robots.txt|sw.js|manifest.webmanifest).*)"],
};
