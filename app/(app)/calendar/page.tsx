import { ChevronLeft, ChevronRight, Rss } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EventList } from "@/components/calendar/event-list";
import { monthTitle } from "@/components/calendar/labels";
import { MonthGrid } from "@/components/calendar/month-grid";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { capPerDay, compareEvents } from "@/lib/calendar/events";
import { calendarEvents, calendarSources, monthGrid, monthOf, monthRange } from "@/lib/calendar/queries";
import { calendarTrainings } from "@/lib/calendar/training-queries";
import { getDictionary } from "@/lib/i18n";
import { todayInMorocco } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.calendar.title };
}

/** اليومية: a month of what the viewer may see, as a grid (which reflows into a list on a phone) or as a list, each rendered once. */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ month?: string; view?: string }> }) {
  const viewer = await requirePermission("calendar.read");
  const { locale, t } = await getDictionary();
  const params = await searchParams;
  const today = todayInMorocco();
  const month = monthOf(params.month, today);
  const view = params.view === "list" ? "list" : "month";
  const grid = monthGrid(month);
  const range = view === "list" ? monthRange(month) : grid.range;
  // the trainings are bounded per day in their query (the rest a link away)
  const [others, trainings] = await Promise.all([
    calendarEvents(
      viewer,
      range,
      Object.values(calendarSources).filter((s) => s.type !== "training"),
    ),
    calendarTrainings(viewer, range),
  ]);
  // and at most CALENDAR_EVENTS_PER_DAY of the sessions' events starting on a day, the rest on the day's page
  const programme = capPerDay(others);
  const events = [...programme.events, ...trainings.events].sort(compareEvents);
  const moreOn = trainings.moreOn;
  const monthEvents = events.filter((e) => e.endDate >= `${month}-01` && e.date <= `${month}-31`);
  const hrefOf = (m: string, v = view) => `/calendar?${new URLSearchParams({ month: m, ...(v === "list" ? { view: "list" } : {}) })}`;
  const c = t.calendar;

  return (
    <>
      <PageHeader
        title={c.title}
        description={c.description}
        actions={
          <Link href="/account/calendar" className={buttonClass("secondary", "md")}>
            <Rss aria-hidden="true" size={18} />
            {c.subscribe}
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={c.monthNav} className="flex items-center gap-1">
          <Link href={hrefOf(grid.previous)} className={buttonClass("secondary", "sm")} aria-label={c.previousMonth} rel="prev">
            <ChevronLeft aria-hidden="true" size={18} className="rtl:-scale-x-100" />
          </Link>
          <h2 className="min-w-36 px-2 text-center text-xl font-bold" aria-live="polite">
            {monthTitle(month, locale)}
          </h2>
          <Link href={hrefOf(grid.next)} className={buttonClass("secondary", "sm")} aria-label={c.nextMonth} rel="next">
            <ChevronRight aria-hidden="true" size={18} className="rtl:-scale-x-100" />
          </Link>
          {month !== today.slice(0, 7) ? (
            <Link href={hrefOf(today.slice(0, 7))} className={buttonClass("ghost", "sm")}>
              {c.thisMonth}
            </Link>
          ) : null}
        </nav>
        <nav aria-label={c.views} className="flex rounded-lg border border-stone-300 bg-white p-0.5">
          {(["month", "list"] as const).map((v) => (
            <Link
              key={v}
              href={hrefOf(month, v)}
              aria-current={view === v ? "page" : undefined}
              className={cn("rounded-md px-3 py-1.5 text-sm font-medium", view === v ? "bg-brand-700 text-white" : "text-stone-700 hover:bg-stone-100")}
            >
              {v === "month" ? c.monthView : c.listView}
            </Link>
          ))}
        </nav>
      </div>
      {view === "month" ? (
        <>
          <MonthGrid month={month} weeks={grid.weeks} events={events} moreOn={moreOn} moreProgrammeOn={programme.moreOn} today={today} locale={locale} t={c} />
          {monthEvents.length === 0 ? <p className="mt-3 rounded-xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700 md:hidden">{c.empty}</p> : null}
        </>
      ) : (
        <EventList events={monthEvents} moreOn={moreOn} moreProgrammeOn={programme.moreOn} locale={locale} t={c} />
      )}
    </>
  );
}
