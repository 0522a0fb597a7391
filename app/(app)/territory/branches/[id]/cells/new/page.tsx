import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { NewCellForm } from "@/components/territory/cell-form";
import { cellFormLabels, cellKindOptions } from "@/components/territory/form-labels";
import { TerritoryCrumbs } from "@/components/territory/territory-crumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { can, inScope } from "@/lib/permissions";
import { findBranch } from "@/lib/territory/queries";
import { idOrNull } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.territory.addCell };
}

export default async function NewCellPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "territory.manage")) forbidden();
  const branchId = idOrNull((await params).id);
  const branch = branchId ? await findBranch(user, branchId) : null;
  if (!branch) notFound();
  if (!inScope(user, { regionId: branch.regionId, provinceId: branch.provinceId })) forbidden();
  const { locale, t } = await getDictionary();
  const region = { id: branch.regionId, nameAr: branch.regionNameAr, nameFr: branch.regionNameFr };
  const province = { id: branch.provinceId, nameAr: branch.provinceNameAr, nameFr: branch.provinceNameFr };
  return (
    <div className="max-w-2xl">
      <PageHeader
        crumbs={<TerritoryCrumbs t={t} locale={locale} region={region} province={province} branch={branch} current={t.territory.addCell} />}
        title={fill(t.territory.newCellTitle, { branch: nameIn(locale, branch.nameAr, branch.nameFr) })}
      />
      <Card>
        <NewCellForm branchId={branch.id} kinds={cellKindOptions(t)} labels={cellFormLabels(t, t.common.create)} />
      </Card>
    </div>
  );
}
