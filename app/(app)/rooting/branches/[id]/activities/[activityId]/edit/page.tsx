import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { EditActivityForm } from "@/components/rooting/branch-activity-form";
import { activityFormLabels, activityKindOptions } from "@/components/rooting/branch-labels";
import { CoverageCrumbs } from "@/components/rooting/coverage-crumbs";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, todayInMorocco } from "@/lib/i18n/format";
import { findActivity } from "@/lib/rooting/branch-queries";
import { deleteRootingActivity } from "@/lib/rooting/branch-actions";
import { idOrNull } from "@/lib/params";

type Props = { params: Promise<{ id: string; activityId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.rooting.branchRooting.editActivity };
}

export default async function EditActivityPage({ params }: Props) {
  const user = await requirePermission("rooting.record");
  const { id, activityId } = await params;
  const branchId = idOrNull(id);
  const activityRowId = idOrNull(activityId);
  const data = branchId && activityRowId ? await findActivity(user, branchId, activityRowId) : null;
  if (data === null) notFound();
  if (data === "forbidden" || !data.branch.recordable) forbidden();
  const { locale, t } = await getDictionary();
  const b = t.rooting.branchRooting;
  const { branch, activity } = data;
  const date = formatDate(activity.date, locale);
  const region = { id: branch.regionId, nameAr: branch.regionNameAr, nameFr: branch.regionNameFr };
  const province = { id: branch.provinceId, nameAr: branch.provinceNameAr, nameFr: branch.provinceNameFr };
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        crumbs={<CoverageCrumbs t={t.rooting} locale={locale} region={region} province={province} branch={branch} current={b.editActivity} />}
        title={fill(b.editActivityTitle, { date })}
      />
      <Card>
        <EditActivityForm
          activity={activity}
          cancelHref={`/rooting/branches/${branch.id}#activities`}
          kinds={activityKindOptions(t)}
          today={todayInMorocco()}
          labels={activityFormLabels(t, t.common.save)}
        />
      </Card>
      <ConfirmDelete
        id={activity.id}
        action={deleteRootingActivity}
        labels={{
          trigger: b.deleteActivity,
          question: fill(b.deleteActivityQuestion, { date }),
          confirm: t.common.confirmDelete,
          cancel: t.common.cancel,
          pending: b.deleting,
        }}
      />
    </div>
  );
}
