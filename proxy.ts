import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

// Only redirects the signed-out to /login; every page and action checks the user again.
export default auth;

export const config = {
  matcher: ["/((?!api/auth|api/health|login|_next/static|_next/image|fonts|favicon.ico|icon.svg|robots.txt).*)"],
};
