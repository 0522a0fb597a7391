import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { db, type Transaction } from "@/db";
import { actionKeys, auditLog } from "@/db/schema";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { getDictionary, type Dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/config";
import { can, inScope, type Permission, type TerritoryRef } from "@/lib/permissions";
import { errorFields, log } from "@/lib/log";
import { translateError } from "@/lib/validation";

/** What every action answers: the form refills `values` and shows `fieldErrors` under its fields. */
export interface ActionState<Result = unknown> {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, unknown>;
  result?: Result;
  /** A stale save: the record as it is now, and the version to save over it if the user keeps theirs. */
  conflict?: { version: number; current: Record<string, unknown> };
}

export const initialActionState: ActionState = { ok: false };

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  summary: string;
  changes?: Record<string, unknown>;
}

export interface MutationContext {
  tx: Transaction;
  user: CurrentUser;
  /**
   * Runs `effect` once the transaction has committed, never if it rolled back: emails and jobs to
   * send, files to delete or make visible, throttles to reset. A failing effect is logged; the
   * mutation still succeeded.
   */
  afterCommit: (effect: () => unknown) => void;
  /**
   * Runs `effect` if the transaction rolls back (a refusal, a database error), never after a commit:
   * an upload written for the row is removed (lib/storage.ts storeWithTransaction).
   */
  afterRollback: (effect: () => unknown) => void;
}

/** The hidden field of a create form that makes a double submit create one row (components/ui/form.tsx). */
export const ONE_TIME_KEY_FIELD = "_once";

/** Thrown inside `run` to refuse with a message (under `field`, when given); the transaction rolls back. */
export class ActionError extends Error {
  constructor(
    public readonly key: keyof Dictionary["errors"] | string,
    public readonly field?: string,
  ) {
    super(key);
  }
}

/** Thrown inside `run` when the record changed since the form loaded it (lib/concurrency.ts). */
export class ConflictError extends ActionError {
  constructor(
    public readonly version: number,
    public readonly current: Record<string, unknown>,
  ) {
    super("stale");
  }
}

/** A one-time key seen before: the first request's result, answered again. */
class Replay extends Error {
  constructor(public readonly result: unknown) {
    super("replay");
  }
}

interface MutationDefinition<Schema extends z.ZodType, Result> {
  schema: Schema;
  /** Allowed to a user who still has a temporary password (only the password change itself). */
  allowWithTemporaryPassword?: boolean;
  permission: Permission;
  /**
   * The territories the mutation touches: the record where it is and, for a move, where it goes.
   * `null` when the record does not exist. Omit only for actions with no territory.
   */
  scope?: (input: z.output<Schema>, ctx: MutationContext) => Promise<TerritoryRef[] | null>;
  run: (input: z.output<Schema>, ctx: MutationContext) => Promise<{ audit: AuditEntry; result?: Result }>;
  revalidate?: (input: z.output<Schema>, result: Result | undefined) => string[];
  /** Where to go on success (a page of the new record, say); otherwise the state is returned. */
  redirectTo?: (input: z.output<Schema>, result: Result | undefined) => string;
  /** The message of a success; it may tell what was done (`result`: how many were reminded, say). */
  successMessage?: (t: Dictionary, result: Result | undefined, locale: Locale) => string;
}

function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key.endsWith("[]")) {
      const k = key.slice(0, -2);
      out[k] = [...((out[k] as unknown[]) ?? []), value];
    } else out[key] = value;
  }
  return out;
}

// Control characters other than tab and line breaks, and the invisible bidi overrides and isolates
// that can make a name read backwards: never part of what a person types.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The fields whose text (or file name) carries a forbidden character, looked at before any schema. */
function fieldsWithForbiddenCharacters(raw: Record<string, unknown>): string[] {
  const bad = (v: unknown): boolean =>
    typeof v === "string"
      ? FORBIDDEN_CHARACTERS.test(v)
      : v instanceof File
        ? FORBIDDEN_CHARACTERS.test(v.name)
        : Array.isArray(v)
          ? v.some(bad)
          : v !== null && typeof v === "object" && !(v instanceof Blob)
            ? Object.values(v).some(bad)
            : false;
  return Object.entries(raw)
    .filter(([, v]) => bad(v))
    .map(([k]) => k);
}

async function requestId(): Promise<string> {
  try {
    return (await headers()).get("x-request-id") ?? randomUUID();
  } catch {
    return randomUUID();
  }
}

function echoValues(raw: Record<string, unknown>): Record<string, unknown> {
  // never send a password back to the browser
  return Object.fromEntries(Object.entries(raw).filter(([k, v]) => !/password/i.test(k) && !(v instanceof Blob)));
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}
function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23503" || e?.cause?.code === "23503";
}
/** Data the database refused as such (a number out of range, a bad encoding, a bad date): the input's fault. */
function isBadData(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code;
  return typeof code === "string" && code.startsWith("22");
}

/**
 * The one path of every mutation: zod → signed-in user → policy for the action and the record's
 * territory → transaction (with the one-time key of a create form) → audit row → after-commit
 * effects → revalidate. It never throws for a refusal: it answers
 * `{ ok: false, message, fieldErrors }` in the viewer's language, and nothing is written.
 * The result is a server action usable with useActionState (state, FormData) or called directly
 * with a plain object.
 */
export function mutation<Schema extends z.ZodType, Result = undefined>(def: MutationDefinition<Schema, Result>) {
  return async function action(_prev: ActionState | null, input: FormData | Record<string, unknown>): Promise<ActionState<Result>> {
    const { t, locale } = await getDictionary();
    // a forged call can send anything as the body: only a form or a plain object is read
    const raw: Record<string, unknown> =
      input instanceof FormData ? formDataToObject(input) : input !== null && typeof input === "object" && !Array.isArray(input) ? input : {};
    const values = echoValues(raw);

    const forbiddenIn = fieldsWithForbiddenCharacters(raw);
    if (forbiddenIn.length > 0) {
      const fieldErrors = Object.fromEntries(forbiddenIn.map((field) => [field.replace(/\[\]$/, ""), t.errors.controlChars]));
      return { ok: false, message: t.errors.formInvalid, fieldErrors, values };
    }

    const parsed = def.schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || "_form";
        fieldErrors[field] ??= translateError(issue.message, t.errors, locale);
      }
      return { ok: false, message: t.errors.formInvalid, fieldErrors, values };
    }

    const user = await getCurrentUser();
    if (!user) return { ok: false, message: t.errors.signedOut, values };
    if (user.mustChangePassword && !def.allowWithTemporaryPassword) return { ok: false, message: t.errors.mustChangePassword, values };
    if (!can(user, def.permission)) return { ok: false, message: t.errors.forbidden, values };

    const onceKey = typeof raw[ONE_TIME_KEY_FIELD] === "string" ? (raw[ONE_TIME_KEY_FIELD] as string) : null;
    const oneTime = onceKey && /^[A-Za-z0-9_-]{16,64}$/.test(onceKey) ? onceKey : null;
    const effects: (() => unknown)[] = [];
    const rollbackEffects: (() => unknown)[] = [];
    const runEffects = async (list: (() => unknown)[], what: string) => {
      for (const effect of list) {
        try {
          await effect();
        } catch (error) {
          log.error({ requestId: await requestId(), action: def.permission, error: errorFields(error) }, what);
        }
      }
    };
    let result: Result | undefined;
    try {
      result = await db.transaction(async (tx) => {
        const ctx: MutationContext = {
          tx,
          user,
          afterCommit: (effect) => void effects.push(effect),
          afterRollback: (effect) => void rollbackEffects.push(effect),
        };
        if (oneTime) {
          // a second request with the key waits here for the first one's transaction, then sees its row
          const [claimed] = await tx
            .insert(actionKeys)
            .values({ userId: user.id, key: oneTime, action: def.permission, createdAt: clock.now() })
            .onConflictDoNothing()
            .returning({ key: actionKeys.key });
          if (!claimed) {
            const [seen] = await tx
              .select({ result: actionKeys.result })
              .from(actionKeys)
              .where(and(eq(actionKeys.userId, user.id), eq(actionKeys.key, oneTime)));
            throw new Replay(seen?.result?.value);
          }
        }
        if (def.scope) {
          const refs = await def.scope(parsed.data, ctx);
          if (refs === null) throw new ActionError("notFound");
          if (!refs.every((ref) => inScope(user, ref))) throw new ActionError("forbidden");
        }
        const { audit, result } = await def.run(parsed.data, ctx);
        await tx.insert(auditLog).values({
          at: clock.now(),
          userId: user.id,
          action: audit.action,
          entity: audit.entity,
          entityId: audit.entityId == null ? null : String(audit.entityId),
          summary: audit.summary,
          changes: audit.changes ?? null,
        });
        if (oneTime)
          await tx
            .update(actionKeys)
            // an undefined result is stored as {} and replayed as undefined, so the second answer is the first's
            .set({ result: sql`${JSON.stringify({ value: result })}::jsonb` })
            .where(and(eq(actionKeys.userId, user.id), eq(actionKeys.key, oneTime)));
        return result;
      });
    } catch (error) {
      await runEffects(rollbackEffects, "after-rollback effect failed");
      if (error instanceof Replay) {
        result = error.result as Result | undefined;
        if (def.redirectTo) redirect(def.redirectTo(parsed.data, result));
        return { ok: true, message: def.successMessage?.(t, result, locale) ?? t.common.saved, result };
      }
      if (error instanceof ConflictError) {
        return { ok: false, message: t.errors.stale, values, conflict: { version: error.version, current: error.current } };
      }
      if (error instanceof ActionError) {
        const message = translateError(error.key, t.errors, locale);
        return { ok: false, message, fieldErrors: error.field ? { [error.field]: message } : undefined, values };
      }
      if (isUniqueViolation(error)) return { ok: false, message: t.errors.duplicate, values };
      if (isForeignKeyViolation(error)) return { ok: false, message: t.errors.inUse, values };
      if (isBadData(error)) return { ok: false, message: t.errors.formInvalid, values };
      log.error({ requestId: await requestId(), action: def.permission, error: errorFields(error) }, "mutation failed");
      return { ok: false, message: t.errors.unexpected, values };
    }

    await runEffects(effects, "after-commit effect failed");
    for (const path of def.revalidate?.(parsed.data, result) ?? []) revalidatePath(path);
    if (def.redirectTo) redirect(def.redirectTo(parsed.data, result));
    return { ok: true, message: def.successMessage?.(t, result, locale) ?? t.common.saved, result };
  };
}
