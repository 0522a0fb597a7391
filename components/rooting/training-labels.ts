import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import { nameIn } from "@/lib/i18n/names";

type Text = Dictionary["rooting"];

/** A place's name in the viewer's language (Arabic when there is no French one). */

/** "4 يونيو 2017" or "3 يونيو 2017 – 4 يونيو 2017". */
export function trainingDates(t: Text, locale: Locale, startsOn: string, endsOn: string): string {
  const from = formatDate(startsOn, locale);
  return startsOn === endsOn ? from : fill(t.trainings.dates, { from, to: formatDate(endsOn, locale) });
}

export interface PlacedTraining {
  level: "national" | "regional" | "provincial" | "local";
  regions: { id: number; nameAr: string; nameFr: string }[];
  provinceNameAr: string | null;
  provinceNameFr: string | null;
  branchNameAr: string | null;
  branchNameFr: string | null;
}

/** What a training covers: its regions, its province (and branch), or the whole country. */
export function trainingScope(t: Text, locale: Locale, training: PlacedTraining): string {
  if (training.level === "national") return t.trainings.allRegions;
  if (training.level === "regional") return training.regions.map((r) => nameIn(locale, r.nameAr, r.nameFr)).join(" · ");
  const province = training.provinceNameAr ? nameIn(locale, training.provinceNameAr, training.provinceNameFr) : "";
  const branch = training.branchNameAr ? nameIn(locale, training.branchNameAr, training.branchNameFr) : null;
  return branch ? `${branch}، ${province}` : province;
}

/** "مقر الحزب، الرباط" or the city alone. */
export function trainingPlace(t: Text, venue: string | null, city: string): string {
  return venue ? fill(t.trainings.venueCity, { venue, city }) : city;
}
