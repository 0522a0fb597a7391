import { Clock, DoorOpen, Pencil, UsersRound } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatNumber, plural } from "@/lib/i18n/format";
import { timeRange, workshopName } from "@/lib/sessions/format";
import type { Programme, ProgrammeSitting, ProgrammeWorkshop } from "@/lib/sessions/queries";
import { daysBetween } from "@/lib/sessions/time";
import { AgendaList } from "./agenda-list";

type Text = Dictionary["sessions"];

function Fact({ label, children, icon, labelled }: { label: string; children: ReactNode; icon?: ReactNode; labelled: string }) {
  return (
    <div className="flex min-w-0 items-baseline gap-1.5">
      <dt className="shrink-0 text-stone-600">
        {icon ? (
          <>
            {icon}
            <span className="sr-only">{label}</span>
          </>
        ) : (
          fill(labelled, { label })
        )}
      </dt>
      <dd className="min-w-0 break-words text-stone-900">{children}</dd>
    </div>
  );
}

function SittingBlock({ sitting, sessionId, t, locale, canManage }: { sitting: ProgrammeSitting; sessionId: number; t: Text; locale: Locale; canManage: boolean }) {
  const recorded = sitting.attendance.present + sitting.attendance.excused + sitting.attendance.absent;
  const headingId = `sitting-${sitting.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-stone-200 border-s-4 border-s-brand-700 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h4 id={headingId} className="text-lg font-semibold text-stone-900">
            {sitting.title}
          </h4>
          {sitting.title !== t.sittingKinds[sitting.kind] ? <Badge>{t.sittingKinds[sitting.kind]}</Badge> : null}
        </div>
        {canManage ? (
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`/sessions/${sessionId}/sittings/${sitting.id}/edit`} variant="secondary" size="sm" aria-label={`${t.sitting.edit}: ${sitting.title}`}>
              <Pencil aria-hidden="true" size={16} />
              {t.sitting.edit}
            </ButtonLink>
            <ButtonLink href={`/sessions/${sessionId}/sittings/${sitting.id}/attendance`} variant="secondary" size="sm" aria-label={`${t.sitting.attendance}: ${sitting.title}`}>
              {t.sitting.attendance}
            </ButtonLink>
          </div>
        ) : null}
      </div>
      <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        <Fact labelled={t.labelled} label={t.programme.time} icon={<Clock aria-hidden="true" size={16} />}>
          <span className="tabular-nums">
            {timeRange(t, sitting.startTime, sitting.endTime)}
          </span>
        </Fact>
        {sitting.chairs ? <Fact labelled={t.labelled} label={t.programme.chairs}>{sitting.chairs}</Fact> : null}
        {sitting.rapporteurName ? <Fact labelled={t.labelled} label={t.programme.rapporteur}>{sitting.rapporteurName}</Fact> : null}
        {recorded > 0 ? (
          <Fact labelled={t.labelled} label={t.programme.attendance}>
            {fill(t.programme.attendanceCounts, {
              present: formatNumber(sitting.attendance.present, locale),
              excused: formatNumber(sitting.attendance.excused, locale),
              absent: formatNumber(sitting.attendance.absent, locale),
            })}
          </Fact>
        ) : null}
      </dl>
      <div className="mt-4">
        <h5 className="mb-2 text-sm font-semibold text-stone-700">{t.programme.agenda}</h5>
        <AgendaList items={sitting.agenda} t={t} locale={locale} />
      </div>
    </article>
  );
}

function WorkshopCard({ workshop, sessionId, t, locale }: { workshop: ProgrammeWorkshop; sessionId: number; t: Text; locale: Locale }) {
  const href = `/sessions/${sessionId}/workshops/${workshop.id}`;
  const headingId = `workshop-${workshop.id}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <p className="text-sm font-semibold text-brand-800">{workshopName(t, workshop.number)}</p>
      <h5 id={headingId} className="text-base font-semibold text-stone-900">
        <Link href={href} className="underline-offset-4 hover:underline">
          {workshop.title}
        </Link>
      </h5>
      <dl className="mt-2 space-y-1 text-sm">
        <Fact labelled={t.labelled} label={t.programme.time} icon={<Clock aria-hidden="true" size={16} />}>
          <span className="tabular-nums">
            {timeRange(t, workshop.startTime, workshop.endTime)}
          </span>
        </Fact>
        {workshop.room ? (
          <Fact labelled={t.labelled} label={t.programme.room} icon={<DoorOpen aria-hidden="true" size={16} />}>
            {workshop.room}
          </Fact>
        ) : null}
        {workshop.facilitatorName ? <Fact labelled={t.labelled} label={t.programme.facilitator}>{workshop.facilitatorName}</Fact> : null}
        {workshop.rapporteurName ? <Fact labelled={t.labelled} label={t.programme.rapporteur}>{workshop.rapporteurName}</Fact> : null}
        <Fact labelled={t.labelled} label={t.programme.participants} icon={<UsersRound aria-hidden="true" size={16} />}>
          {workshop.capacity
            ? fill(t.programme.capacityOf, { count: formatNumber(workshop.participants, locale), capacity: formatNumber(workshop.capacity, locale) })
            : plural(workshop.participants, t.programme.participantsCount, locale)}
        </Fact>
      </dl>
      {workshop.theme ? <p className="mt-3 text-sm text-stone-700">{workshop.theme}</p> : null}
    </article>
  );
}

type Block = { kind: "sitting"; at: string; sitting: ProgrammeSitting } | { kind: "workshops"; at: string; workshops: ProgrammeWorkshop[] };

/**
 * The programme day by day: sittings in time order, and the day's parallel workshops side by
 * side (one column on a phone, two on a tablet, three on a wide screen) where they fall in the day.
 */
export function ProgrammeDays({
  session,
  programme,
  t,
  locale,
  canManage,
}: {
  session: { id: number; startsOn: string; endsOn: string };
  programme: Programme;
  t: Text;
  locale: Locale;
  canManage: boolean;
}) {
  const dated = [...programme.sittings.map((s) => s.date), ...programme.workshops.map((w) => w.date)];
  const days = [...new Set([...daysBetween(session.startsOn, session.endsOn), ...dated])].sort();
  if (!programme.sittings.length && !programme.workshops.length) return <p className="text-stone-600">{t.programme.empty}</p>;
  return (
    <div className="space-y-8">
      {days.map((day, index) => {
        const workshops = programme.workshops.filter((w) => w.date === day);
        const blocks: Block[] = programme.sittings.filter((s) => s.date === day).map((sitting) => ({ kind: "sitting", at: sitting.startTime, sitting }));
        if (workshops.length) blocks.push({ kind: "workshops", at: workshops[0].startTime, workshops });
        blocks.sort((a, b) => a.at.localeCompare(b.at));
        if (!blocks.length) return null;
        return (
          <section key={day} aria-labelledby={`day-${day}`} className="space-y-4">
            <h3 id={`day-${day}`} className="border-b border-stone-200 pb-2 text-xl font-bold text-stone-900">
              {fill(t.programme.day, { n: formatNumber(index + 1, locale), date: formatDate(day, locale) })}
            </h3>
            {blocks.map((block) =>
              block.kind === "sitting" ? (
                <SittingBlock key={`s${block.sitting.id}`} sitting={block.sitting} sessionId={session.id} t={t} locale={locale} canManage={canManage} />
              ) : (
                <section key="workshops" aria-labelledby={`workshops-${day}`}>
                  <h4 id={`workshops-${day}`} className="mb-3 text-base font-semibold text-stone-800">
                    {t.programme.workshops}
                  </h4>
                  <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
                    {block.workshops.map((workshop) => (
                      <WorkshopCard key={workshop.id} workshop={workshop} sessionId={session.id} t={t} locale={locale} />
                    ))}
                  </div>
                </section>
              ),
            )}
          </section>
        );
      })}
    </div>
  );
}
