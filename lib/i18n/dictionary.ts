import { ar } from "./ar";
import type { ArabicPlural, PluralMessage } from "./intl";

// An Arabic count's six forms become any language's plural message: French writes its own three.
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends ArabicPlural ? PluralMessage : Widen<T[K]> };

/** The shape every language fills: Arabic is the reference. */
export type Dictionary = Widen<typeof ar>;

/** Fills {placeholders}: t(d.common.pageOf, { page: 2, pages: 9 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
