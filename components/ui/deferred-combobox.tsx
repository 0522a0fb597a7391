"use client";

import { lazy, Suspense, useId, useSyncExternalStore } from "react";
import type { ComboboxProps } from "./combobox";
import { Field } from "./field";

// React Aria's combobox and its strings weigh about 40 kB gzip: a page that has one loads it after
// its first paint, not before the page answers a tap
const LoadedCombobox = lazy(() => import("./combobox").then((m) => ({ default: m.Combobox })));

const noChange = () => () => {};

/**
 * The combobox of ./combobox.tsx, loaded on demand: until its code has arrived and the page is
 * hydrated, the label and a disabled field hold its place, so nothing moves when it comes. The
 * server renders that placeholder too: a live field in the server's HTML would take letters typed
 * on a slow phone before React runs, then lose them when React takes the field over.
 */
export function DeferredCombobox<T extends object>(props: ComboboxProps<T>) {
  const hydrated = useSyncExternalStore(noChange, () => true, () => false);
  if (!hydrated) return <ComboboxPlaceholder {...props} />;
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
