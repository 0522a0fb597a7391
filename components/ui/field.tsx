import type { ReactNode } from "react";
import { cn } from "./cn";

/** The ids a field's control points at: its hint and its error, when it has them. */
export function fieldDescribedBy(id: string, { hint, error }: { hint?: ReactNode; error?: ReactNode }): string | undefined {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * A labelled field: the label (for the control whose id is `id`), the control, its hint and its
 * error beneath, with the ids `${id}-hint` and `${id}-error` the control names in
 * aria-describedby (fieldDescribedBy). A required field's asterisk stays outside the label, so the
 * field's name is the label alone; aria-required on the control says it.
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("min-w-0 space-y-1.5", className)}>
      <div className="flex items-baseline gap-1">
        <label htmlFor={id} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        {required ? (
          <span className="text-accent-600" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {children}
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
