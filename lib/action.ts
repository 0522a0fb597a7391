import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { db, type Transaction } from "@/db";
import { auditLog } from "@/db/schema";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { getDictionary, type Dictionary } from "@/lib/i18n";
import { can, inScope, type Permission, type TerritoryRef } from "@/lib/permissions";
import { translateError } from "@/lib/validation";

/** What every action answers: the form refills `values` and shows `fieldErrors` under its fields. */
export interface ActionState<Result = unknown> {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, unknown>;
  result?: Result;
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
}

/** Thrown inside `run` to refuse with a message (under `field`, when given); the transaction rolls back. */
export class ActionError extends Error {
  constructor(
    public readonly key: keyof Dictionary["errors"] | string,
    public readonly field?: string,
  ) {
    super(key);
  }
}

interface MutationDefinition<Schema extends z.ZodType, Result> {
  schema: Schema;
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
  successMessage?: (t: Dictionary) => string;
}

function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value;
    if (key.endsWith("[]")) {
      const k = key.slice(0, -2);
      out[k] = [...((out[k] as unknown[]) ?? []), v];
    } else out[key] = v;
  }
  return out;
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

/**
 * The one path of every mutation: zod → signed-in user → policy for the action and the record's
 * territory → transaction → audit row → revalidate. It never throws for a refusal: it answers
 * `{ ok: false, message, fieldErrors }` in the viewer's language, and nothing is written.
 * The result is a server action usable with useActionState (state, FormData) or called directly
 * with a plain object.
 */
export function mutation<Schema extends z.ZodType, Result = undefined>(def: MutationDefinition<Schema, Result>) {
  return async function action(_prev: ActionState | null, input: FormData | Record<string, unknown>): Promise<ActionState<Result>> {
    const { t } = await getDictionary();
    const raw = input instanceof FormData ? formDataToObject(input) : input;
    const values = echoValues(raw);

    const parsed = def.schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || "_form";
        fieldErrors[field] ??= translateError(issue.message, t.errors);
      }
      return { ok: false, message: t.errors.formInvalid, fieldErrors, values };
    }

    const user = await getCurrentUser();
    if (!user) return { ok: false, message: t.errors.signedOut, values };
    if (!can(user, def.permission)) return { ok: false, message: t.errors.forbidden, values };

    let result: Result | undefined;
    try {
      result = await db.transaction(async (tx) => {
        const ctx = { tx, user };
        if (def.scope) {
          const refs = await def.scope(parsed.data, ctx);
          if (refs === null) throw new ActionError("notFound");
          if (!refs.every((ref) => inScope(user, ref))) throw new ActionError("forbidden");
        }
        const { audit, result } = await def.run(parsed.data, ctx);
        await tx.insert(auditLog).values({
          userId: user.id,
          action: audit.action,
          entity: audit.entity,
          entityId: audit.entityId == null ? null : String(audit.entityId),
          summary: audit.summary,
          changes: audit.changes ?? null,
        });
        return result;
      });
    } catch (error) {
      if (error instanceof ActionError) {
        const message = translateError(error.key, t.errors);
        return { ok: false, message, fieldErrors: error.field ? { [error.field]: message } : undefined, values };
      }
      if (isUniqueViolation(error)) return { ok: false, message: t.errors.duplicate, values };
      if (isForeignKeyViolation(error)) return { ok: false, message: t.errors.inUse, values };
      console.error("mutation failed", error);
      return { ok: false, message: t.errors.unexpected, values };
    }

    for (const path of def.revalidate?.(parsed.data, result) ?? []) revalidatePath(path);
    if (def.redirectTo) redirect(def.redirectTo(parsed.data, result));
    return { ok: true, message: def.successMessage?.(t) ?? t.common.saved, result };
  };
}
