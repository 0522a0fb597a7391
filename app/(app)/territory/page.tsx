import type { Metadata } from "next";
import { TerritoryStats } from "@/components/territory/territory-stats";
import { RegionsTable } from "@/components/territory/territory-tables";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { listRegions } from "@/lib/territory/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.territory.title };
}

export default async function TerritoryPage() {
  const user = await requirePermission("territory.read");
  const { locale, t } = await getDictionary();
  const rows = await listRegions(user);
  const sum = (key: "provinces" | "branches" | "cells" | "activeMembers") => rows.reduce((n, r) => n + r[key], 0);
  return (
    <>
      <PageHeader title={t.territory.title} description={t.territory.intro} />
      <TerritoryStats
        locale={locale}
        figures={[
          { label: t.territory.provinces, value: sum("provinces") },
          { label: t.territory.branches, value: sum("branches") },
          { label: t.territory.cells, value: sum("cells") },
          { label: t.territory.activeMembers, value: sum("activeMembers") },
        ]}
      />
      <RegionsTable rows={rows} t={t} locale={locale} />
    </>
  );
}
