"use client";

import { Trash2 } from "lucide-react";
import { useActionState, useEffect, useRef, type ComponentProps } from "react";
import { Alert } from "./alert";
import { buttonClass } from "./button";
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

/** The delete button of a row (a question, an agenda item): the row's id posted to `action`. */
export function PlainDeleteButton({ action, id, label, text }: { action: PlainAction; id: number; label: string; text: string }) {
  return (
    <PlainActionForm action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" aria-label={label} className={buttonClass("ghost", "sm")}>
        <Trash2 aria-hidden="true" size={16} />
        <span className="hidden sm:inline">{text}</span>
      </button>
    </PlainActionForm>
  );
}
