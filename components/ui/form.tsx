"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { lazy, startTransition, Suspense, useActionState, useEffect, useId, useState, type BaseSyntheticEvent, type ComponentProps, type ReactNode } from "react";
import { FormProvider, useForm, useFormContext, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "./alert";
import { cn } from "./cn";
import { theirValues, VALUES_LOADED_EVENT, type Conflict } from "./conflict-values";
import { Field, fieldDescribedBy } from "./field";
import { useClientStrings, useErrorText } from "./i18n-context";
import { controlClass } from "./inputs";
import { OneTimeKeyField } from "./one-time-key";

// shown only after a save refused as stale: its code stays out of the page's first load
const ConflictNotice = lazy(() => import("./conflict").then((m) => ({ default: m.ConflictNotice })));

export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, unknown>;
  result?: unknown;
  /** A stale save (lib/concurrency.ts): the record as it is now, at the version it is at. */
  conflict?: Conflict;
}

type ServerAction = (state: FormState, payload: FormData) => Promise<FormState>;

/**
 * The schema a form checks in the browser: the schema itself, or — so that zod is not part of the
 * page's first load — a function that imports it (`() => import("@/lib/x/schemas").then((m) =>
 * m.xSchema)`), fetched as soon as the form is on screen; or null for a form with nothing to check.
 */
export type SchemaSource<Schema> = Schema | (() => Promise<Schema>) | null;

function resolverFor<Values extends FieldValues>(source: SchemaSource<z.ZodType<FieldValues, FieldValues>>) {
  if (source === null) return { resolver: undefined, preload: () => undefined };
  if (typeof source !== "function") return { resolver: zodResolver(source as never) as unknown as Resolver<Values>, preload: () => undefined };
  let loaded: Promise<Resolver<Values>> | null = null;
  const load = () => (loaded ??= source().then((schema) => zodResolver(schema as never) as unknown as Resolver<Values>));
  const resolver: Resolver<Values> = async (values, context, options) => (await load())(values, context, options);
  return { resolver, preload: () => void load() };
}

/**
 * react-hook-form checks the zod schema in the browser; the same schema is checked again by the
 * server action, whose field errors land under the same fields. Without JavaScript the form still
 * posts to the action.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: SchemaSource<Schema>,
  action: ServerAction,
  defaultValues?: DefaultValues<z.input<Schema>>,
) {
  const [state, formAction, pending] = useActionState(action, { ok: false } as FormState);
  // made once per form: react-hook-form keeps the resolver it was first given
  const [{ resolver, preload }] = useState(() => resolverFor<z.input<Schema>>(schema));
  useEffect(preload, [preload]);
  const form = useForm<z.input<Schema>>({
    resolver,
    defaultValues,
    mode: "onTouched",
  });
  useEffect(() => {
    for (const [name, message] of Object.entries(state.fieldErrors ?? {})) {
      form.setError(name as never, { type: "server", message }, { shouldFocus: true });
    }
    // a save that stays on the page moved the record to a new version: the next save starts from it
    const saved = state.ok ? (state.result as { version?: unknown } | undefined)?.version : undefined;
    if (typeof saved === "number") form.setValue("version" as never, String(saved) as never);
  }, [state, form]);

  const onSubmit = form.handleSubmit((_values, event) => {
    const element = event?.target;
    if (!(element instanceof HTMLFormElement)) return;
    const data = new FormData(element);
    startTransition(() => formAction(data));
  });

  return { form, state, pending, formAction, onSubmit };
}

export interface ActionFormController<Values extends FieldValues> {
  form: UseFormReturn<Values>;
  state: FormState;
  pending: boolean;
  formAction: (payload: FormData) => void;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
}

/**
 * What the user chose after a stale save, for that answer only: their values loaded, or mine kept
 * (the version moved to theirs, so the next save goes over it).
 */
function useConflictChoice<Values extends FieldValues>(form: UseFormReturn<Values>, state: FormState, element: HTMLFormElement | null) {
  const [choice, setChoice] = useState<{ state: FormState; kept: "theirs" | "mine" } | null>(null);
  const made = choice?.state === state ? choice.kept : null;
  const loadTheirs = (conflict: Conflict) => {
    const detail = theirValues(conflict);
    const apply = () => {
      form.reset({ ...form.getValues(), ...detail.values } as Values);
      // a group of boxes the form does not register (name[]): ticked as theirs are
      for (const [name, value] of Object.entries(detail.values)) {
        if (!Array.isArray(value) || !element) continue;
        const boxes = element.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${CSS.escape(name)}[]"]`);
        for (const box of boxes) box.checked = value.includes(box.value);
      }
    };
    apply();
    element?.dispatchEvent(new CustomEvent(VALUES_LOADED_EVENT, { detail }));
    // again once the page has redrawn: a list whose options follow another field (a branch of a province)
    setTimeout(apply, 0);
    setChoice({ state, kept: "theirs" });
  };
  const keepMine = (conflict: Conflict) => {
    form.setValue("version" as never, String(conflict.version) as never);
    setChoice({ state, kept: "mine" });
  };
  return { made, loadTheirs, keepMine };
}

/**
 * The form of an action: its answer above the fields, the one-time key of each submission, and for
 * an edit form (its defaults carry `version`, the record's version when the page loaded it) the
 * hidden version and the conflict notice of a stale save.
 */
export function ActionForm<Values extends FieldValues>({
  controller,
  children,
  className,
  successMessage,
  ...rest
}: {
  controller: ActionFormController<Values>;
  children: ReactNode;
  className?: string;
  successMessage?: string;
} & Omit<ComponentProps<"form">, "action" | "onSubmit" | "ref">) {
  const { form, state, formAction, onSubmit } = controller;
  const [element, setElement] = useState<HTMLFormElement | null>(null);
  const { made, loadTheirs, keepMine } = useConflictChoice(form, state, element);
  const { conflict: words } = useClientStrings();
  const versioned = form.formState.defaultValues?.version !== undefined;
  return (
    <FormProvider {...form}>
      <form ref={setElement} action={formAction} onSubmit={onSubmit} noValidate className={cn("space-y-4", className)} {...rest}>
        <OneTimeKeyField state={state} />
        {versioned ? <input type="hidden" {...form.register("version" as never)} /> : null}
        {/* outside the live region: its sentence is an alert, the table is read on demand */}
        {state.conflict && !made ? (
          <Suspense fallback={null}>
            <ConflictNotice
            message={state.message}
            conflict={state.conflict}
            submitted={state.values ?? {}}
            form={element}
            onLoadTheirs={() => loadTheirs(state.conflict!)}
              onKeepMine={() => keepMine(state.conflict!)}
            />
          </Suspense>
        ) : null}
        <div aria-live="polite" className="empty:hidden">
          {made ? <Alert tone="info">{made === "mine" ? words.keptMine : words.loadedTheirs}</Alert> : null}
          {state.message && !state.ok && !state.conflict ? <Alert tone="error">{state.message}</Alert> : null}
          {state.ok && (successMessage ?? state.message) ? <Alert tone="success">{successMessage ?? state.message}</Alert> : null}
        </div>
        {children}
      </form>
    </FormProvider>
  );
}

/** A registered field's id, its registration and its error in the page's words. */
export function useField(name: string) {
  const { register, getFieldState, formState } = useFormContext();
  const errorText = useErrorText();
  const id = useId();
  const { error } = getFieldState(name, formState);
  return { register, id, error: errorText(error?.message) };
}

export type InputProps = { name: string; label: string; hint?: string; required?: boolean } & Omit<ComponentProps<"input">, "name">;

export function TextField({ name, label, hint, required, className, ...props }: InputProps) {
  const { register, id, error } = useField(name);
  return (
    <Field {...{ id, label, hint, error, required }}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={fieldDescribedBy(id, { hint, error })}
        className={cn(controlClass(!!error), className)}
        {...props}
        {...register(name)}
      />
    </Field>
  );
}

export function TextareaField({
  name,
  label,
  hint,
  required,
  ...props
}: { name: string; label: string; hint?: string; required?: boolean } & Omit<ComponentProps<"textarea">, "name">) {
  const { register, id, error } = useField(name);
  return (
    <Field {...{ id, label, hint, error, required }}>
      <textarea
        id={id}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, { hint, error })}
        className={controlClass(!!error)}
        {...props}
        {...register(name)}
      />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  options,
  placeholder,
  ...props
}: {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  options: { value: string | number; label: string }[];
  placeholder?: string;
} & Omit<ComponentProps<"select">, "name">) {
  const { register, id, error } = useField(name);
  return (
    <Field {...{ id, label, hint, error, required }}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={fieldDescribedBy(id, { hint, error })}
        className={controlClass(!!error)}
        {...props}
        {...register(name)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { register, id, error } = useField(name);
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input id={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={fieldDescribedBy(id, { hint, error })} className="size-5 rounded border-stone-400 accent-brand-700" {...register(name)} />
        <label htmlFor={id} className="text-sm font-medium text-stone-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export { SubmitButton } from "./inputs";
export { OneTimeKeyField, useOneTimeKey } from "./one-time-key";
