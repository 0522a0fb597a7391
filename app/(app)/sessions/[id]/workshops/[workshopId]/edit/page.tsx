import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddParticipantForm } from "@/components/sessions/add-participant-form";
import { AgendaEditor } from "@/components/sessions/agenda-editor";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { deleteLabels } from "@/components/sessions/labels";
import { ParticipantList } from "@/components/sessions/participant-list";
import { WorkshopForm } from "@/components/sessions/workshop-form";
import { ButtonLink } from "@/components/ui/button";
import { CreatedNotice } from "@/components/ui/created-notice";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { sessionName, workshopName } from "@/lib/sessions/format";
import { workshopFormValues } from "@/lib/sessions/schemas";
import { deleteWorkshop } from "@/lib/sessions/workshop-actions";
import { findWorkshop, workshopParticipantList } from "@/lib/sessions/workshop-queries";
import { parseId } from "@/lib/params";
import { firstParam } from "@/lib/validation";

type Props = { params: Promise<{ id: string; workshopId: string }>; searchParams: Promise<{ created?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.workshop.edit };
}

export default async function EditWorkshopPage({ params, searchParams }: Props) {
  const viewer = await requirePermission("session.manage");
  const { locale, t } = await getDictionary();
  const { id, workshopId } = await params;
  const found = await findWorkshop(viewer, parseId(id), parseId(workshopId));
  if (!found) notFound();
  const { session, workshop, facilitatorName, rapporteurName, agenda } = found;
  const participants = await workshopParticipantList(viewer, session.id, workshop.id);
  const s = t.sessions;
  const name = workshopName(s, workshop.number);
  const page = `/sessions/${session.id}/workshops/${workshop.id}`;
  const count = formatNumber(participants.length, locale);
  const justCreated = firstParam((await searchParams).created) === "workshop";
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={s.breadcrumbs}
            items={[
              { href: "/sessions", label: s.title },
              { href: `/sessions/${session.id}`, label: sessionName(s, session.ordinal) },
              { href: page, label: name },
              { label: s.workshop.manage },
            ]}
          />
        }
        title={`${name}: ${workshop.title}`}
        actions={
          <ButtonLink href={page} variant="secondary">
            {s.programme.openWorkshop}
          </ButtonLink>
        }
      />
      {justCreated ? (
        <CreatedNotice
          message={t.created.workshop.done}
          steps={[
            { href: `/sessions/${session.id}/workshops/new`, label: t.created.workshop.another },
            { href: `/sessions/${session.id}`, label: t.created.workshop.back },
          ]}
        />
      ) : null}
      <Card>
        <CardTitle>{s.workshop.edit}</CardTitle>
        <WorkshopForm
          mode="edit"
          defaults={workshopFormValues(workshop)}
          people={{
            facilitator: workshop.facilitatorId && facilitatorName ? { id: workshop.facilitatorId, name: facilitatorName } : null,
            rapporteur: workshop.rapporteurId && rapporteurName ? { id: workshop.rapporteurId, name: rapporteurName } : null,
          }}
          range={{ min: session.startsOn, max: session.endsOn }}
          cancelHref={page}
          t={s.workshop}
          picker={memberPickerLabels(t, locale)}
        />
      </Card>
      <Card>
        <CardTitle>{s.agenda.title}</CardTitle>
        <AgendaEditor owner="workshop" ownerId={workshop.id} items={agenda} t={s} locale={locale} />
      </Card>
      <Card>
        <CardTitle>{s.participants.title}</CardTitle>
        <p className="mb-3 text-sm text-stone-600">
          {workshop.capacity ? fill(s.participants.countOf, { count, capacity: formatNumber(workshop.capacity, locale) }) : fill(s.participants.count, { count })}
        </p>
        <AddParticipantForm workshopId={workshop.id} labels={{ member: s.participants.member, add: s.participants.add, hint: s.participants.ccFirst }} picker={memberPickerLabels(t, locale)} />
        <div className="mt-4 border-t border-stone-100 pt-2">
          <ParticipantList rows={participants} t={s} workshopId={workshop.id} />
        </div>
      </Card>
      <Card>
        <CardTitle>{s.workshop.delete}</CardTitle>
        <ConfirmDelete id={workshop.id} action={deleteWorkshop} labels={deleteLabels(s, s.workshop.delete, s.workshop.deleteQuestion)} />
      </Card>
    </div>
  );
}
