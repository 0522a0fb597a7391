"use client";

import { fieldDescribedBy } from "./field";
import { useField } from "./form";

// Apart from ./form.tsx, which every form loads: only the page with radio groups loads this one.

/**
 * A choice of one among a few, as radio buttons in a fieldset: the legend names the group, each
 * button its label; the hint and the error (the server's too) are read with the group.
 */
export function RadioGroupField({ name, legend, hint, options }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] }) {
  const { register, id, error } = useField(name);
  return (
    <fieldset aria-describedby={fieldDescribedBy(id, { hint, error })} aria-invalid={error ? true : undefined} className="min-w-0 space-y-1.5">
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="inline-flex min-h-11 items-center gap-2 text-sm text-stone-900">
            <input type="radio" value={option.value} className="size-5 accent-brand-700" {...register(name)} />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
