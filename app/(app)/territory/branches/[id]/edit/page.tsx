import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { EditBranchForm } from "@/components/territory/branch-form";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { branchFormLabels, deleteLabels, provinceOptions } from "@/components/territory/form-labels";
import { TerritoryCrumbs } from "@/components/territory/territory-crumbs";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { can, inScope } from "@/lib/permissions";
import { deleteBranch } from "@/lib/territory/actions";
import { findBranch, manageableProvinces } from "@/lib/territory/queries";
import { idOrNull } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.territory.editBranch };
}

export default async function EditBranchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "territory.manage")) forbidden();
  const branchId = idOrNull((await params).id);
  const branch = branchId ? await findBranch(user, branchId) : null;
  if (!branch) notFound();
  if (!inScope(user, { regionId: branch.regionId, provinceId: branch.provinceId })) forbidden();
  const [{ locale, t }, provinces] = await Promise.all([getDictionary(), manageableProvinces(user)]);
  const region = { id: branch.regionId, nameAr: branch.regionNameAr, nameFr: branch.regionNameFr };
  const province = { id: branch.provinceId, nameAr: branch.provinceNameAr, nameFr: branch.provinceNameFr };
  const name = nameIn(locale, branch.nameAr, branch.nameFr);
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        crumbs={<TerritoryCrumbs t={t} locale={locale} region={region} province={province} branch={branch} current={t.territory.editBranch} />}
        title={fill(t.territory.editBranchTitle, { name })}
      />
      <Card>
        <EditBranchForm
          branch={branch}
          provinces={provinceOptions(provinces, locale)} labels={branchFormLabels(t, t.common.save)} />
      </Card>
      <Card>
        <CardTitle>{t.territory.deleteBranch}</CardTitle>
        <p className="mb-4 text-sm text-stone-600">{t.territory.deleteHint}</p>
        <ConfirmDelete id={branch.id} action={deleteBranch} labels={deleteLabels(t, t.territory.deleteBranch, fill(t.territory.deleteBranchQuestion, { name }))} />
      </Card>
    </div>
  );
}
