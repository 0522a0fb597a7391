"use client";

import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { FormState } from "@/components/ui/form";
import { OneTimeKeyField } from "@/components/ui/one-time-key";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { copyQuestions } from "@/lib/reports/campaign-question-actions";

/** Copies the questions of the standard template or of an earlier campaign into a draft campaign. */
export function CopyTemplateForm({ campaignId, sources, t }: { campaignId: number; sources: { value: string; label: string }[]; t: Dictionary["reports"]["questions"] }) {
  const [state, formAction, pending] = useActionState(copyQuestions as (s: FormState, p: FormData) => Promise<FormState>, { ok: false } as FormState);
  const id = useId();
  const error = state.fieldErrors?.source;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="campaignId" value={campaignId} />
      <OneTimeKeyField state={state} />
      <div aria-live="polite" className="empty:hidden">
        {state.message && !error ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      <p className="text-sm text-stone-600">{t.copyHint}</p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1 space-y-1.5">
          <label htmlFor={`${id}-source`} className="block text-sm font-medium text-stone-800">
            {t.copySource}
          </label>
          <select
            id={`${id}-source`}
            name="source"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base text-stone-900 shadow-xs"
          >
            {sources.map((source) => (
              <option key={source.value} value={source.value}>
                {source.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={buttonClass("secondary", "md")}>
          {t.copyButton}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
    </form>
  );
}
