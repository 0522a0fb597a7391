"use client";

import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useSubmitConfirmation } from "@/components/ui/confirm-submit";
import { cn } from "@/components/ui/cn";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { reviewPaper } from "@/lib/papers/actions";

/**
 * The Bureau's decision on a submitted paper: approve (final, so asked once more in a dialog), or
 * return with a comment for the assignees. Sent without React's reset: a refused return keeps the
 * comment typed.
 */
export function ReviewForm({ paperId, t, confirm }: { paperId: number; t: Dictionary["papers"]["review"]; confirm: Dictionary["confirm"] }) {
  const [state, formAction, pending] = useActionState(reviewPaper, { ok: false });
  const question = useSubmitConfirmation(formAction, (decision) => decision === "approve");
  const id = useId();
  const error = state.fieldErrors?.comment;
  return (
    <form action={formAction} onSubmit={question.onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="paperId" value={paperId} />
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-stone-800">
          {t.comment}
        </label>
        <textarea
          id={`${id}-comment`}
          name="comment"
          rows={4}
          maxLength={2000}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
          className={cn("block w-full rounded-lg border bg-white px-3 py-2.5 text-base shadow-xs", error ? "border-accent-600" : "border-stone-300")}
        />
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {t.commentHint}
        </p>
        {error ? (
          <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="approve" disabled={pending} className={buttonClass("primary", "md")}>
          {t.approve}
        </button>
        <button type="submit" name="decision" value="return" disabled={pending} className={buttonClass("danger", "md")}>
          {t.return}
        </button>
      </div>
      <ConfirmDialog
        open={question.asking === "approve"}
        title={confirm.paperApprove.title}
        confirmLabel={t.approve}
        cancelLabel={confirm.cancel}
        pending={pending}
        onCancel={question.cancel}
        onConfirm={question.confirm}
      >
        <p>{confirm.paperApprove.body}</p>
      </ConfirmDialog>
    </form>
  );
}
