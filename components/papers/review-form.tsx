"use client";

import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { submitWithoutReset } from "./submit";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { reviewPaper } from "@/lib/papers/actions";

/** The Bureau's decision on a submitted paper: approve, or return with a comment for the assignees. */
export function ReviewForm({ paperId, t }: { paperId: number; t: Dictionary["papers"]["review"] }) {
  const [state, formAction, pending] = useActionState(reviewPaper, { ok: false });
  const id = useId();
  const error = state.fieldErrors?.comment;
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-4" noValidate>
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
    </form>
  );
}
