import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { EditCellForm } from "@/components/territory/cell-form";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { cellFormLabels, cellKindOptions, deleteLabels } from "@/components/territory/form-labels";
import { TerritoryCrumbs } from "@/components/territory/territory-crumbs";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { can, inScope } from "@/lib/permissions";
import { deleteCell } from "@/lib/territory/actions";
import { getCell } from "@/lib/territory/queries";
import { idOrNull } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.territory.editCell };
}

export default async function EditCellPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "territory.manage")) forbidden();
  const cellId = idOrNull((await params).id);
  const data = cellId ? await getCell(user, cellId) : null;
  if (!data) notFound();
  const { cell, branch } = data;
  if (!inScope(user, { regionId: branch.regionId, provinceId: branch.provinceId })) forbidden();
  const { locale, t } = await getDictionary();
  const region = { id: branch.regionId, nameAr: branch.regionNameAr, nameFr: branch.regionNameFr };
  const province = { id: branch.provinceId, nameAr: branch.provinceNameAr, nameFr: branch.provinceNameFr };
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        crumbs={<TerritoryCrumbs t={t} locale={locale} region={region} province={province} branch={branch} current={t.territory.editCell} />}
        title={fill(t.territory.editCellTitle, { name: cell.name })}
      />
      <Card>
        <EditCellForm cell={cell} branchId={branch.id} kinds={cellKindOptions(t)} labels={cellFormLabels(t, t.common.save)} />
      </Card>
      <Card>
        <CardTitle>{t.territory.deleteCell}</CardTitle>
        <p className="mb-4 text-sm text-stone-600">{t.territory.deleteCellHint}</p>
        <ConfirmDelete id={cell.id} action={deleteCell} labels={deleteLabels(t, t.territory.deleteCell, fill(t.territory.deleteCellQuestion, { name: cell.name }))} />
      </Card>
    </div>
  );
}
