import type { Metadata } from "next";
import { PlanForm } from "@/components/rooting/plan-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { sessionChoices } from "@/lib/rooting/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.rooting.plan.new };
}

export default async function NewPlanPage() {
  const viewer = await requirePermission("rooting.plan");
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const sessions = await sessionChoices(viewer);
  return (
    <div className="max-w-3xl">
      <PageHeader crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/rooting", label: r.title }, { label: r.plan.new }]} />} title={r.plan.new} description={r.plan.newHint} />
      <Card>
        <PlanForm
          mode="create"
          defaults={{ title: r.title, adoptedBySessionId: "", goals: "", startsOn: "" }}
          sessions={sessions.map((s) => ({ value: s.id, label: `${s.title} (${formatDate(s.startsOn, locale)})` }))}
          t={r.plan}
        />
      </Card>
    </div>
  );
}
