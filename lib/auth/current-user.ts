import "server-only";
import { and, eq } from "drizzle-orm";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { provinces, regions, revokedSessions, users, type Role } from "@/db/schema";
import { can, type Actor, type Permission } from "@/lib/permissions";
import { auth } from "./index";
import { sessionClaims, sessionExpired } from "./session";

export interface CurrentUser extends Actor {
  email: string;
  name: string;
  memberId: number | null;
  mustChangePassword: boolean;
  scopeRegionNameAr: string | null;
  scopeRegionNameFr: string | null;
  scopeProvinceNameAr: string | null;
  scopeProvinceNameFr: string | null;
  /** this session's id and sign-in instant (seconds): what sign-out revokes */
  sessionId: string;
  signedInAt: number;
}

/**
 * The signed-in user, read fresh from the database on each request (one indexed lookup), so a
 * role change or a deactivation takes effect at once, whatever the session cookie still says.
 * The same query refuses a session that was ended: issued before the user's session_version was
 * bumped, or signed out (its id in revoked_sessions); and one past its idle or absolute limit.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = sessionClaims(await auth());
  if (!claims || sessionExpired(claims)) return null;
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      sessionVersion: users.sessionVersion,
      scopeRegionId: users.scopeRegionId,
      scopeProvinceId: users.scopeProvinceId,
      memberId: users.memberId,
      mustChangePassword: users.mustChangePassword,
      scopeRegionNameAr: regions.nameAr,
      scopeRegionNameFr: regions.nameFr,
      scopeProvinceNameAr: provinces.nameAr,
      scopeProvinceNameFr: provinces.nameFr,
      revokedSid: revokedSessions.sid,
    })
    .from(users)
    .leftJoin(regions, eq(regions.id, users.scopeRegionId))
    .leftJoin(provinces, eq(provinces.id, users.scopeProvinceId))
    .leftJoin(revokedSessions, and(eq(revokedSessions.sid, claims.sid), eq(revokedSessions.userId, users.id)))
    .where(eq(users.id, claims.uid))
    .limit(1);
  if (!row || !row.active || row.sessionVersion !== claims.sv || row.revokedSid !== null) return null;
  const { active: _active, sessionVersion: _sv, revokedSid: _revoked, ...user } = row;
  return { ...user, sessionId: claims.sid, signedInAt: claims.authAt };
});

/**
 * For route handlers: the signed-in user, null when signed out (the route answers 401), and a 403
 * for a user who must first change a temporary password.
 */
export async function getRouteUser(): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (user?.mustChangePassword) forbidden();
  return user;
}

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
