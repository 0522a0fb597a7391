import { ar } from "./ar";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language fills: Arabic is the reference. */
export type Dictionary = Widen<typeof ar>;

/** Fills {placeholders}: t(d.common.pageOf, { page: 2, pages: 9 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
