import type { Metadata } from "next";
import { TrainingForm } from "@/components/rooting/training-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { currentPlan } from "@/lib/rooting/queries";
import { trainingFormChoices } from "@/lib/rooting/training-queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.rooting.trainings.new };
}

export default async function NewTrainingPage() {
  const viewer = await requirePermission("rooting.record");
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const [choices, plan] = await Promise.all([trainingFormChoices(viewer, locale), currentPlan(viewer)]);
  const onlyProvince = choices.provinces.length === 1 ? String(choices.provinces[0].id) : "";
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/rooting", label: r.title }, { href: "/rooting/trainings", label: r.trainings.title }, { label: r.trainings.new }]} />}
        title={r.trainings.new}
        description={r.trainings.description}
      />
      <Card>
        <TrainingForm
          mode="create"
          defaults={{
            level: can(viewer, "rooting.plan") ? "regional" : "provincial",
            planId: plan ? String(plan.id) : "",
            title: "",
            startsOn: "",
            endsOn: "",
            startTime: "",
            venue: "",
            city: "",
            regionIds: [],
            provinceId: onlyProvince,
            branchId: "",
            parentId: "",
            rapporteur: "",
          }}
          choices={choices}
          cancelHref="/rooting/trainings"
          t={{ form: r.form, levels: r.levels }}
        />
      </Card>
    </div>
  );
}
