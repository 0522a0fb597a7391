"use client";

import { ActionForm, PasswordField, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { login } from "@/lib/auth/actions";
import { loginSchema } from "@/lib/auth/schemas";

export function LoginForm({ redirectTo, labels }: { redirectTo: string; labels: { email: string; password: string; submit: string } }) {
  const controller = useActionForm(loginSchema, login, { email: "", password: "" });
  return (
    <ActionForm controller={controller}>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <TextField name="email" label={labels.email} type="email" autoComplete="username" dir="ltr" inputMode="email" required />
      <PasswordField name="password" label={labels.password} autoComplete="current-password" required />
      <div className="pt-1">
        <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
      </div>
    </ActionForm>
  );
}
