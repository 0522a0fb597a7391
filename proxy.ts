import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders, withSecurityHeaders } from "@/lib/security/headers";

// Auth.js's session cookie names (the __Secure- one over HTTPS).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// what the signed-out may open: the sign-in, Auth.js, the health check, the private calendar feed
// (its token is its key), the service worker and the files a browser fetches on its own
const PUBLIC_PATHS = /^\/(?:login|api\/auth|api\/health|api\/calendar\/feed|serwist|fonts|icon\.svg|robots\.txt|sw\.js|manifest\.webmanifest)(?:\/|$)/;

/**
 * Puts the security headers on every response (lib/security/headers.ts), and sends the
 * signed-out to /login, remembering where they were going. It only reads: it never renews or
 * writes the session cookie, so a prefetch answered after sign-out cannot bring a session back.
 * Pages and actions check the session itself (lib/auth/current-user.ts).
 */
export default function proxy(request: NextRequest) {
  const security = securityHeaders(request);
  return withSecurityHeaders(signInGate(request, security.requestHeaders), security);
}

function signInGate(request: NextRequest, requestHeaders: Headers): NextResponse {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (hasSession || PUBLIC_PATHS.test(request.nextUrl.pathname)) return NextResponse.next({ request: { headers: requestHeaders } });
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

// every response but Next's own static files, which get their headers from next.config.ts
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
