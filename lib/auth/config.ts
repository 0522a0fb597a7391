import type { NextAuthConfig } from "next-auth";

/** Sessions and their claims; lib/auth/index.ts adds the credentials provider. */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.scopeRegionId = user.scopeRegionId ?? null;
        token.scopeProvinceId = user.scopeProvinceId ?? null;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid);
        session.user.role = token.role;
        session.user.scopeRegionId = token.scopeRegionId;
        session.user.scopeProvinceId = token.scopeProvinceId;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
