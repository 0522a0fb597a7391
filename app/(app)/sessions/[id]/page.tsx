import { CalendarDays, FileText, MapPin, Pencil, Printer, Plus } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddToCalendarLink } from "@/components/calendar/add-to-calendar";
import { MeetingsList } from "@/components/sessions/meetings-section";
import { OutcomesSection } from "@/components/sessions/outcomes-section";
import { ProgrammeDays } from "@/components/sessions/programme";
import { InviteesSection } from "@/components/sessions/invitees-section";
import { MyInvitation } from "@/components/sessions/my-invitation";
import { StatusActions } from "@/components/sessions/status-actions";
import { SessionStatusBadge } from "@/components/sessions/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { dateRange, sessionName } from "@/lib/sessions/format";
import { sessionPage } from "@/lib/sessions/page-queries";
import { findSession } from "@/lib/sessions/queries";
import { invitationAnswers } from "@/lib/sessions/invitation-queries";
import { parseId } from "@/lib/params";
import { CreatedNotice } from "@/components/ui/created-notice";
import { cursorText, firstParam } from "@/lib/validation";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission("session.read");
  const { t } = await getDictionary();
  const session = await findSession(viewer, parseId((await params).id));
  return { title: session ? sessionName(t.sessions, session.ordinal) : t.sessions.title };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const viewer = await requirePermission("session.read");
  const { locale, t } = await getDictionary();
  const query = await searchParams;
  const answer = invitationAnswers.find((a) => a === query.answer) ?? null;
  const page = await sessionPage(viewer, parseId((await params).id), { answer, after: cursorText(query.after), before: cursorText(query.before) });
  if (!page) notFound();
  const { session, programme, canManage, invitation, invitees } = page;
  const s = t.sessions;
  const name = sessionName(s, session.ordinal);
  const base = `/sessions/${session.id}`;
  // arriving from a create: only for who may make more (the links lead to the Bureau's forms)
  const justCreated = canManage ? firstParam(query.created) : undefined;

  return (
    <div className="space-y-8">
      <PageHeader
        crumbs={<Breadcrumbs label={s.breadcrumbs} items={[{ href: "/sessions", label: s.title }, { label: name }]} />}
        title={name}
        description={
          <span className="flex flex-col gap-1">
            {session.title !== name ? <span className="font-medium text-stone-800">{session.title}</span> : null}
            <span className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <span className="inline-flex items-center gap-1.5">
                <CalendarDays aria-hidden="true" size={16} />
                {dateRange(s, locale, session.startsOn, session.endsOn)}
              </span>
              <span className="inline-flex items-center gap-1.5">
                <MapPin aria-hidden="true" size={16} />
                {fill(s.venueCity, { venue: session.venue, city: session.city })}
              </span>
              <SessionStatusBadge status={session.status} labels={s.status} />
            </span>
          </span>
        }
        actions={
          <>
            <AddToCalendarLink type="session" id={session.id} label={t.calendar.addToCalendar} />
            <ButtonLink href={`/print/sessions/${session.id}`} variant="secondary">
              <Printer aria-hidden="true" size={18} />
              {t.calendar.print.printView}
            </ButtonLink>
            {canManage ? (
              <ButtonLink href={`${base}/edit`} variant="secondary">
                <Pencil aria-hidden="true" size={18} />
                {s.editSession}
              </ButtonLink>
            ) : null}
          </>
        }
      />

      {justCreated === "session" ? (
        <CreatedNotice
          message={t.created.session.done}
          steps={[
            { href: `${base}/sittings/new`, label: t.created.session.firstSitting },
            { href: `${base}/workshops/new`, label: t.created.session.firstWorkshop },
          ]}
        />
      ) : null}

      {session.description ? <p className="max-w-3xl leading-relaxed whitespace-pre-line text-stone-700">{session.description}</p> : null}

      {invitation ? <MyInvitation ordinal={session.ordinal} invitation={invitation.invitation} open={invitation.open} t={t} /> : null}

      {canManage ? (
        <Card aria-labelledby="session-manage">
          <h2 id="session-manage" className="mb-3 text-lg font-semibold text-stone-900">
            {fill(s.statusActions.current, { status: s.status[session.status] })}
          </h2>
          <StatusActions sessionId={session.id} status={session.status} t={s.statusActions} confirm={t.confirm} />
          <div className="mt-4 flex flex-wrap gap-2 border-t border-stone-100 pt-4">
            <ButtonLink href={`${base}/sittings/new`} variant="secondary" size="sm">
              <Plus aria-hidden="true" size={16} />
              {s.sitting.add}
            </ButtonLink>
            <ButtonLink href={`${base}/workshops/new`} variant="secondary" size="sm">
              <Plus aria-hidden="true" size={16} />
              {s.workshop.add}
            </ButtonLink>
            <ButtonLink href={`${base}/meetings/new`} variant="secondary" size="sm">
              <Plus aria-hidden="true" size={16} />
              {s.meetings.add}
            </ButtonLink>
            <ButtonLink href={`${base}/outcomes`} variant="secondary" size="sm">
              <FileText aria-hidden="true" size={16} />
              {s.outcomes.edit}
            </ButtonLink>
          </div>
        </Card>
      ) : null}

      {invitees ? (
        <section id="invitees" aria-labelledby="invitees-title" className="space-y-4">
          <h2 id="invitees-title" className="text-2xl font-bold text-stone-900">
            {t.invitations.title}
          </h2>
          <InviteesSection data={invitees} answer={answer} t={t} locale={locale} />
        </section>
      ) : null}

      <section aria-labelledby="programme" className="space-y-4">
        <h2 id="programme" className="text-2xl font-bold text-stone-900">
          {s.programme.title}
        </h2>
        <ProgrammeDays session={session} programme={programme} t={s} locale={locale} canManage={canManage} />
      </section>

      <section id="meetings" aria-labelledby="meetings-title" className="space-y-4">
        <h2 id="meetings-title" className="text-2xl font-bold text-stone-900">
          {s.meetings.title}
        </h2>
        {justCreated === "meeting" ? <CreatedNotice message={t.created.meeting.done} steps={[{ href: `${base}/meetings/new`, label: t.created.meeting.another }]} /> : null}
        <MeetingsList meetings={programme.meetings} sessionId={session.id} t={s} locale={locale} canManage={canManage} />
      </section>

      <section id="outcomes" aria-labelledby="outcomes-title" className="space-y-4">
        <h2 id="outcomes-title" className="text-2xl font-bold text-stone-900">
          {s.outcomes.title}
        </h2>
        <OutcomesSection session={session} workshops={programme.workshops} t={s} />
      </section>
    </div>
  );
}
