import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { TrainingForm } from "@/components/rooting/training-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { trainingFormValues } from "@/lib/rooting/schemas";
import { findTraining, trainingForEdit, trainingFormChoices, trainingRights } from "@/lib/rooting/training-queries";
import { parseId } from "@/lib/params";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission("rooting.read");
  const { t } = await getDictionary();
  const training = await findTraining(viewer, parseId((await params).id));
  return { title: training ? `${t.rooting.trainings.edit} — ${training.title}` : t.rooting.trainings.edit };
}

export default async function EditTrainingPage({ params }: Props) {
  const viewer = await requirePermission("rooting.record");
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const found = await trainingForEdit(viewer, parseId((await params).id));
  if (!found) notFound();
  const { detail, row } = found;
  if (!trainingRights(viewer, detail).manage) forbidden();
  const choices = await trainingFormChoices(viewer, locale, row.id);
  const base = `/rooting/trainings/${row.id}`;
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={r.breadcrumbs}
            items={[{ href: "/rooting", label: r.title }, { href: "/rooting/trainings", label: r.trainings.title }, { href: base, label: row.title }, { label: r.trainings.edit }]}
          />
        }
        title={r.trainings.edit}
        description={`${row.title} · ${r.levels[row.level]}`}
      />
      <Card>
        <TrainingForm
          mode="edit"
          defaults={trainingFormValues(row, detail.regions.map((g) => g.id))}
          choices={choices}
          cancelHref={base}
          t={{ form: r.form, levels: r.levels }}
        />
      </Card>
    </div>
  );
}
