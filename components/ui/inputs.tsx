"use client";

import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { cn } from "./cn";
import { useClientStrings } from "./i18n-context";

// The controls of a form without react-hook-form: the fields of ./form.tsx are these, registered;
// the sign-in page, the first one a phone loads, uses them alone.

export const controlClass = (invalid: boolean) =>
  cn(
    "block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-stone-900 shadow-xs placeholder:text-stone-400",
    invalid ? "border-accent-600" : "border-stone-300 focus:border-brand-600",
  );

export function SubmitButton({ children, pending, variant = "primary" }: { children: ReactNode; pending: boolean; variant?: "primary" | "danger" }) {
  const { saving } = useClientStrings();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant, "md")}>
      {pending ? saving : children}
    </button>
  );
}
