"use client";

import { createContext, useContext, type ReactNode } from "react";

/** A sentence that depends on a count, in the plural forms of the language (CLDR's categories). */
export type CountedText = Readonly<{ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>>;

/** The few strings client controls need in every language: error sentences and control labels. */
export interface ClientStrings {
  /** The Intl locale of the page (ar-MA, fr-MA): it picks a count's plural form and writes its number. */
  intlLocale: string;
  /** Some depend on a count («3 أحرف», «11 حرفًا»). */
  errors: Record<string, string | CountedText>;
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

/**
 * The sentence for an error key from a schema ("tooLong|count=200"), or the message itself. A count
 * picks its plural form as lib/i18n/intl.ts `plural` does on the server (exactly 0 → `zero` first).
 */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const { errors, intlLocale } = useClientStrings();
  return (message) => {
    if (!message) return message;
    const [key, ...params] = message.split("|");
    const text = errors[key];
    if (!text) return message;
    const values: Record<string, string> = Object.fromEntries(params.map((p) => p.split("=")));
    let template: string;
    if (typeof text === "string") template = text;
    else {
      const count = Number(values.count);
      template = (count === 0 ? text.zero : undefined) ?? text[new Intl.PluralRules(intlLocale).select(count)] ?? text.other;
      values.count = new Intl.NumberFormat(intlLocale, { numberingSystem: "latn" }).format(count);
    }
    return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
  };
}
