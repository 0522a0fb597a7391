"use client";

import { useActionState } from "react";
import { useFreshPicker } from "@/components/members/use-fresh-picker";
import { MemberPicker, type MemberPickerLabels } from "@/components/members/member-picker";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { OneTimeKeyField } from "@/components/ui/one-time-key";
import type { ActionState } from "@/lib/action";
import { addInvitee } from "@/lib/sessions/invitation-actions";

/** Puts one member on the session's list of invitees, found with the member picker. */
export function AddInviteeForm({ sessionId, labels, picker }: { sessionId: number; labels: { member: string; add: string; hint: string }; picker: MemberPickerLabels }) {
  const [state, formAction, pending] = useActionState(addInvitee, { ok: false } as ActionState<number>);
  const fresh = useFreshPicker(state);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="sessionId" value={sessionId} />
      <OneTimeKeyField state={state} />
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.fieldErrors?.memberId ?? state.message}</Alert> : null}
      </div>
      <MemberPicker key={fresh.round} name="memberId" purpose="session" label={labels.member} hint={labels.hint} labels={picker} required onChange={fresh.onChange} />
      <button type="submit" disabled={pending || !fresh.chosen} className={buttonClass("primary", "md", "disabled:opacity-50")}>
        {labels.add}
      </button>
    </form>
  );
}
