"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The few strings client controls need in every language: error sentences and control labels. */
export interface ClientStrings {
  errors: Record<string, string>;
  showPassword: string;
  hidePassword: string;
  saving: string;
  yes: string;
  no: string;
  /** The conflict notice of a stale save (conflict.tsx). */
  conflict: Record<"title" | "differences" | "noDifference" | "field" | "theirs" | "yours" | "separator" | "empty" | "loadTheirs" | "keepMine" | "keptMine" | "loadedTheirs", string>;
}

const I18nContext = createContext<ClientStrings | null>(null);

export function I18nProvider({ value, children }: { value: ClientStrings; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useClientStrings(): ClientStrings {
  const value = useContext(I18nContext);
  if (!value) throw new Error("I18nProvider is missing");
  return value;
}

/** The sentence for an error key from a schema ("tooLong|max=200"), or the message itself. */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const { errors } = useClientStrings();
  return (message) => {
    if (!message) return message;
    const [key, ...params] = message.split("|");
    const template = errors[key];
    if (!template) return message;
    const values = Object.fromEntries(params.map((p) => p.split("=")));
    return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
  };
}
