import { countryName } from "@/lib/diplomacy/countries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { ConfirmDeleteLabels } from "@/components/ui/confirm-delete";
import { nameIn, otherNameIn } from "@/lib/i18n/names";

type DiplomacyText = Dictionary["diplomacy"];

export function deleteLabels(t: DiplomacyText, trigger: string, question: string): ConfirmDeleteLabels {
  return { trigger, question, confirm: t.confirm, cancel: t.cancel, pending: t.deleting };
}

export const diplomacyLinks = (t: DiplomacyText) => [
  { href: "/diplomacy/parties", label: t.landing.parties },
  { href: "/diplomacy/events", label: t.events.title },
  { href: "/diplomacy/meetings", label: t.meetings.title },
  { href: "/diplomacy/agreements", label: t.agreements.title },
];

/** The party picker's words, for meetings or agreements. */
export function partyPickerLabels(t: DiplomacyText, label: string) {
  const p = t.partyPicker;
  return { label, filter: p.filter, add: p.add, remove: p.remove, none: p.none, noMatch: p.noMatch };
}

/** The partner parties as the picker shows them: the name in the viewer's language, the other name and country beside it. */
export function pickableParties(
  parties: { id: number; nameAr: string; nameOriginal: string; country: string }[],
  locale: Locale,
): { id: number; name: string; detail: string }[] {
  return parties.map((p) => ({
    id: p.id,
    name: nameIn(locale, p.nameAr, p.nameOriginal),
    detail: `${otherNameIn(locale, p.nameAr, p.nameOriginal) ?? p.nameAr} · ${countryName(p.country, locale)}`,
  }));
}

/** The owner picker's words. */
