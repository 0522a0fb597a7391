"use client";

import { startTransition, useState, type FormEvent } from "react";

/**
 * A form whose pressed button may need a yes first: `onSubmit` keeps what would be sent (the
 * pressed button's name and value included) and, when `needs(value)` says so, holds it until
 * `confirm` (from a ConfirmDialog); any other button sends at once. Without JavaScript the form
 * posts directly, and the server checks the step again.
 */
export function useSubmitConfirmation(action: (data: FormData) => void, needs: (value: string) => boolean = () => true) {
  const [held, setHeld] = useState<{ data: FormData; value: string } | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    const value = submitter?.value ?? "";
    if (needs(value)) setHeld({ data, value });
    else startTransition(() => action(data));
  };
  const confirm = () => {
    if (!held) return;
    const { data } = held;
    setHeld(null);
    startTransition(() => action(data));
  };
  return { asking: held?.value ?? null, onSubmit, confirm, cancel: () => setHeld(null) };
}
