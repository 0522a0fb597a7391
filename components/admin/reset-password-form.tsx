"use client";

import { useEffect } from "react";
import { ActionForm, SubmitButton, useActionForm } from "@/components/ui/form";
import { PasswordField } from "@/components/ui/password-field";
import { resetUserPassword } from "@/lib/admin/actions";

export function ResetPasswordForm({ userId, labels }: { userId: number; labels: { password: string; hint: string; submit: string } }) {
  const controller = useActionForm(() => import("@/lib/admin/schemas").then((m) => m.resetPasswordSchema), resetUserPassword, { id: String(userId), temporaryPassword: "" });
  const { state, form } = controller;
  // once saved, the temporary password is not left in the page
  useEffect(() => {
    if (state.ok) form.reset({ id: String(userId), temporaryPassword: "" });
  }, [state, form, userId]);
  return (
    <ActionForm controller={controller}>
      <input type="hidden" name="id" value={userId} />
      <PasswordField name="temporaryPassword" label={labels.password} hint={labels.hint} autoComplete="new-password" required />
      <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
