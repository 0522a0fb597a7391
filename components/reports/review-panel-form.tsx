"use client";

import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useSubmitConfirmation } from "@/components/ui/confirm-submit";
import { cn } from "@/components/ui/cn";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { reviewReport } from "@/lib/reports/review-actions";

type Labels = Dictionary["reports"]["reviewPanel"];

const fieldClass = (invalid: boolean) =>
  cn("block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-stone-900 shadow-xs", invalid ? "border-accent-600" : "border-stone-300 focus:border-brand-600");

/**
 * Accept (final, so asked once more in a dialog), or return with a general comment (required then)
 * and optional comments on the answers.
 */
export function ReviewPanelForm({
  reportId,
  version,
  reviewable,
  statusNote,
  questions,
  t,
  confirm,
}: {
  reportId: number;
  version: number;
  reviewable: boolean;
  statusNote: string;
  questions: { id: number; label: string; answer: string | null }[];
  t: Labels;
  confirm: Dictionary["confirm"];
}) {
  const [state, formAction, pending] = useActionState(reviewReport, { ok: false });
  const question = useSubmitConfirmation(formAction, (decision) => decision === "accept");
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const values = (state.ok ? {} : (state.values ?? {})) as Record<string, string | undefined>;
  const questionError = questions.find((q) => errors[`questionComment.${q.id}`]);
  const message = (
    <div aria-live="polite" className="empty:hidden">
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
    </div>
  );
  // one wrapper whatever the status, so the live region stays in place once the report has moved on
  return (
    <div className="space-y-4">
      {message}
      {reviewable ? (
        <form action={formAction} onSubmit={question.onSubmit} className="space-y-4" noValidate>
          <input type="hidden" name="reportId" value={reportId} />
          <input type="hidden" name="version" value={version} />
          <p className="text-stone-700">{t.intro}</p>
          <div className="space-y-1.5">
            <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-stone-800">
              {t.generalComment}
            </label>
            <textarea
              id={`${id}-comment`}
              name="comment"
              rows={4}
              maxLength={4000}
              defaultValue={values.comment}
              aria-invalid={errors.comment ? true : undefined}
              aria-describedby={[`${id}-comment-hint`, errors.comment ? `${id}-comment-error` : null].filter(Boolean).join(" ")}
              className={fieldClass(!!errors.comment)}
            />
            <p id={`${id}-comment-hint`} className="text-xs text-stone-600">
              {t.generalCommentHint}
            </p>
            {errors.comment ? (
              <p id={`${id}-comment-error`} className="text-sm font-medium text-accent-600">
                {errors.comment}
              </p>
            ) : null}
          </div>
          <details className="rounded-lg border border-stone-200 bg-stone-50 p-3" open={!!questionError}>
            <summary className="cursor-pointer font-medium text-stone-800">{t.questionComments}</summary>
            <p className="mt-1 text-xs text-stone-600">{t.questionCommentsHint}</p>
            <ol className="mt-3 space-y-4">
              {questions.map((q) => {
                const name = `questionComment.${q.id}`;
                const error = errors[name];
                return (
                  <li key={q.id} className="space-y-1.5">
                    <label htmlFor={`${id}-q${q.id}`} className="block text-sm font-medium text-stone-800">
                      {q.label}
                    </label>
                    <p className="text-sm text-stone-600">{q.answer ?? t.noAnswer}</p>
                    <textarea
                      id={`${id}-q${q.id}`}
                      name={name}
                      rows={2}
                      maxLength={2000}
                      defaultValue={values[name]}
                      aria-label={t.commentOn.replace("{question}", q.label)}
                      aria-invalid={error ? true : undefined}
                      className={fieldClass(!!error)}
                    />
                    {error ? <p className="text-sm font-medium text-accent-600">{error}</p> : null}
                  </li>
                );
              })}
            </ol>
          </details>
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="decision" value="accept" disabled={pending} className={buttonClass("primary", "md")}>
              {t.accept}
            </button>
            <button type="submit" name="decision" value="return" disabled={pending} className={buttonClass("danger", "md")}>
              {t.return}
            </button>
          </div>
          <ConfirmDialog
            open={question.asking === "accept"}
            title={confirm.reportAccept.title}
            confirmLabel={t.accept}
            cancelLabel={confirm.cancel}
            pending={pending}
            onCancel={question.cancel}
            onConfirm={question.confirm}
          >
            <p>{confirm.reportAccept.body}</p>
          </ConfirmDialog>
        </form>
      ) : (
        <p className="text-stone-700">{statusNote}</p>
      )}
    </div>
  );
}
