import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { ProvinceOption, ScopeLabels, ScopeOption } from "./scope-fields";
import { localName } from "@/lib/i18n/names";

/** The scope selects' labels and options in the viewer's language, for the client forms. */
export function scopeProps(
  options: { regions: { id: number; nameAr: string; nameFr: string }[]; provinces: { id: number; regionId: number; nameAr: string; nameFr: string }[] },
  t: Dictionary,
  locale: Locale,
): { labels: ScopeLabels; regions: ScopeOption[]; provinces: ProvinceOption[] } {
  const name = (row: { nameAr: string; nameFr: string }) => localName(row, locale);
  return {
    labels: {
      scope: t.admin.scope,
      region: t.admin.region,
      chooseRegion: t.admin.chooseRegion,
      province: t.admin.province,
      provinceHint: t.admin.provinceHint,
      wholeRegion: t.admin.wholeRegion,
    },
    regions: options.regions.map((r) => ({ id: r.id, name: name(r) })),
    provinces: options.provinces.map((p) => ({ id: p.id, regionId: p.regionId, name: name(p) })),
  };
}
