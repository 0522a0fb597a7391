import { ListChecks, Pencil, Printer } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddToCalendarLink } from "@/components/calendar/add-to-calendar";
import { WorkshopPaperPanel } from "@/components/papers/workshop-paper-panel";
import { DetailList } from "@/components/sessions/detail-list";
import { AgendaList } from "@/components/sessions/agenda-list";
import { RecommendationList } from "@/components/sessions/outcomes-section";
import { ParticipantList } from "@/components/sessions/participant-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { sessionName, timeRange, workshopName } from "@/lib/sessions/format";
import { findWorkshop, workshopParticipantList } from "@/lib/sessions/workshop-queries";
import { parseId } from "@/lib/params";

type Props = { params: Promise<{ id: string; workshopId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission("session.read");
  const { t } = await getDictionary();
  const { id, workshopId } = await params;
  const found = await findWorkshop(viewer, parseId(id), parseId(workshopId));
  return { title: found ? `${workshopName(t.sessions, found.workshop.number)} — ${found.workshop.title}` : t.sessions.title };
}

export default async function WorkshopPage({ params }: Props) {
  const viewer = await requirePermission("session.read");
  const { locale, t } = await getDictionary();
  const { id, workshopId } = await params;
  const found = await findWorkshop(viewer, parseId(id), parseId(workshopId));
  if (!found) notFound();
  const { session, workshop, facilitatorName, rapporteurName, agenda, recommendations } = found;
  const participants = await workshopParticipantList(viewer, session.id, workshop.id);
  const s = t.sessions;
  const canManage = can(viewer, "session.manage");
  const canRecord = canManage || (viewer.memberId !== null && viewer.memberId === workshop.rapporteurId);
  const base = `/sessions/${session.id}/workshops/${workshop.id}`;
  const notSet = <span className="text-stone-500">{s.workshop.notSet}</span>;
  const count = formatNumber(participants.length, locale);

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={s.breadcrumbs}
            items={[
              { href: "/sessions", label: s.title },
              { href: `/sessions/${session.id}`, label: sessionName(s, session.ordinal) },
              { label: workshopName(s, workshop.number) },
            ]}
          />
        }
        title={workshop.title}
        description={workshopName(s, workshop.number)}
        actions={
          <>
            <AddToCalendarLink type="workshop" id={workshop.id} label={t.calendar.addToCalendar} />
            <ButtonLink href={`/print/workshops/${workshop.id}`} variant="secondary">
              <Printer aria-hidden="true" size={18} />
              {t.calendar.print.printView}
            </ButtonLink>
            {canManage ? (
              <ButtonLink href={`${base}/edit`} variant="secondary">
                <Pencil aria-hidden="true" size={18} />
                {s.workshop.manage}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
        {/* on a phone the workshop's facts come first, its participants last */}
        <Card className="lg:col-start-3 lg:row-start-1">
          <CardTitle>{s.workshop.details}</CardTitle>
          <DetailList
            items={[
              { label: s.workshop.date, value: formatDate(workshop.date, locale) },
              {
                label: s.programme.time,
                value: (
                  <span className="tabular-nums">
                    {timeRange(s, workshop.startTime, workshop.endTime)}
                  </span>
                ),
              },
              { label: s.workshop.room, value: workshop.room ?? notSet },
              { label: s.workshop.facilitator, value: facilitatorName ?? notSet },
              { label: s.workshop.rapporteur, value: rapporteurName ?? notSet },
            ]}
          />
        </Card>
        <div className="space-y-6 lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          {workshop.theme || workshop.questions.length ? (
            <Card>
              <CardTitle>{s.programme.theme}</CardTitle>
              {workshop.theme ? <p className="leading-relaxed text-stone-800">{workshop.theme}</p> : null}
              {workshop.questions.length ? (
                <>
                  <h3 className="mt-4 mb-2 font-semibold text-stone-900">{s.programme.questions}</h3>
                  <ul className="list-disc space-y-1 ps-6 marker:text-brand-700">
                    {workshop.questions.map((q, i) => (
                      <li key={i}>{q}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </Card>
          ) : null}
          <Card>
            <CardTitle>{s.programme.agenda}</CardTitle>
            <AgendaList items={agenda} t={s} locale={locale} />
          </Card>
          <WorkshopPaperPanel workshopId={workshop.id} viewer={viewer} />
          <Card>
            <CardTitle
              action={
                canRecord ? (
                  <ButtonLink href={`${base}/recommendations`} variant="secondary" size="sm">
                    <ListChecks aria-hidden="true" size={16} />
                    {s.outcomes.editRecommendations}
                  </ButtonLink>
                ) : null
              }
            >
              {s.outcomes.recommendations}
            </CardTitle>
            <RecommendationList items={recommendations} t={s} />
          </Card>
        </div>
        <Card className="lg:col-start-3 lg:row-start-2">
          <CardTitle>{s.participants.title}</CardTitle>
          <p className="mb-2 text-sm text-stone-600">
            {workshop.capacity ? fill(s.participants.countOf, { count, capacity: formatNumber(workshop.capacity, locale) }) : fill(s.participants.count, { count })}
          </p>
          <ParticipantList rows={participants} t={s} />
        </Card>
      </div>
    </div>
  );
}
