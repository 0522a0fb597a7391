"use server";

import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db";
import { members, provinces, signInAttempts, users } from "@/db/schema";
import { ActionError, mutation, type ActionState } from "@/lib/action";
import { hashPassword } from "@/lib/auth/password";
import { cancelPasswordResets } from "@/lib/auth/password-reset";
import { clearFailures } from "@/lib/auth/throttle";
import { claimVersion } from "@/lib/concurrency";
import { getDictionary, type Dictionary } from "@/lib/i18n";
import { changeRoleSchema, clearSignInLockSchema, createUserSchema, resetPasswordSchema, userIdSchema } from "./schemas";
import * as clock from "@/lib/clock";

/** A refusal worded by the admin dictionary, in the viewer's language. */
async function refusal(key: keyof Dictionary["admin"]["errors"], field?: string): Promise<ActionError> {
  const { t } = await getDictionary();
  return new ActionError(t.admin.errors[key], field);
}

/** A province must lie in the officer's region; the schema has already checked who has a scope. */
async function checkProvinceInRegion(tx: Transaction, regionId: number | null, provinceId: number | null) {
  if (!provinceId) return;
  const [province] = await tx.select({ regionId: provinces.regionId }).from(provinces).where(eq(provinces.id, provinceId)).limit(1);
  if (!province || province.regionId !== regionId) throw await refusal("provinceOutsideRegion", "scopeProvinceId");
}

async function findUser(tx: Transaction, id: number) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  if (!row) throw new ActionError("notFound");
  return row;
}

const usersPaths = (id: number) => ["/admin/users", `/admin/users/${id}`, "/admin/audit"];

/** Ends every session of the user at once (lib/auth/current-user.ts compares it with the session's). */
const endSessions = { sessionVersion: sql`${users.sessionVersion} + 1` };

/** The role form's fields as the record has them now, for a stale save. */
const roleAsForm = (row: typeof users.$inferSelect) => ({ id: row.id, role: row.role, scopeRegionId: row.scopeRegionId, scopeProvinceId: row.scopeProvinceId });

export const createUser = mutation({
  schema: createUserSchema,
  permission: "user.manage",
  async run(input, { tx }) {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email)).limit(1);
    if (taken) throw new ActionError("duplicate", "email");
    await checkProvinceInRegion(tx, input.scopeRegionId, input.scopeProvinceId);

    let memberId: number | null = null;
    if (input.memberNumber) {
      const [member] = await tx
        .select({ id: members.id, linkedUserId: users.id })
        .from(members)
        .leftJoin(users, eq(users.memberId, members.id))
        .where(eq(members.memberNumber, input.memberNumber))
        .limit(1);
      if (!member) throw await refusal("memberNotFound", "memberNumber");
      if (member.linkedUserId) throw await refusal("memberTaken", "memberNumber");
      memberId = member.id;
    }

    const [created] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        passwordHash: await hashPassword(input.temporaryPassword),
        role: input.role,
        scopeRegionId: input.scopeRegionId,
        scopeProvinceId: input.scopeProvinceId,
        memberId,
        mustChangePassword: true,
      })
      .returning({ id: users.id });
    return {
      audit: {
        action: "user.create",
        entity: "user",
        entityId: created.id,
        summary: `${input.name} — ${input.email}`,
        changes: {
          name: input.name,
          email: input.email,
          role: input.role,
          scopeRegionId: input.scopeRegionId,
          scopeProvinceId: input.scopeProvinceId,
          memberId,
        },
      },
      result: { id: created.id },
    };
  },
  revalidate: (_input, result) => usersPaths(result!.id),
  redirectTo: (_input, result) => `/admin/users/${result!.id}?created=1`,
});

export const changeUserRole = mutation({
  schema: changeRoleSchema,
  permission: "user.manage",
  async run(input, { tx, user: actor }) {
    const target = await findUser(tx, input.id);
    if (target.id === actor.id && input.role !== "admin") throw await refusal("selfDemote", "role");
    const version = await claimVersion(tx, users, target.id, input.version, roleAsForm);
    await checkProvinceInRegion(tx, input.scopeRegionId, input.scopeProvinceId);
    const changed =
      target.role !== input.role || target.scopeRegionId !== input.scopeRegionId || target.scopeProvinceId !== input.scopeProvinceId;
    await tx
      .update(users)
      // what the user may do has changed: their sessions end, and they sign in again under the new role
      .set({ role: input.role, scopeRegionId: input.scopeRegionId, scopeProvinceId: input.scopeProvinceId, updatedAt: clock.now(), ...(changed ? endSessions : {}) })
      .where(eq(users.id, target.id));
    return {
      result: { version },
      audit: {
        action: "user.role.change",
        entity: "user",
        entityId: target.id,
        summary: `${target.email}: ${target.role} → ${input.role}`,
        changes: {
          role: { from: target.role, to: input.role },
          scopeRegionId: { from: target.scopeRegionId, to: input.scopeRegionId },
          scopeProvinceId: { from: target.scopeProvinceId, to: input.scopeProvinceId },
        },
      },
    };
  },
  revalidate: (input) => usersPaths(input.id),
  successMessage: (t) => t.admin.roleSaved,
});

const resetUserPasswordMutation = mutation({
  schema: resetPasswordSchema,
  permission: "user.manage",
  async run(input, { tx }) {
    const target = await findUser(tx, input.id);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.temporaryPassword), mustChangePassword: true, updatedAt: clock.now(), ...endSessions })
      .where(eq(users.id, target.id));
    await cancelPasswordResets(tx, target.id);
    return {
      audit: { action: "user.password.reset", entity: "user", entityId: target.id, summary: target.email },
      result: { email: target.email },
    };
  },
  revalidate: (input) => usersPaths(input.id),
  successMessage: (t) => t.admin.passwordReset,
});

/** Sets a temporary password; once it is saved, the sign-in failures that may lock the account are forgotten. */
export async function resetUserPassword(
  prev: ActionState | null,
  input: FormData | Record<string, unknown>,
): Promise<ActionState<{ email: string }>> {
  const state = await resetUserPasswordMutation(prev, input);
  // after the commit: the throttle's table is written outside the mutation's transaction
  if (state.ok && state.result) await clearFailures(state.result.email.toLowerCase());
  return state;
}

function setActive(active: boolean) {
  return mutation({
    schema: userIdSchema,
    permission: "user.manage",
    async run(input, { tx, user: actor }) {
      const target = await findUser(tx, input.id);
      if (!active && target.id === actor.id) throw await refusal("selfDeactivate");
      await tx
        .update(users)
        .set({ active, updatedAt: clock.now(), ...(active ? {} : endSessions) })
        .where(eq(users.id, target.id));
      return {
        audit: { action: active ? "user.reactivate" : "user.deactivate", entity: "user", entityId: target.id, summary: target.email },
      };
    },
    revalidate: (input) => usersPaths(input.id),
    successMessage: (t) => (active ? t.admin.reactivated : t.admin.deactivated),
  });
}

export const deactivateUser = setActive(false);
export const reactivateUser = setActive(true);

/** Lifts a hold of the sign-in throttle by forgetting the failures behind it (audited). */
export const clearSignInLock = mutation({
  schema: clearSignInLockSchema,
  permission: "user.manage",
  async run(input, { tx }) {
    const t = signInAttempts;
    const where =
      input.kind === "pair"
        ? and(eq(t.email, input.email), eq(t.ip, input.ip))
        : input.kind === "address"
          ? eq(t.ip, input.ip)
          : eq(t.email, input.email);
    const cleared = await tx
      .delete(t)
      .where(and(where, eq(t.succeeded, false)))
      .returning({ id: t.id });
    const who = [input.kind !== "address" ? input.email : null, input.kind !== "account" ? input.ip : null].filter(Boolean).join(" ");
    return {
      audit: { action: "signin.lock.clear", entity: "sign_in_lock", summary: `${input.kind}: ${who}`, changes: { ...input, failures: cleared.length } },
    };
  },
  revalidate: () => ["/admin/locks", "/admin/audit"],
  successMessage: (t) => t.admin.locks.cleared,
});
