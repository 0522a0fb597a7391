"use client";

import { useActionState, useEffect, useRef, type ComponentProps } from "react";
import { Alert } from "./alert";
import { cn } from "./cn";
import type { FormState } from "./form";

export type PlainAction = (state: FormState | null, payload: FormData) => Promise<FormState>;

/**
 * A mutation as a small plain <form> (a delete or a move button): it posts before (or without)
 * JavaScript, the page is revalidated on success, and a refusal — the record is gone, the campaign
 * is no longer a draft — is shown as an alert beside the buttons instead of vanishing.
 */
export function PlainActionForm({
  action,
  onAnswer,
  children,
  className,
  ...rest
}: { action: PlainAction; onAnswer?: (state: FormState) => void } & Omit<ComponentProps<"form">, "action">) {
  const [state, formAction, pending] = useActionState(action, null);
  const listener = useRef(onAnswer);
  useEffect(() => {
    listener.current = onAnswer;
  });
  useEffect(() => {
    if (state) listener.current?.(state);
  }, [state]);
  const refused = state && !state.ok ? (state.message ?? Object.values(state.fieldErrors ?? {})[0]) : undefined;
  return (
    <form action={formAction} aria-busy={pending || undefined} className={cn("flex flex-wrap items-center gap-1", className)} {...rest}>
      {children}
      <div aria-live="assertive" className="basis-full empty:hidden">
        {refused ? <Alert tone="error">{refused}</Alert> : null}
      </div>
    </form>
  );
}
