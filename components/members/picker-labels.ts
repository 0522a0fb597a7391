import type { Dictionary } from "@/lib/i18n/dictionary";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import type { MemberPickerLabels } from "./member-picker";

/** The member picker's strings, from the dictionary, for the client component. */
export function memberPickerLabels(t: Dictionary, locale: Locale): MemberPickerLabels {
  return { locale: intlLocale(locale), ...t.members.picker };
}
