import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventList } from "@/components/calendar/event-list";
import { dayTitle, trainingsOfDay } from "@/components/calendar/labels";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { occursOn } from "@/lib/calendar/events";
import { calendarEvents, calendarSources } from "@/lib/calendar/queries";
import { calendarTrainings } from "@/lib/calendar/training-queries";
import { fill, getDictionary } from "@/lib/i18n";
import { v } from "@/lib/validation";

/** `2027-03-06`, a real day of 1900–2100; anything else is no page. */
const dayOf = (param: string) => v.dateParam().parse(param);

export async function generateMetadata({ params }: { params: Promise<{ day: string }> }): Promise<Metadata> {
  const { locale, t } = await getDictionary();
  const day = dayOf((await params).day);
  return { title: day ? fill(t.calendar.dayTitle, { day: dayTitle(day, locale) }) : t.calendar.title };
}

/**
 * One day of the calendar, where the month's "+K more" leads: the whole programme of the sessions
 * that day (a day holds a few sessions' sittings and workshops at most, so it is listed whole), and
 * its first trainings, the others on the trainings list of that day (paginated by key).
 */
export default async function CalendarDayPage({ params }: { params: Promise<{ day: string }> }) {
  const viewer = await requirePermission("calendar.read");
  const day = dayOf((await params).day);
  if (!day) notFound();
  const { locale, t } = await getDictionary();
  const c = t.calendar;
  const range = { from: day, to: day };
  const [programme, trainings] = await Promise.all([
    calendarEvents(
      viewer,
      range,
      Object.values(calendarSources).filter((s) => s.type !== "training"),
    ),
    calendarTrainings(viewer, range),
  ]);
  // events of several days are listed under this day too
  const events = [...programme.filter((e) => occursOn(e, day)), ...trainings.events].map((e) => ({ ...e, date: day }));

  return (
    <>
      <PageHeader
        title={fill(c.dayTitle, { day: dayTitle(day, locale) })}
        description={c.dayDescription}
        actions={
          <Link href={`/calendar?month=${day.slice(0, 7)}`} className={buttonClass("secondary", "md")}>
            {c.backToMonth}
          </Link>
        }
      />
      {events.length ? <EventList events={events} locale={locale} t={c} /> : <p className="rounded-xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700">{c.dayEmpty}</p>}
      {trainings.events.length ? (
        <p className="mt-4">
          <Link href={trainingsOfDay(day)} className="text-sm font-medium text-brand-800 underline-offset-4 hover:underline">
            {c.dayTrainings}
          </Link>
        </p>
      ) : null}
    </>
  );
}
