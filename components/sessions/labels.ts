import type { Dictionary } from "@/lib/i18n/dictionary";
import type { PickerLabels } from "./member-picker";

/** The picker's strings, taken from the sessions dictionary for the client component. */
export function pickerLabels(t: Dictionary["sessions"]): PickerLabels {
  const p = t.picker;
  return { search: p.search, searching: p.searching, results: p.results, noResults: p.noResults, choose: p.choose, clear: p.clear, none: p.none, committee: p.committee, minChars: p.minChars };
}

export function deleteLabels(t: Dictionary["sessions"], trigger: string, question: string) {
  return { trigger, question, confirm: t.confirm, cancel: t.cancel, pending: t.deleting };
}
