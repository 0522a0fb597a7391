"use client";

import { buttonClass } from "@/components/ui/button";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { clearSignInLock } from "@/lib/admin/actions";

/** The one button of a row of the sign-in locks table. */
export function ClearLockForm({
  lock,
  labels,
}: {
  lock: { kind: "pair" | "address" | "account"; email: string | null; ip: string | null };
  labels: { submit: string; name: string };
}) {
  const values = { kind: lock.kind, ...(lock.email ? { email: lock.email } : {}), ...(lock.ip ? { ip: lock.ip } : {}) };
  const controller = useActionForm(() => import("@/lib/admin/schemas").then((m) => m.clearSignInLockSchema), clearSignInLock, values as never);
  return (
    <ActionForm controller={controller}>
      <input type="hidden" name="kind" value={lock.kind} />
      {lock.email ? <input type="hidden" name="email" value={lock.email} /> : null}
      {lock.ip ? <input type="hidden" name="ip" value={lock.ip} /> : null}
      <button type="submit" disabled={controller.pending} aria-disabled={controller.pending} aria-label={labels.name} className={buttonClass("secondary", "sm")}>
        {labels.submit}
      </button>
    </ActionForm>
  );
}
