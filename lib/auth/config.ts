import type { NextAuthConfig } from "next-auth";
import { decodeSessionToken } from "./session-cookie";
import { idleSeconds, nowSeconds, sessionClaims, sessionExpired } from "./session";

/**
 * Sessions and their claims; lib/auth/index.ts adds the credentials provider. The cookie lives
 * for the idle limit and is renewed through proxy.ts at most every SESSION_RENEW_SECONDS; the
 * claims (lib/auth/session.ts) carry what the server needs to end it early. A token is decrypted
 * once and its payload remembered (lib/auth/session-cookie.ts).
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: idleSeconds() },
  jwt: { decode: decodeSessionToken },
  providers: [],
  callbacks: {
    // `trigger: "update"` (a POST to /api/auth/session, which any browser can send) changes nothing:
    // only a sign-in issues claims
    jwt({ token, user }) {
      const now = nowSeconds();
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.scopeRegionId = user.scopeRegionId ?? null;
        token.scopeProvinceId = user.scopeProvinceId ?? null;
        token.sv = user.sessionVersion ?? 0;
        token.sid = crypto.randomUUID();
        token.authAt = now;
        token.seenAt = now;
        return token;
      }
      const claims = sessionClaims(token);
      // an idle, too old or malformed token is not renewed: Auth.js clears its cookie
      if (!claims || sessionExpired(claims, now)) return null;
      token.seenAt = now;
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid);
        session.user.role = token.role;
        session.user.scopeRegionId = token.scopeRegionId;
        session.user.scopeProvinceId = token.scopeProvinceId;
      }
      session.sid = token.sid;
      session.sv = token.sv;
      session.authAt = token.authAt;
      session.seenAt = token.seenAt;
      return session;
    },
  },
} satisfies NextAuthConfig;
