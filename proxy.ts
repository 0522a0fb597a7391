import { NextResponse, type NextRequest } from "next/server";
import { refuseUnreadableActionBody } from "@/lib/http/body";

// Auth.js's session cookie names (the __Secure- one over HTTPS).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Sends the signed-out to /login, remembering where they were going. It only reads: it never
 * renews or writes the session cookie, so a prefetch answered after sign-out cannot bring a
 * session back. Pages and actions check the session itself (lib/auth/current-user.ts).
 */
export default async function proxy(request: NextRequest) {
  // a server action's body Next could not decode would be a 500: refused here with a 400 or 413
  const refused = await refuseUnreadableActionBody(request);
  if (refused) return refused;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api/auth|api/health|api/calendar/feed|serwist|login|_next/static|_next/image|fonts|favicon.ico|icon.svg|robots.txt|sw.js|manifest.webmanifest).*)"],
};
