import type { Dictionary } from "@/lib/i18n/dictionary";

export function deleteLabels(t: Dictionary["sessions"], trigger: string, question: string) {
  return { trigger, question, confirm: t.confirm, cancel: t.cancel, pending: t.deleting };
}
