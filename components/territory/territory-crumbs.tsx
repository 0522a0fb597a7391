import { Breadcrumbs } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { nameIn } from "@/lib/i18n/names";

interface Place {
  id: number;
  nameAr: string;
  nameFr: string | null;
}

/**
 * nation › region › province › branch, each a link, then the current page. When `current` is
 * omitted the deepest place given is the current page.
 */
export function TerritoryCrumbs({
  t,
  locale,
  region,
  province,
  branch,
  current,
}: {
  t: Dictionary;
  locale: Locale;
  region?: Place;
  province?: Place;
  branch?: Place;
  current?: string;
}) {
  const items: { href?: string; label: string }[] = [{ href: "/territory", label: t.territory.nation }];
  if (region) items.push({ href: `/territory/regions/${region.id}`, label: nameIn(locale, region.nameAr, region.nameFr) });
  if (province) items.push({ href: `/territory/provinces/${province.id}`, label: nameIn(locale, province.nameAr, province.nameFr) });
  if (branch) items.push({ href: `/territory/branches/${branch.id}`, label: nameIn(locale, branch.nameAr, branch.nameFr) });
  if (current) items.push({ label: current });
  else items[items.length - 1] = { label: items[items.length - 1].label };
  return <Breadcrumbs items={items} label={t.territory.breadcrumbs} />;
}
