import { CircleCheck } from "lucide-react";
import { ButtonLink } from "./button";

export interface NextStep {
  href: string;
  label: string;
}

/**
 * What a page says on arriving from a create (`?created=…`): that it was made, and the next steps
 * one would take from here — another of the same, back to where it belongs. The first step is the
 * primary one. A status region, so a screen reader hears it on arrival.
 */
export function CreatedNotice({ message, steps }: { message: string; steps: NextStep[] }) {
  return (
    <div role="status" className="mb-4 flex flex-col gap-3 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-brand-900 sm:flex-row sm:items-center sm:justify-between">
      <p className="flex items-center gap-2 font-medium">
        <CircleCheck aria-hidden="true" size={20} className="shrink-0" />
        <span>
          {message} <span aria-hidden="true">✓</span>
        </span>
      </p>
      {steps.length ? (
        <div className="flex flex-wrap gap-2">
          {steps.map((step, i) => (
            <ButtonLink key={step.href} href={step.href} variant={i === 0 ? "primary" : "secondary"} size="sm">
              {step.label}
            </ButtonLink>
          ))}
        </div>
      ) : null}
    </div>
  );
}
