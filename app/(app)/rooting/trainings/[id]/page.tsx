import { CalendarDays, Clock, MapPin, Network, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AddToCalendarLink } from "@/components/calendar/add-to-calendar";
import { TrainingLevelBadge, TrainingStatusBadge } from "@/components/rooting/training-badges";
import { DeleteTraining, TrainingStatusActions } from "@/components/rooting/training-buttons";
import { trainingDates, trainingPlace, trainingScope } from "@/components/rooting/training-labels";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { AttendanceSection, TrainersSection } from "@/components/rooting/training-people-sections";
import { ChildrenSection, MaterialsSection, ProgrammeSection, ReportSection } from "@/components/rooting/training-record-sections";
import { Alert } from "@/components/ui/alert";
import { CreatedNotice } from "@/components/ui/created-notice";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { trainingPage } from "@/lib/rooting/training-page-queries";
import { findTraining } from "@/lib/rooting/training-queries";
import { parseId } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission("rooting.read");
  const { t } = await getDictionary();
  const training = await findTraining(viewer, parseId((await params).id));
  return { title: training?.title ?? t.rooting.trainings.title };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4">
      <h2 id={`${id}-title`} className="mb-4 text-xl font-bold text-stone-900">
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** A training meeting's record: when and where, its sittings, people, trainers, material and report. */
export default async function TrainingPage({ params, searchParams }: Props) {
  const viewer = await requirePermission("rooting.read");
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const page = await trainingPage(viewer, parseId((await params).id));
  if (!page) notFound();
  const { training, rights, local, sections, provinces, leaders } = page;
  const { saved } = await searchParams;
  const people = { trainingId: training.id, manage: rights.manage, provinces: provinces.map((p) => ({ value: p.id, label: nameIn(locale, p.nameAr, p.nameFr) })) };
  const base = `/rooting/trainings/${training.id}`;
  const savedMessage = saved && saved in r.record.saved ? r.record.saved[saved as keyof typeof r.record.saved] : null;
  const parts = [
    { id: "programme", title: r.record.programme },
    { id: "people", title: r.record.people },
    { id: "trained", title: r.record.trained },
    { id: "materials", title: r.record.materials },
    { id: "report", title: r.record.report },
    ...(training.level === "local" ? [] : [{ id: "children", title: r.record.children }]),
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/rooting", label: r.title }, { href: "/rooting/trainings", label: r.trainings.title }, { label: training.title }]} />}
        title={training.title}
        description={
          <span className="mt-1 flex flex-col gap-1.5">
            <span className="flex flex-wrap gap-1.5">
              <TrainingLevelBadge level={training.level} t={r} />
              <TrainingStatusBadge status={training.status} t={r} />
            </span>
            <span className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <span className="inline-flex items-center gap-1.5">
                <CalendarDays aria-hidden="true" size={16} />
                {trainingDates(r, locale, training.startsOn, training.endsOn)}
              </span>
              {training.startTime ? (
                <span className="inline-flex items-center gap-1.5">
                  <Clock aria-hidden="true" size={16} />
                  <span dir="ltr" className="tabular-nums">
                    {training.startTime}
                  </span>
                </span>
              ) : null}
              <span className="inline-flex items-center gap-1.5">
                <MapPin aria-hidden="true" size={16} />
                {trainingPlace(r, training.venue, training.city)}
              </span>
              <span className="inline-flex items-center gap-1.5">
                <Network aria-hidden="true" size={16} />
                {trainingScope(r, locale, training)}
              </span>
            </span>
          </span>
        }
        actions={
          <>
            <AddToCalendarLink type="training" id={training.id} label={t.calendar.addToCalendar} />
            {rights.manage ? (
              <ButtonLink href={`${base}/edit`} variant="secondary">
                <Pencil aria-hidden="true" size={18} />
                {r.trainings.edit}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {saved === "created" && savedMessage ? (
        <CreatedNotice
          message={savedMessage}
          steps={[
            { href: "/rooting/trainings/new", label: t.created.training.another },
            { href: "/rooting/trainings", label: t.created.training.back },
          ]}
        />
      ) : savedMessage ? (
        <Alert tone="success">{savedMessage}</Alert>
      ) : null}
      {rights.recordPeople && !rights.manage ? <Alert tone="info">{r.record.canRecordHere}</Alert> : null}

      <div className={rights.manage ? "grid gap-4 md:grid-cols-2" : "grid gap-4"}>
        <Card>
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="text-stone-600">{r.record.plan}</dt>
              <dd className="font-medium text-stone-900">{training.planTitle}</dd>
            </div>
            {training.parentId && training.parentTitle ? (
              <div>
                <dt className="text-stone-600">{r.record.parent}</dt>
                <dd className="font-medium">
                  <Link href={`/rooting/trainings/${training.parentId}`} className="text-brand-800 underline-offset-4 hover:underline">
                    {training.parentTitle}
                  </Link>
                  <span className="text-stone-600"> — {formatDate(training.parentStartsOn!, locale)}</span>
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="text-stone-600">{r.record.rapporteur}</dt>
              <dd className="font-medium text-stone-900">{training.rapporteur ?? "—"}</dd>
            </div>
          </dl>
        </Card>
        {rights.manage ? (
          <Card aria-labelledby="training-status">
            <h2 id="training-status" className="mb-3 font-semibold text-stone-900">
              {fill(r.status.current, { status: r.statuses[training.status] })}
            </h2>
            <TrainingStatusActions id={training.id} status={training.status} t={r.status} />
            <div className="mt-4 border-t border-stone-100 pt-4">
              <DeleteTraining id={training.id} t={r.record.deleteTraining} />
            </div>
          </Card>
        ) : null}
      </div>

      <nav aria-label={r.record.sections}>
        <ul className="flex flex-wrap gap-2">
          {parts.map((part) => (
            <li key={part.id}>
              <a href={`#${part.id}`} className="inline-flex h-9 items-center rounded-full border border-stone-300 bg-white px-4 text-sm font-medium text-stone-800 hover:bg-stone-100">
                {part.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="programme" title={r.record.programme}>
        <ProgrammeSection trainingId={training.id} sittings={sections.sittings} manage={rights.manage} t={r} />
      </Section>
      <Section id="people" title={r.record.people}>
        <AttendanceSection sections={sections} rights={people} t={r} locale={locale} picker={memberPickerLabels(t, locale)} />
      </Section>
      <Section id="trained" title={r.record.trained}>
        <TrainersSection
          sections={sections}
          rights={people}
          leaders={leaders.map((l) => ({ value: l.memberId, label: l.fullNameAr }))}
          hasParent={training.parentId !== null}
          showLeaders={local}
          t={r}
          locale={locale}
          picker={memberPickerLabels(t, locale)}
        />
      </Section>
      <Section id="materials" title={r.record.materials}>
        <MaterialsSection trainingId={training.id} materials={sections.materials} manage={rights.manage} t={r} locale={locale} />
      </Section>
      <Section id="report" title={r.record.report}>
        <ReportSection training={training} manage={rights.manage} t={r} />
      </Section>
      {training.level === "local" ? null : (
        <Section id="children" title={r.record.children}>
          <ChildrenSection items={sections.children} t={r} locale={locale} />
        </Section>
      )}
    </div>
  );
}
