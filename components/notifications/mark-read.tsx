"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/actions";

/** Marks one notification (or, without an id, all of them) as read; the list refreshes itself. */
export function MarkRead({ id, label, accessibleLabel }: { id?: number; label: string; accessibleLabel?: string }) {
  const [state, formAction, pending] = useActionState(id ? markNotificationRead : markAllNotificationsRead, { ok: false });
  return (
    <form action={formAction}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <button type="submit" disabled={pending} aria-label={accessibleLabel} className={buttonClass(id ? "ghost" : "secondary", "sm")}>
        {label}
      </button>
      {!state.ok && state.message ? (
        <p role="alert" className="mt-1 text-xs text-accent-600">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
