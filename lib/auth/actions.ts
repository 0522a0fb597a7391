"use server";

import { eq, sql } from "drizzle-orm";
import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { auditLog, revokedSessions, users } from "@/db/schema";
import { ActionError, mutation, type ActionState } from "@/lib/action";
import { getDictionary } from "@/lib/i18n";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { log } from "@/lib/log";
import { translateError, z } from "@/lib/validation";
import { getCurrentUser } from "./current-user";
import { signIn, signOut } from "./index";
import { hashPassword, verifyPassword } from "./password";
import { cancelPasswordResets } from "./password-reset";
import { changePasswordSchema, loginSchema, safeRedirect } from "./schemas";
import { sessionEndsAt } from "./session";
import { throttledMessage } from "./wait";
import * as clock from "@/lib/clock";

export async function login(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const { t, locale } = await getDictionary();
  const raw = Object.fromEntries(formData.entries());
  const values = { email: typeof raw.email === "string" ? raw.email.slice(0, 254) : "", redirectTo: typeof raw.redirectTo === "string" ? raw.redirectTo.slice(0, 2000) : undefined };
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= translateError(issue.message, t.errors, locale);
    return { ok: false, message: t.errors.formInvalid, fieldErrors, values };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirect(parsed.data.redirectTo),
    });
  } catch (error) {
    // signIn redirects by throwing NEXT_REDIRECT: only Auth.js's own errors are answered here.
    if (error instanceof AuthError) {
      const code = error instanceof CredentialsSignin ? error.code : undefined;
      if (code === "throttled") {
        const wait = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
        return { ok: false, message: throttledMessage(typeof wait === "number" ? wait : 60, t, locale), values };
      }
      return { ok: false, message: code === "inactive" ? t.auth.inactive : t.auth.wrongCredentials, values };
    }
    throw error;
  }
  return { ok: true };
}

/**
 * Ends this session on the server too: its id is revoked, so a copy of the cookie (another tab
 * replaying it, a stolen one) is refused, then the cookie is cleared. Allowed with a temporary password.
 */
export async function logout(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await db.transaction(async (tx) => {
      await tx
        .insert(revokedSessions)
        .values({ sid: user.sessionId, userId: user.id, expiresAt: sessionEndsAt(user.signedInAt) })
        .onConflictDoNothing();
      await tx.insert(auditLog).values({ at: clock.now(), userId: user.id, action: "user.signout", entity: "user", entityId: String(user.id), summary: "signed out" });
    });
  }
  await signOut({ redirectTo: "/login" });
}

/** The language is a preference of this browser, kept in a cookie for a year. */
export async function setLocale(formData: FormData): Promise<void> {
  // a forged call can send anything as the body: only a form is read, anything else changes nothing
  const form = formData instanceof FormData ? formData : new FormData();
  const locale = form.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
  const returnTo = form.get("returnTo");
  redirect(safeRedirect(typeof returnTo === "string" && returnTo.length <= 2000 ? returnTo : await refererPage()));
}

/**
 * The page the request came from, its path and query (the Referer: the browser sends it whole to
 * the same site), or the home page. Only the path is kept, so it never leads off the site.
 */
async function refererPage(): Promise<string> {
  const referer = (await headers()).get("referer");
  if (!referer || referer.length > 2000) return "/";
  try {
    const url = new URL(referer);
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}

/** Ends every session of the user, this one included (session_version moves on): back to sign-in. */
export const signOutEverywhere = mutation({
  // a sign-out: allowed to someone who has not yet changed a temporary password
  allowWithTemporaryPassword: true,
  schema: z.object({}),
  permission: "account.sessions",
  async run(_input, { tx, user, afterCommit }) {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    // this browser's cookie is now refused anyway: clear it as well
    afterCommit(() => signOut({ redirect: false }));
    return { audit: { action: "user.signout.everywhere", entity: "user", entityId: user.id, summary: "signed out of every device" } };
  },
  redirectTo: () => "/login?signedOut=everywhere",
});

export const changeOwnPassword = mutation({
  allowWithTemporaryPassword: true,
  schema: changePasswordSchema,
  permission: "account.changePassword",
  async run(input, { tx, user, afterCommit }) {
    const [row] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
      throw new ActionError("passwordWrong", "currentPassword");
    }
    // every other session (whoever may have known the old password) ends with the old session version
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: clock.now(),
      })
      .where(eq(users.id, user.id));
    await cancelPasswordResets(tx, user.id);
    // this device stays signed in: a new session, signed in with the new password once it is committed
    afterCommit(async () => {
      try {
        await signIn("credentials", { email: user.email, password: input.newPassword, redirect: false });
      } catch (error) {
        // a throttled or failed sign-in leaves this device signed out, as every other one is
        if (!(error instanceof AuthError)) throw error;
        log.warn({ userId: user.id, action: "user.password.change" }, "no new session after the password change");
      }
    });
    return { audit: { action: "user.password.change", entity: "user", entityId: user.id, summary: `changed own password` } };
  },
  revalidate: () => ["/"],
  redirectTo: () => "/?password=changed",
});
