"use client";

import { createContext, useActionState, useContext, useId, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { OneTimeKeyField } from "@/components/ui/one-time-key";
import { saveSynthesis } from "@/lib/synthesis/actions";

interface EditorState {
  fieldErrors: Record<string, string>;
  values: Record<string, unknown>;
}
const EditorContext = createContext<EditorState | null>(null);

/**
 * The Bureau's text is one form around the whole page, so that each section's textarea sits beside
 * the figures and answers it speaks of; each save keeps a new version.
 */
export function SynthesisEditor({
  campaignId,
  version,
  labels,
  children,
}: {
  campaignId: number;
  version: number;
  labels: { save: string; saving: string; hint: string };
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(saveSynthesis, { ok: false });
  const value: EditorState = { fieldErrors: state.fieldErrors ?? {}, values: state.ok ? {} : (state.values ?? {}) };
  return (
    <EditorContext.Provider value={value}>
      <form action={formAction} noValidate className="space-y-6">
        <input type="hidden" name="campaignId" value={campaignId} />
        <input type="hidden" name="version" value={version} />
        <OneTimeKeyField state={state} />
        {children}
        <div data-sticky-actions className="sticky bottom-0 z-10 -mx-3 border-t border-stone-200 bg-white/95 px-3 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border">
          <div aria-live="polite" className="mb-2 empty:hidden">
            {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending} className={buttonClass("primary", "md")}>
              {pending ? labels.saving : labels.save}
            </button>
            <p className="text-sm text-stone-600">{labels.hint}</p>
          </div>
        </div>
      </form>
    </EditorContext.Provider>
  );
}

/** One section's textarea inside the editor; its server error lands under it. */
export function SectionField({ name, label, defaultValue }: { name: string; label: string; defaultValue: string }) {
  const context = useContext(EditorContext);
  const id = useId();
  const field = `section.${name}`;
  const error = context?.fieldErrors[`sections.${name}`];
  const kept = context?.values[field];
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea
        id={id}
        name={field}
        rows={5}
        maxLength={20_000}
        defaultValue={typeof kept === "string" ? kept : defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn(
          "block w-full rounded-lg border bg-white px-3 py-2.5 text-base leading-7 text-stone-900 shadow-xs",
          error ? "border-accent-600" : "border-stone-300 focus:border-brand-600",
        )}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
