import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanForm } from "@/components/rooting/plan-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { findPlan, sessionChoices } from "@/lib/rooting/queries";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.rooting.plan.edit };
}

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("rooting.plan");
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const plan = await findPlan(viewer, parseId((await params).id));
  if (!plan) notFound();
  const sessions = await sessionChoices(viewer);
  return (
    <div className="max-w-3xl">
      <PageHeader crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/rooting", label: r.title }, { label: r.plan.edit }]} />} title={r.plan.edit} description={plan.title} />
      <Card>
        <PlanForm
          mode="edit"
          defaults={{ id: String(plan.id), title: plan.title, adoptedBySessionId: plan.adoptedBySessionId ? String(plan.adoptedBySessionId) : "", goals: plan.goals.join("\n"), startsOn: plan.startsOn }}
          sessions={sessions.map((s) => ({ value: s.id, label: `${s.title} (${formatDate(s.startsOn, locale)})` }))}
          t={r.plan}
        />
      </Card>
    </div>
  );
}
