"use client";

import { ActionForm, SubmitButton, useActionForm } from "@/components/ui/form";
import { PasswordField } from "@/components/ui/password-field";
import { setPasswordFromLink } from "@/lib/auth/password-reset-actions";

export function ResetPasswordForm({ token, labels }: { token: string; labels: { newPassword: string; confirmPassword: string; hint: string; submit: string } }) {
  const controller = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.passwordFromLinkSchema), setPasswordFromLink, { token, newPassword: "", confirmPassword: "" });
  return (
    <ActionForm controller={controller}>
      <input type="hidden" {...controller.form.register("token")} />
      <PasswordField name="newPassword" label={labels.newPassword} hint={labels.hint} autoComplete="new-password" required />
      <PasswordField name="confirmPassword" label={labels.confirmPassword} autoComplete="new-password" required />
      <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
