"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { FormState } from "@/components/ui/form";
import type { SessionStatus } from "@/db/schema/sessions";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { changeSessionStatus } from "@/lib/sessions/actions";
import { sessionTransitions } from "@/lib/sessions/values";

/**
 * The session's next steps as explicit buttons, one form: the pressed button sends its status.
 * Works without JavaScript; the server checks the transition again.
 */
export function StatusActions({ sessionId, status, t }: { sessionId: number; status: SessionStatus; t: Dictionary["sessions"]["statusActions"] }) {
  const [state, formAction, pending] = useActionState(changeSessionStatus as (s: FormState, p: FormData) => Promise<FormState>, { ok: false } as FormState);
  const next = sessionTransitions[status];
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={sessionId} />
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      {next.length ? (
        <div className="flex flex-wrap gap-2">
          {next.map((to) => (
            <button
              key={to}
              type="submit"
              name="to"
              value={to}
              disabled={pending}
              className={buttonClass(to === "draft" ? "secondary" : "primary", "sm")}
            >
              {t[to]}
            </button>
          ))}
        </div>
      ) : (
        <p className="text-sm text-stone-600">{t.none}</p>
      )}
      {status === "draft" ? <p className="text-sm text-stone-600">{t.draftHint}</p> : null}
    </form>
  );
}
