import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TerritoryCrumbs } from "@/components/territory/territory-crumbs";
import { TerritoryStats } from "@/components/territory/territory-stats";
import { ProvincesTable } from "@/components/territory/territory-tables";
import { EmptyState } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser, requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { getRegion } from "@/lib/territory/queries";
import { idOrNull } from "@/lib/params";
import { nameIn, otherLang, otherNameIn } from "@/lib/i18n/names";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }, user] = await Promise.all([params, getDictionary(), getCurrentUser()]);
  const regionId = idOrNull(id);
  const data = user && regionId ? await getRegion(user, regionId) : null;
  return { title: data ? fill(t.territory.regionTitle, { name: nameIn(locale, data.region.nameAr, data.region.nameFr) }) : t.territory.title };
}

export default async function RegionPage({ params }: Props) {
  const user = await requirePermission("territory.read");
  const regionId = idOrNull((await params).id);
  const data = regionId ? await getRegion(user, regionId) : null;
  if (!data) notFound();
  const { locale, t } = await getDictionary();
  const { region, provinces } = data;
  const name = nameIn(locale, region.nameAr, region.nameFr);
  const other = otherNameIn(locale, region.nameAr, region.nameFr);
  const sum = (key: "branches" | "cells" | "activeMembers") => provinces.reduce((n, p) => n + p[key], 0);
  return (
    <>
      <PageHeader
        crumbs={<TerritoryCrumbs t={t} locale={locale} region={region} />}
        title={fill(t.territory.regionTitle, { name })}
        description={
          <>
            <bdi lang={otherLang(locale)}>{other}</bdi> · {t.territory.code} {region.code}
          </>
        }
      />
      <TerritoryStats
        locale={locale}
        figures={[
          { label: t.territory.provinces, value: provinces.length },
          { label: t.territory.branches, value: sum("branches") },
          { label: t.territory.cells, value: sum("cells") },
          { label: t.territory.activeMembers, value: sum("activeMembers") },
        ]}
      />
      {provinces.length ? <ProvincesTable rows={provinces} t={t} locale={locale} /> : <EmptyState title={t.territory.noProvinces} />}
    </>
  );
}
