import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { AssignmentForm } from "@/components/papers/assignment-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { workshopHref } from "@/lib/calendar/links";
import { fill, getDictionary } from "@/lib/i18n";
import { workshopForAssignment } from "@/lib/papers/queries";
import { firstParam, toId } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.papers.assign.title };
}

export default async function NewAssignmentPage({ searchParams }: { searchParams: Promise<{ workshop?: string }> }) {
  await requirePermission("session.manage");
  const { locale, t } = await getDictionary();
  const workshopId = toId(firstParam((await searchParams).workshop));
  const workshop = workshopId ? await workshopForAssignment(workshopId) : null;
  if (!workshop) notFound();
  const back = workshopHref(workshop.sessionId, workshop.id);
  const workshopLabel = fill(t.papers.workshopLabel, { number: workshop.number, title: workshop.title });

  return (
    <div className="max-w-2xl">
      <PageHeader
        title={t.papers.assign.title}
        description={`${workshop.sessionTitle} · ${workshopLabel}`}
        crumbs={<Breadcrumbs label={t.papers.breadcrumbs} items={[{ href: "/assignments", label: t.papers.title }, { href: back, label: workshopLabel }, { label: t.papers.assign.title }]} />}
      />
      {workshop.paperId ? (
        <Alert tone="info">
          <p>{t.papers.assign.alreadyAssigned}</p>
          <ButtonLink href={`/assignments/${workshop.paperId}`} variant="secondary" size="sm" className="mt-2">
            {t.papers.assign.openExisting}
          </ButtonLink>
        </Alert>
      ) : (
        <Card>
          <AssignmentForm mode="create" workshopId={workshop.id} title={workshop.title} dueOn="" dueMax={workshop.date} assignees={[]} cancelHref={back} t={t.papers.assign} picker={memberPickerLabels(t, locale)} />
        </Card>
      )}
    </div>
  );
}
