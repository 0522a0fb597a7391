"use client";

import { useActionState } from "react";
import { useFreshPicker } from "@/components/members/use-fresh-picker";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { OneTimeKeyField } from "@/components/ui/one-time-key";
import type { ActionState } from "@/lib/action";
import { addParticipant } from "@/lib/sessions/workshop-actions";
import { MemberPicker, type MemberPickerLabels } from "@/components/members/member-picker";

/**
 * Places a member in the workshop. The server may add them and still warn (a workshop at the
 * same time): the warning is shown in amber beside the success.
 */
export function AddParticipantForm({
  workshopId,
  labels,
  picker,
}: {
  workshopId: number;
  labels: { member: string; add: string; hint: string };
  picker: MemberPickerLabels;
}) {
  const [state, formAction, pending] = useActionState(addParticipant, { ok: false } as ActionState<{ sessionId: number; warning: string | null }>);
  const fresh = useFreshPicker(state);
  const warning = state.ok ? state.result?.warning : null;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="workshopId" value={workshopId} />
      <OneTimeKeyField state={state} />
      <div aria-live="polite" className="space-y-2 empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.fieldErrors?.memberId ?? state.message}</Alert> : null}
        {warning ? <Alert tone="warning">{warning}</Alert> : null}
      </div>
      <MemberPicker key={fresh.round} name="memberId" purpose="session" label={labels.member} hint={labels.hint} labels={picker} required onChange={fresh.onChange} />
      <button type="submit" disabled={pending || !fresh.chosen} className={buttonClass("primary", "md", "disabled:opacity-50")}>
        {labels.add}
      </button>
    </form>
  );
}
