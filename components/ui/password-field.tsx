"use client";

import { Field, fieldDescribedBy } from "./field";
import { useField, type InputProps } from "./form";
import { PasswordInput } from "./password-input";

/** A password field of a react-hook-form form (./form.tsx). */
export function PasswordField({ name, label, hint, required, ...props }: InputProps) {
  const { register, id, error } = useField(name);
  return (
    <Field {...{ id, label, hint, error, required }}>
      <PasswordInput
        id={id}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={fieldDescribedBy(id, { hint, error })}
        {...props}
        {...register(name)}
      />
    </Field>
  );
}
