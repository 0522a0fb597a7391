"use client";

import { ActionForm, SubmitButton, useActionForm } from "@/components/ui/form";
import { deactivateUser, reactivateUser } from "@/lib/admin/actions";

/** Deactivates an active account, or reactivates an inactive one. */
export function ActivationForm({ userId, active, labels }: { userId: number; active: boolean; labels: { intro: string; submit: string } }) {
  const controller = useActionForm(() => import("@/lib/admin/schemas").then((m) => m.userIdSchema), active ? deactivateUser : reactivateUser, { id: String(userId) });
  return (
    <ActionForm controller={controller}>
      <p className="text-sm text-stone-700">{labels.intro}</p>
      <input type="hidden" name="id" value={userId} />
      <SubmitButton pending={controller.pending} variant={active ? "danger" : "primary"}>
        {labels.submit}
      </SubmitButton>
    </ActionForm>
  );
}
