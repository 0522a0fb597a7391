import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { authConfig } from "./config";
import { readSessionToken } from "./session-cookie";

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
  constructor(public readonly retryAfterSeconds: number) {
    super();
  }
}
export class InactiveAccount extends CredentialsSignin {
  code = "inactive";
}

/**
 * This request's session token (its claims, lib/auth/session.ts), or null: what Auth.js's own
 * `auth()` reads, without running its whole session endpoint, which would also encrypt a renewed
 * token only to throw it away (a page or a route cannot set the cookie; proxy.ts renews it).
 * getCurrentUser checks the claims and the database.
 */
export async function auth() {
  return readSessionToken(await headers());
}

export const { handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  // a wrong password is an answer, not a server error: keep the log for real failures
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // reached from the login action and from a direct POST to /api/auth/callback/credentials alike:
      // authenticate() is the gate (lengths, throttle, hash)
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) return null;
        const result = await authenticate(email, password, clientAddress(request.headers));
        if (result.ok)
          return {
            id: String(result.user.id), name: result.user.name, email: result.user.email, role: result.user.role,
            scopeRegionId: result.user.scopeRegionId,
            scopeProvinceId: result.user.scopeProvinceId,
            sessionVersion: result.user.sessionVersion,
          };
        if (result.reason === "throttled") throw new ThrottledSignIn(result.retryAfterSeconds);
        if (result.reason === "inactive") throw new InactiveAccount();
        return null;
      },
    }),
  ],
});
