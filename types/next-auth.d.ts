import type { Role } from "@/db/schema";
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: Role;
    scopeRegionId?: number | null;
    scopeProvinceId?: number | null;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: Role; scopeRegionId: number | null; scopeProvinceId: number | null; name?: string | null; email?: string | null };
    // the session's own claims (lib/auth/session.ts)
    sid: string;
    sv: number;
    authAt: number;
    seenAt: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    role: Role;
    scopeRegionId: number | null;
    scopeProvinceId: number | null;
    sid: string;
    sv: number;
    authAt: number;
    seenAt: number;
  }
}
