"use client";

import { Trash2 } from "lucide-react";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import type { FormState } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { trainingTransitions, trainingStatuses } from "@/lib/rooting/values";
import { deleteTraining, setTrainingStatus } from "@/lib/rooting/training-actions";

type Action = (state: FormState, payload: FormData) => Promise<FormState>;
type Status = (typeof trainingStatuses)[number];

/** The training's next steps as buttons of one form; the server checks the step and its date again. */
export function TrainingStatusActions({ id, status, t }: { id: number; status: Status; t: Dictionary["rooting"]["status"] }) {
  const [state, formAction, pending] = useActionState(setTrainingStatus as Action, { ok: false } as FormState);
  const label = (to: Status) => (to === "held" && status === "reported" ? t.reopen : t[to]);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t.changed : state.message}</Alert> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        {trainingTransitions[status].map((to) => (
          <button key={to} type="submit" name="to" value={to} disabled={pending} className={buttonClass(to === "planned" || (to === "held" && status === "reported") ? "secondary" : "primary", "sm")}>
            {label(to)}
          </button>
        ))}
      </div>
    </form>
  );
}

/**
 * A small form that removes one line (a person, a count, a sitting, a material): the hidden
 * fields say which; a refusal (a trained trainer who leads a training below, say) shows beside it.
 */
export function RemoveButton({ action, fields, label, short }: { action: Action; fields: Record<string, string | number>; label: string; short: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: false } as FormState);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={label} title={label} className={buttonClass("ghost", "sm", "text-stone-600")}>
        <Trash2 aria-hidden="true" size={16} />
        <span className="hidden sm:inline">{short}</span>
      </button>
      {state.message && !state.ok ? (
        <p role="alert" className="max-w-64 text-sm font-medium text-accent-600">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** Deleting takes two clicks: the first asks, the second posts; a refusal is shown here. */
export function DeleteTraining({ id, t }: { id: number; t: Dictionary["rooting"]["record"]["deleteTraining"] }) {
  const [state, formAction, pending] = useActionState(deleteTraining as Action, { ok: false } as FormState);
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
          <p className="font-medium text-red-900">{t.question}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" size="sm" disabled={pending} aria-disabled={pending} autoFocus>
              {pending ? t.pending : t.confirm}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setAskedAfter(null)}>
              {t.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="danger" size="sm" onClick={() => setAskedAfter(state)}>
          {t.trigger}
        </Button>
      )}
    </div>
  );
}
