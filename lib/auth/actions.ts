"use server";

import { eq } from "drizzle-orm";
import { AuthError, CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { users } from "@/db/schema";
import { ActionError, mutation, type ActionState } from "@/lib/action";
import { getDictionary } from "@/lib/i18n";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { translateError } from "@/lib/validation";
import { signIn, signOut } from "./index";
import { hashPassword, verifyPassword } from "./password";
import { changePasswordSchema, loginSchema, safeRedirect } from "./schemas";
import * as clock from "@/lib/clock";

export async function login(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const { t } = await getDictionary();
  const raw = Object.fromEntries(formData.entries());
  const values = { email: raw.email, redirectTo: raw.redirectTo };
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= translateError(issue.message, t.errors);
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
      const message = code === "throttled" ? t.auth.throttled : code === "inactive" ? t.auth.inactive : t.auth.wrongCredentials;
      return { ok: false, message, values };
    }
    throw error;
  }
  return { ok: true };
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

/** The language is a preference of this browser, kept in a cookie for a year. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
  redirect(safeRedirect(String(formData.get("returnTo") ?? "/")));
}

export const changeOwnPassword = mutation({
  allowWithTemporaryPassword: true,
  schema: changePasswordSchema,
  permission: "account.changePassword",
  async run(input, { tx, user }) {
    const [row] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
      throw new ActionError("passwordWrong", "currentPassword");
    }
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, updatedAt: clock.now() })
      .where(eq(users.id, user.id));
    return { audit: { action: "user.password.change", entity: "user", entityId: user.id, summary: `changed own password` } };
  },
  revalidate: () => ["/"],
  redirectTo: () => "/?password=changed",
});
