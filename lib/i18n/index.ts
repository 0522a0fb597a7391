import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { ar } from "./ar";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "./config";
import type { Dictionary } from "./dictionary";
import { fr } from "./fr";

export type { Dictionary } from "./dictionary";
export { fill } from "./dictionary";

const dictionaries: Record<Locale, Dictionary> = { ar, fr };

export function dictionaryFor(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** The viewer's language: the locale cookie, else Arabic. Reading it makes the page dynamic. */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
});

export async function getDictionary(): Promise<{ locale: Locale; t: Dictionary }> {
  const locale = await getLocale();
  return { locale, t: dictionaries[locale] };
}
