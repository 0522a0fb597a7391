"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/inputs";
import { unsubscribeFromLink } from "@/lib/notifications/preference-actions";

/** The one button of an email's unsubscribe page: it posts the link's token, nothing else. */
export function UnsubscribeForm({ token, label }: { token: string; label: string }) {
  const [state, formAction, pending] = useActionState(unsubscribeFromLink as (s: FormState, p: FormData) => Promise<FormState>, { ok: false } as FormState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      {state.ok ? null : <SubmitButton pending={pending}>{label}</SubmitButton>}
    </form>
  );
}
