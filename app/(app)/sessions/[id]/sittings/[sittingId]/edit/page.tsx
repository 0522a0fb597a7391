import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgendaEditor } from "@/components/sessions/agenda-editor";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { deleteLabels } from "@/components/sessions/labels";
import { SittingForm } from "@/components/sessions/sitting-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { deleteSitting } from "@/lib/sessions/actions";
import { sessionName } from "@/lib/sessions/format";
import { findSitting } from "@/lib/sessions/queries";
import { sittingFormValues } from "@/lib/sessions/schemas";
import { parseId } from "@/lib/params";
import { firstParam } from "@/lib/validation";
import { CreatedNotice } from "@/components/ui/created-notice";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.sitting.edit };
}

export default async function EditSittingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; sittingId: string }>;
  searchParams: Promise<{ created?: string | string[] }>;
}) {
  const viewer = await requirePermission("session.manage");
  const { locale, t } = await getDictionary();
  const { id, sittingId } = await params;
  const found = await findSitting(viewer, parseId(id), parseId(sittingId));
  if (!found) notFound();
  const { session, sitting, rapporteurName, agenda } = found;
  const s = t.sessions;
  const name = sessionName(s, session.ordinal);
  const justCreated = firstParam((await searchParams).created) === "sitting";
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs label={s.breadcrumbs} items={[{ href: "/sessions", label: s.title }, { href: `/sessions/${session.id}`, label: name }, { label: sitting.title }]} />
        }
        title={sitting.title}
        description={name}
        actions={
          <ButtonLink href={`/sessions/${session.id}/sittings/${sitting.id}/attendance`} variant="secondary">
            {s.sitting.attendance}
          </ButtonLink>
        }
      />
      {justCreated ? (
        <CreatedNotice
          message={t.created.sitting.done}
          steps={[
            { href: `/sessions/${session.id}/sittings/new`, label: t.created.sitting.another },
            { href: `/sessions/${session.id}`, label: t.created.sitting.back },
          ]}
        />
      ) : null}
      <Card>
        <CardTitle>{s.sitting.edit}</CardTitle>
        <SittingForm
          mode="edit"
          defaults={sittingFormValues(sitting)}
          rapporteur={sitting.rapporteurId && rapporteurName ? { id: sitting.rapporteurId, name: rapporteurName } : null}
          range={{ min: session.startsOn, max: session.endsOn }}
          cancelHref={`/sessions/${session.id}`}
          t={s.sitting}
          kindLabels={s.sittingKinds}
          picker={memberPickerLabels(t, locale)}
        />
      </Card>
      <Card>
        <CardTitle>{s.agenda.title}</CardTitle>
        <AgendaEditor owner="sitting" ownerId={sitting.id} items={agenda} t={s} locale={locale} />
      </Card>
      <Card>
        <CardTitle>{s.sitting.delete}</CardTitle>
        <ConfirmDelete id={sitting.id} action={deleteSitting} labels={deleteLabels(s, s.sitting.delete, s.sitting.deleteQuestion)} />
      </Card>
    </div>
  );
}
