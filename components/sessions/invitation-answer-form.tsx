"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { controlClass, SubmitButton } from "@/components/ui/inputs";
import type { FormState } from "@/components/ui/form";
import { answerInvitation } from "@/lib/sessions/invitation-actions";

export interface InvitationAnswerLabels {
  prompt: string;
  attending: string;
  excused: string;
  reason: string;
  reasonHint: string;
  confirm: string;
}

/**
 * The invitee's answer: سأحضر or أعتذر (with an optional reason), confirmed by one button. The
 * email's links open it with their answer chosen; nothing is written before the button.
 */
export function InvitationAnswerForm({
  invitationId,
  answer,
  reason,
  labels,
  idPrefix,
}: {
  invitationId: number;
  answer: "attending" | "excused" | null;
  reason: string | null;
  labels: InvitationAnswerLabels;
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState(answerInvitation as (s: FormState, p: FormData) => Promise<FormState>, { ok: false } as FormState);
  const [chosen, setChosen] = useState(answer);
  const reasonId = `${idPrefix}-reason`;
  const error = state.fieldErrors?.answer ?? state.fieldErrors?.reason;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="invitationId" value={invitationId} />
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{error ?? state.message}</Alert> : null}
      </div>
      <fieldset>
        <legend className="mb-2 font-medium text-stone-900">{labels.prompt}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(["attending", "excused"] as const).map((value) => (
            <label key={value} className="inline-flex min-h-11 items-center gap-2 text-base">
              <input
                type="radio"
                name="answer"
                value={value}
                required
                defaultChecked={answer === value}
                onChange={() => setChosen(value)}
                className="size-5 accent-brand-700"
              />
              {labels[value]}
            </label>
          ))}
        </div>
      </fieldset>
      {chosen === "excused" ? (
        <div className="space-y-1">
          <label htmlFor={reasonId} className="block text-sm font-medium text-stone-800">
            {labels.reason}
          </label>
          <textarea id={reasonId} name="reason" rows={2} maxLength={500} defaultValue={reason ?? ""} aria-describedby={`${reasonId}-hint`} className={controlClass(!!state.fieldErrors?.reason)} />
          <p id={`${reasonId}-hint`} className="text-xs text-stone-600">
            {labels.reasonHint}
          </p>
        </div>
      ) : null}
      <SubmitButton pending={pending}>{labels.confirm}</SubmitButton>
    </form>
  );
}
