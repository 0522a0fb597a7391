import { Breadcrumbs } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { localName } from "@/lib/i18n/names";

interface Place {
  id: number;
  nameAr: string;
  nameFr: string | null;
}

/** خطة التجذر › التغطية › region › province › branch; the last one given is the current page unless `current` is. */
export function CoverageCrumbs({
  t,
  locale,
  region,
  province,
  branch,
  current,
}: {
  t: Dictionary["rooting"];
  locale: Locale;
  region?: Place;
  province?: Place;
  branch?: Place;
  current?: string;
}) {
  const items: { href?: string; label: string }[] = [
    { href: "/rooting", label: t.title },
    { href: "/rooting/coverage", label: t.coverage.title },
  ];
  if (region) items.push({ href: `/rooting/coverage?region=${region.id}`, label: localName(region, locale) });
  if (province) items.push({ href: `/rooting/coverage?province=${province.id}`, label: localName(province, locale) });
  if (branch) items.push({ href: `/rooting/branches/${branch.id}`, label: localName(branch, locale) });
  if (current) items.push({ label: current });
  else items[items.length - 1] = { label: items[items.length - 1].label };
  return <Breadcrumbs items={items} label={t.coverage.breadcrumbs} />;
}
