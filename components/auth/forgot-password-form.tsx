"use client";

import { ActionForm, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { requestPasswordReset } from "@/lib/auth/password-reset-actions";

export function ForgotPasswordForm({ labels }: { labels: { email: string; submit: string } }) {
  const controller = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.forgotPasswordSchema), requestPasswordReset, { email: "" });
  return (
    <ActionForm controller={controller}>
      <TextField name="email" label={labels.email} type="email" autoComplete="username" dir="ltr" inputMode="email" required />
      <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
