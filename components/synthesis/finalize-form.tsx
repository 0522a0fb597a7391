"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { finalizeSynthesis } from "@/lib/synthesis/actions";

/** Finalizing asks once more: after it the synthesis is read only. */
export function FinalizeForm({ campaignId, version, labels }: { campaignId: number; version: number; labels: { finalize: string; confirm: string; hint: string; cancel: string } }) {
  const [state, formAction, pending] = useActionState(finalizeSynthesis, { ok: false });
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-stone-600">{labels.hint}</p>
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={pending} className={buttonClass("danger", "md")}>
            {labels.confirm}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={buttonClass("secondary", "md")}>
            {labels.cancel}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={buttonClass("secondary", "md")}>
          {labels.finalize}
        </button>
      )}
    </form>
  );
}
