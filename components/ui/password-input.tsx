"use client";

import { Eye, EyeOff } from "lucide-react";
import { useState, type ComponentProps } from "react";
import { cn } from "./cn";
import { useClientStrings } from "./i18n-context";
import { controlClass } from "./inputs";

// Apart from ./inputs.tsx: only the few pages that ask for a password load the eye and its icons
// (the sign-in page without react-hook-form; the others through ./password-field.tsx).

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
