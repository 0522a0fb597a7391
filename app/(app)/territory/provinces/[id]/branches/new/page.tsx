import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { NewBranchForm } from "@/components/territory/branch-form";
import { branchFormLabels, provinceOptions } from "@/components/territory/form-labels";
import { TerritoryCrumbs } from "@/components/territory/territory-crumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { can, inScope } from "@/lib/permissions";
import { findProvince, manageableProvinces } from "@/lib/territory/queries";
import { idOrNull } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.territory.addBranch };
}

export default async function NewBranchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "territory.manage")) forbidden();
  const provinceId = idOrNull((await params).id);
  const province = provinceId ? await findProvince(user, provinceId) : null;
  if (!province) notFound();
  if (!inScope(user, { regionId: province.regionId, provinceId: province.id })) forbidden();
  const [{ locale, t }, provinces] = await Promise.all([getDictionary(), manageableProvinces(user)]);
  const region = { id: province.regionId, nameAr: province.regionNameAr, nameFr: province.regionNameFr };
  return (
    <div className="max-w-2xl">
      <PageHeader
        crumbs={<TerritoryCrumbs t={t} locale={locale} region={region} province={province} current={t.territory.addBranch} />}
        title={fill(t.territory.newBranchTitle, { province: nameIn(locale, province.nameAr, province.nameFr) })}
      />
      <Card>
        <NewBranchForm provinceId={province.id} provinces={provinceOptions(provinces, locale)} labels={branchFormLabels(t, t.common.create)} />
      </Card>
    </div>
  );
}
