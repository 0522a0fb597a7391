"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { ActionState } from "@/lib/action";
import { changeCalendarSubscription } from "@/lib/calendar/actions";

/** Create or renew, or revoke, the private subscription address. */
export function SubscriptionForm({ hasToken, labels }: { hasToken: boolean; labels: { create: string; regenerate: string; regenerateHint: string; revoke: string } }) {
  const [state, formAction, pending] = useActionState(changeCalendarSubscription, { ok: false } as ActionState);
  return (
    <form action={formAction} className="space-y-3">
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      <div className="flex flex-wrap items-start gap-2">
        <button
          type="submit"
          name="intent"
          value="renew"
          disabled={pending}
          className={buttonClass(hasToken ? "secondary" : "primary", "md")}
          aria-describedby={hasToken ? "regenerate-hint" : undefined}
        >
          {hasToken ? labels.regenerate : labels.create}
        </button>
        {hasToken ? (
          <button type="submit" name="intent" value="revoke" disabled={pending} className={buttonClass("danger", "md")}>
            {labels.revoke}
          </button>
        ) : null}
      </div>
      {hasToken ? (
        <p id="regenerate-hint" className="text-xs text-stone-600">
          {labels.regenerateHint}
        </p>
      ) : null}
    </form>
  );
}
