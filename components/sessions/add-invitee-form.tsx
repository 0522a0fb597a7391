"use client";

import { useActionState, useState } from "react";
import { MemberPicker, type MemberPickerLabels } from "@/components/members/member-picker";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { OneTimeKeyField } from "@/components/ui/one-time-key";
import type { ActionState } from "@/lib/action";
import { addInvitee } from "@/lib/sessions/invitation-actions";

/** Puts one member on the session's list of invitees, found with the member picker. */
export function AddInviteeForm({ sessionId, labels, picker }: { sessionId: number; labels: { member: string; add: string; hint: string }; picker: MemberPickerLabels }) {
  const [state, formAction, pending] = useActionState(addInvitee, { ok: false } as ActionState<number>);
  const [chosen, setChosen] = useState(false);
  // a new picker after each answer, so the next member starts from an empty choice
  const [round, setRound] = useState(0);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) {
      setRound((r) => r + 1);
      setChosen(false);
    }
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="sessionId" value={sessionId} />
      <OneTimeKeyField state={state} />
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.fieldErrors?.memberId ?? state.message}</Alert> : null}
      </div>
      <MemberPicker key={round} name="memberId" purpose="session" label={labels.member} hint={labels.hint} labels={picker} required onChange={(m) => setChosen(m.length > 0)} />
      <button type="submit" disabled={pending || !chosen} className={buttonClass("primary", "md", "disabled:opacity-50")}>
        {labels.add}
      </button>
    </form>
  );
}
