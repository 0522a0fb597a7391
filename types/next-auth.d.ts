import type { Role } from "@/db/schema";
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: Role;
    scopeRegionId?: number | null;
    scopeProvinceId?: number | null;
  }
  interface Session {
    user: { id: string; role: Role; scopeRegionId: number | null; scopeProvinceId: number | null; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    role: Role;
    scopeRegionId: number | null;
    scopeProvinceId: number | null;
  }
}
