"use client";

import { startTransition, useActionState, useId, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { controlClass, SubmitButton } from "@/components/ui/inputs";
import { PasswordInput } from "@/components/ui/password-input";
import { login } from "@/lib/auth/actions";

/**
 * The sign-in form, the first page a phone loads: a plain form posted to the action, without
 * react-hook-form and zod in the browser (about 45 kB gzip). Its only checks, a filled field and an
 * email's shape, come back from the server in the same round trip the sign-in takes, under their
 * fields, with the email kept.
 */
export function LoginForm({ redirectTo, labels }: { redirectTo: string; labels: { email: string; password: string; submit: string } }) {
  const [state, formAction, pending] = useActionState(login, null);
  const emailId = useId();
  const passwordId = useId();
  const errors = state?.fieldErrors ?? {};
  const email = typeof state?.values?.email === "string" ? state.values.email : "";
  // sent from here rather than by the form's action, which React follows by emptying the fields:
  // a refused sign-in keeps what was typed. Without JavaScript the form posts to the action.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite" className="empty:hidden">
        {state?.message && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      </div>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <Field id={emailId} label={labels.email} error={errors.email} required>
        <input
          id={emailId}
          name="email"
          type="email"
          defaultValue={email}
          autoComplete="username"
          dir="ltr"
          inputMode="email"
          aria-invalid={errors.email ? true : undefined}
          aria-required
          aria-describedby={fieldDescribedBy(emailId, { error: errors.email })}
          className={controlClass(!!errors.email)}
        />
      </Field>
      <Field id={passwordId} label={labels.password} error={errors.password} required>
        <PasswordInput
          id={passwordId}
          name="password"
          autoComplete="current-password"
          invalid={!!errors.password}
          aria-invalid={errors.password ? true : undefined}
          aria-required
          aria-describedby={fieldDescribedBy(passwordId, { error: errors.password })}
        />
      </Field>
      <div className="pt-1">
        <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
