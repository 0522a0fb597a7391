"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { FormState } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { closeCampaign, openCampaign } from "@/lib/reports/campaign-actions";

type Action = (state: FormState, payload: FormData) => Promise<FormState>;

/**
 * Opens a draft campaign or closes an open one, after a confirmation (a native dialog). Without
 * JavaScript the button posts the form directly; the server checks the transition again.
 */
export function CampaignStatusActions({ campaignId, status, t }: { campaignId: number; status: "draft" | "open" | "closed"; t: Dictionary["reports"]["campaign"] }) {
  const action = (status === "draft" ? openCampaign : closeCampaign) as Action;
  const [state, formAction, pending] = useActionState(action, { ok: false } as FormState);
  const [asking, setAsking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  if (status === "closed") return null;
  const label = status === "draft" ? t.open : t.close;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        setAsking(true);
      }}
      className="space-y-3"
    >
      <input type="hidden" name="id" value={campaignId} />
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      <p className="text-sm text-stone-600">{status === "draft" ? t.openHint : t.closeHint}</p>
      <button type="submit" disabled={pending} className={buttonClass(status === "draft" ? "primary" : "danger", "md")}>
        {label}
      </button>
      <ConfirmDialog
        open={asking}
        title={status === "draft" ? t.confirmOpen : t.confirmClose}
        confirmLabel={label}
        cancelLabel={t.cancel}
        tone={status === "draft" ? "primary" : "danger"}
        pending={pending}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          const data = new FormData(formRef.current!);
          startTransition(() => formAction(data));
        }}
      >
        <p>{status === "draft" ? t.openHint : t.closeHint}</p>
      </ConfirmDialog>
    </form>
  );
}
