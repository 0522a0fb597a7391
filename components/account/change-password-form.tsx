"use client";

import { ActionForm, SubmitButton, useActionForm } from "@/components/ui/form";
import { PasswordField } from "@/components/ui/password-field";
import { changeOwnPassword } from "@/lib/auth/actions";

export function ChangePasswordForm({
  labels,
}: {
  labels: { currentPassword: string; newPassword: string; confirmPassword: string; hint: string; submit: string };
}) {
  const controller = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.changePasswordSchema), changeOwnPassword, { currentPassword: "", newPassword: "", confirmPassword: "" });
  return (
    <ActionForm controller={controller}>
      <PasswordField name="currentPassword" label={labels.currentPassword} autoComplete="current-password" required />
      <PasswordField name="newPassword" label={labels.newPassword} hint={labels.hint} autoComplete="new-password" required />
      <PasswordField name="confirmPassword" label={labels.confirmPassword} autoComplete="new-password" required />
      <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
