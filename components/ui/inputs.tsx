"use client";

import { Eye, EyeOff } from "lucide-react";
import { useState, type ComponentProps, type ReactNode } from "react";
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

/** A password, always left to right, with the eye that shows or hides it on its right. */
export function PasswordInput({ invalid, ...props }: { invalid: boolean } & Omit<ComponentProps<"input">, "type">) {
  const strings = useClientStrings();
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <input type={visible ? "text" : "password"} className={cn(controlClass(invalid), "pr-12")} dir="ltr" {...props} />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        aria-pressed={visible}
        aria-label={visible ? strings.hidePassword : strings.showPassword}
        className="absolute inset-y-0 right-0 flex w-11 items-center justify-center text-stone-600 hover:text-stone-900"
      >
        {visible ? <EyeOff aria-hidden="true" size={20} /> : <Eye aria-hidden="true" size={20} />}
      </button>
    </div>
  );
}

export function SubmitButton({ children, pending, variant = "primary" }: { children: ReactNode; pending: boolean; variant?: "primary" | "danger" }) {
  const { saving } = useClientStrings();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant, "md")}>
      {pending ? saving : children}
    </button>
  );
}
