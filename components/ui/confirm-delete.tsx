"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/components/ui/form";

export interface ConfirmDeleteLabels {
  trigger: string;
  question: string;
  confirm: string;
  cancel: string;
  pending: string;
}

/** Deleting takes two clicks: the first asks, the second posts; the server's refusal is shown here. */
export function ConfirmDelete({
  id,
  action,
  labels,
}: {
  id: number;
  action: (state: FormState, payload: FormData) => Promise<FormState>;
  labels: ConfirmDeleteLabels;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false } as FormState);
  // the question belongs to the answer it was asked after: a new answer (a refusal) closes it
  const [askedAfter, setAskedAfter] = useState<FormState | null>(null);
  const asking = askedAfter === state;
  return (
    <div className="space-y-3">
      <div aria-live="polite" className="empty:hidden">
        {state.message && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      </div>
      {asking ? (
        <form action={formAction} className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
          <input type="hidden" name="id" value={id} />
          <p className="font-medium text-red-900">{labels.question}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending} aria-disabled={pending} autoFocus>
              {pending ? labels.pending : labels.confirm}
            </Button>
            <Button variant="secondary" onClick={() => setAskedAfter(null)}>
              {labels.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="danger" onClick={() => setAskedAfter(state)}>
          {labels.trigger}
        </Button>
      )}
    </div>
  );
}
