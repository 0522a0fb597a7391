"use server";

import { setTimeout as sleep } from "node:timers/promises";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { auditLog, passwordResetRequests, passwordResets, users } from "@/db/schema";
import type { ActionState } from "@/lib/action";
import * as clock from "@/lib/clock";
import { getDictionary, type Dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/config";
import { errorFields, log } from "@/lib/log";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import { translateError } from "@/lib/validation";
import { clientAddress } from "./client-address";
import { hashPassword } from "./password";
import { cancelPasswordResets, hashResetToken, resetRequestWait } from "./password-reset";
import { writeResetEmail } from "./password-reset-mail";
import { forgotPasswordSchema, passwordFromLinkSchema } from "./schemas";
import { clearFailures } from "./throttle";
import { formatWait } from "./wait";
import { fill } from "@/lib/i18n/dictionary";

// the characters lib/action.ts refuses in any field, before any schema
const FORBIDDEN_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/**
 * The least time a reset request takes to be answered, whatever it found: the work for an account
 * (the link's row, the email, its job) is a few milliseconds more than for an unknown email, and is
 * hidden under this floor. PASSWORD_RESET_ANSWER_MS changes it (the tests shorten it).
 */
function answerFloorMs(): number {
  const value = Number(process.env.PASSWORD_RESET_ANSWER_MS);
  return Number.isInteger(value) && value >= 0 ? value : 600;
}

function formFields(formData: unknown, names: string[]): Record<string, string> {
  const form = formData instanceof FormData ? formData : new FormData();
  return Object.fromEntries(names.map((name) => {
    const value = form.get(name);
    return [name, typeof value === "string" ? value : ""];
  }));
}

function refusal(t: Dictionary, locale: Locale, raw: Record<string, string>, schema: typeof forgotPasswordSchema | typeof passwordFromLinkSchema, echo: Record<string, unknown>): ActionState | { data: Record<string, string> } {
  const bad = Object.keys(raw).filter((k) => FORBIDDEN_CHARACTERS.test(raw[k]));
  if (bad.length > 0) return { ok: false, message: t.errors.formInvalid, fieldErrors: Object.fromEntries(bad.map((k) => [k, t.errors.controlChars])), values: echo };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data as Record<string, string> };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= translateError(issue.message, t.errors, locale);
  // a broken token is not a field anyone can correct: the form's sentence says it
  if (fieldErrors.token) return { ok: false, message: t.errors.linkInvalid, values: echo };
  return { ok: false, message: t.errors.formInvalid, fieldErrors, values: echo };
}

/**
 * Asks for a reset link, signed out (no mutation() can run without a user). The answer is the
 * same sentence, after the same least time, whether the email has an active account, an inactive
 * one or none; only an active account gets an email, in its own language, through the outbox and
 * the job queue. Throttled per email and per client address, every request counted alike.
 */
export async function requestPasswordReset(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const started = Date.now();
  const { t, locale } = await getDictionary();
  const raw = formFields(formData, ["email"]);
  const echo = { email: raw.email.slice(0, 254) };
  const checked = refusal(t, locale, raw, forgotPasswordSchema, echo);
  if (!("data" in checked)) return checked;
  const email = checked.data.email;
  const ip = clientAddress(await headers());

  const answer = async (state: ActionState) => {
    await sleep(Math.max(0, started + answerFloorMs() - Date.now()));
    return state;
  };
  const wait = await resetRequestWait(email, ip);
  if (wait > 0) return answer({ ok: false, message: fill(t.auth.forgotThrottled, { wait: formatWait(wait, t, locale) }), values: echo });

  try {
    await db.transaction(async (tx) => {
      const at = clock.now();
      await tx.insert(passwordResetRequests).values({ email, ip, at });
      const [user] = await tx
        .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, active: users.active })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email))
        .limit(1);
      if (!user?.active) return;
      await writeResetEmail(tx, user);
      await tx.insert(auditLog).values({ at, userId: user.id, action: "user.password.resetRequested", entity: "user", entityId: String(user.id), summary: `asked for a reset link from ${ip}` });
    });
    // the same step for everyone, so that it takes the same time: it enqueues whatever waits
    await enqueueEmailsAfterCommit();
  } catch (error) {
    log.error({ action: "user.password.resetRequested", error: errorFields(error) }, "reset request failed");
    return answer({ ok: false, message: t.errors.unexpected, values: echo });
  }
  return answer({ ok: true, message: t.auth.forgotSent, values: echo });
}

/**
 * Sets a new password from an emailed link, signed out. The link must be live (sent, unused, within
 * its 30 minutes, its account active); then, in one transaction, the password is set, every session
 * of the user ends (the session version moves on), every reset link of the user dies, and the audit
 * row is written — neither token nor password in it. Once committed, the sign-in throttle forgets
 * the account's failures. Nobody is signed in: the user signs in with the new password.
 */
export async function setPasswordFromLink(_prev: ActionState | null, formData: FormData): Promise<ActionState> {
  const { t, locale } = await getDictionary();
  const raw = formFields(formData, ["token", "newPassword", "confirmPassword"]);
  const echo = { token: /^[A-Za-z0-9_-]{1,100}$/.test(raw.token) ? raw.token : "" };
  const checked = refusal(t, locale, raw, passwordFromLinkSchema, echo);
  if (!("data" in checked)) return checked;
  const { token, newPassword } = checked.data;

  let email: string | null = null;
  try {
    email = await db.transaction(async (tx) => {
      const now = clock.now();
      const [link] = await tx
        .select({ userId: passwordResets.userId, email: users.email })
        .from(passwordResets)
        .innerJoin(users, eq(users.id, passwordResets.userId))
        .where(and(eq(passwordResets.tokenHash, hashResetToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now), eq(users.active, true)))
        .for("update", { of: passwordResets })
        .limit(1);
      if (!link) return null;
      await tx
        .update(users)
        .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
        .where(eq(users.id, link.userId));
      // this link and every other one of the user
      await cancelPasswordResets(tx, link.userId, now);
      await tx.insert(auditLog).values({ at: now, userId: link.userId, action: "user.password.resetByEmail", entity: "user", entityId: String(link.userId), summary: "set a new password from an emailed link" });
      return link.email;
    });
  } catch (error) {
    log.error({ action: "user.password.resetByEmail", error: errorFields(error) }, "password reset failed");
    return { ok: false, message: t.errors.unexpected, values: echo };
  }
  if (!email) return { ok: false, message: t.errors.linkInvalid, values: echo };
  try {
    await clearFailures(email.toLowerCase());
  } catch (error) {
    log.error({ action: "user.password.resetByEmail", error: errorFields(error) }, "sign-in failures not cleared");
  }
  redirect("/login?reset=done");
}
