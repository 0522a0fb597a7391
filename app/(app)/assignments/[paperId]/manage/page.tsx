import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { AssignmentForm } from "@/components/papers/assignment-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { paperAssignmentPage } from "@/lib/papers/page-queries";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.papers.assign.manageTitle };
}

export default async function ManageAssignmentPage({ params }: { params: Promise<{ paperId: string }> }) {
  const viewer = await requirePermission("session.manage");
  const { locale, t } = await getDictionary();
  const paperId = parseId((await params).paperId);
  const access = await paperAssignmentPage(viewer, paperId);
  if (!access) notFound();
  const { assignees } = access;
  const href = `/assignments/${paperId}`;

  return (
    <div className="max-w-2xl">
      <PageHeader
        title={t.papers.assign.manageTitle}
        description={`${access.session.title} · ${fill(t.papers.workshopLabel, { number: access.workshop.number, title: access.workshop.title })}`}
        crumbs={<Breadcrumbs label={t.papers.breadcrumbs} items={[{ href: "/assignments", label: t.papers.title }, { href, label: access.paper.title }, { label: t.papers.assign.manageTitle }]} />}
      />
      <Card>
        <AssignmentForm
          mode="edit"
          paperId={paperId}
          version={access.paper.version}
          title={access.paper.title}
          dueOn={access.paper.dueOn}
          dueMax={access.workshop.date}
          assignees={assignees}
          cancelHref={href}
          t={t.papers.assign}
          picker={memberPickerLabels(t, locale)}
        />
      </Card>
    </div>
  );
}
