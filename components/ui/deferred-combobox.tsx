"use client";

import { lazy, Suspense, useId } from "react";
import type { ComboboxProps } from "./combobox";
import { Field } from "./field";

// React Aria's combobox and its strings weigh about 40 kB gzip: a page that has one loads it after
// its first paint, not before the page answers a tap
const LoadedCombobox = lazy(() => import("./combobox").then((m) => ({ default: m.Combobox })));

/**
 * The combobox of ./combobox.tsx, loaded on demand: until its code has arrived (a page reached by
 * a link) the label and a disabled field hold its place, so nothing moves when it comes.
 */
export function DeferredCombobox<T extends object>(props: ComboboxProps<T>) {
  return (
    <Suspense fallback={<ComboboxPlaceholder {...props} />}>
      <LoadedCombobox {...(props as unknown as ComboboxProps<object>)} />
    </Suspense>
  );
}

function ComboboxPlaceholder({ label, hint, error, required, placeholder }: Pick<ComboboxProps<object>, "label" | "hint" | "error" | "required" | "placeholder">) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        disabled
        placeholder={placeholder}
        className="block w-full rounded-lg border border-stone-300 bg-white py-2.5 ps-10 pe-3 text-base text-stone-900 shadow-xs placeholder:text-stone-400"
      />
    </Field>
  );
}
