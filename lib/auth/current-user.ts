import "server-only";
import { eq } from "drizzle-orm";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { provinces, regions, users, type Role } from "@/db/schema";
import { can, type Actor, type Permission } from "@/lib/permissions";
import { auth } from "./index";

export interface CurrentUser extends Actor {
  email: string;
  name: string;
  memberId: number | null;
  mustChangePassword: boolean;
  scopeRegionNameAr: string | null;
  scopeRegionNameFr: string | null;
  scopeProvinceNameAr: string | null;
  scopeProvinceNameFr: string | null;
}

/**
 * The signed-in user, read fresh from the database on each request (one indexed lookup), so a
 * role change or a deactivation takes effect at once, whatever the session cookie still says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      scopeRegionId: users.scopeRegionId,
      scopeProvinceId: users.scopeProvinceId,
      memberId: users.memberId,
      mustChangePassword: users.mustChangePassword,
      scopeRegionNameAr: regions.nameAr,
      scopeRegionNameFr: regions.nameFr,
      scopeProvinceNameAr: provinces.nameAr,
      scopeProvinceNameFr: provinces.nameFr,
    })
    .from(users)
    .leftJoin(regions, eq(regions.id, users.scopeRegionId))
    .leftJoin(provinces, eq(provinces.id, users.scopeProvinceId))
    .where(eq(users.id, id))
    .limit(1);
  if (!row || !row.active) return null;
  return row;
});

/** For pages: the signed-in user, or a redirect to sign-in (or to the forced password change). */
export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  return user;
}

/** For pages: the signed-in user holding one of these roles, else the 403 page. */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** For pages: the signed-in user whom the policy allows this, else the 403 page. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission)) forbidden();
  return user;
}
