"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useSubmitConfirmation } from "@/components/ui/confirm-submit";
import type { FormState } from "@/components/ui/form";
import type { SessionStatus } from "@/db/schema/sessions";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { changeSessionStatus } from "@/lib/sessions/actions";
import { sessionTransitions } from "@/lib/sessions/values";

const isStatus = (value: string | null): value is SessionStatus => value === "draft" || value === "convened" || value === "held" || value === "closed";

/**
 * The session's next steps as explicit buttons, one form: the pressed button sends its status,
 * once confirmed in a dialog (each step tells people or cannot be taken back). Works without
 * JavaScript; the server checks the transition again.
 */
export function StatusActions({
  sessionId,
  status,
  t,
  confirm,
}: {
  sessionId: number;
  status: SessionStatus;
  t: Dictionary["sessions"]["statusActions"];
  confirm: Dictionary["confirm"];
}) {
  const [state, formAction, pending] = useActionState(changeSessionStatus as (s: FormState, p: FormData) => Promise<FormState>, { ok: false } as FormState);
  const question = useSubmitConfirmation(formAction);
  const next = sessionTransitions[status];
  const asked = isStatus(question.asking) ? question.asking : null;
  return (
    <form action={formAction} onSubmit={question.onSubmit} className="space-y-3">
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
      <ConfirmDialog
        open={asked !== null}
        title={asked ? confirm.session[asked].title : ""}
        confirmLabel={asked ? t[asked] : ""}
        cancelLabel={confirm.cancel}
        tone={asked === "draft" || asked === "closed" ? "danger" : "primary"}
        pending={pending}
        onCancel={question.cancel}
        onConfirm={question.confirm}
      >
        {asked ? <p>{confirm.session[asked].body}</p> : null}
      </ConfirmDialog>
    </form>
  );
}
