import { CalendarPlus, MapPin } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { CalendarEvent } from "@/lib/calendar/events";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, plural } from "@/lib/i18n/format";
import { IcsIcon } from "./ics-icon";
import { dayHref, dayTitle, icsHref, toneOf, trainingsOfDay } from "./labels";

export function IcsLink({ event, t, compact = false }: { event: CalendarEvent; t: Dictionary["calendar"]; compact?: boolean }) {
  return (
    <a
      href={icsHref(event.type, event.id)}
      download
      aria-label={fill(t.addToCalendarFor, { title: event.title })}
      title={fill(t.addToCalendarFor, { title: event.title })}
      className={compact ? "inline-flex size-6 shrink-0 items-center justify-center rounded text-stone-600 hover:bg-stone-200" : "inline-flex h-9 shrink-0 items-center gap-1 rounded-lg border border-stone-300 px-2 text-sm text-stone-700 hover:bg-stone-100"}
    >
      {compact ? <IcsIcon size={14} /> : <CalendarPlus aria-hidden="true" size={16} />}
      {compact ? null : <span>{t.addToCalendar}</span>}
    </a>
  );
}

function when(event: CalendarEvent, locale: Locale, t: Dictionary["calendar"]) {
  if (event.startTime === null) {
    return event.endDate !== event.date ? fill(t.fromTo, { from: formatDate(event.date, locale), to: formatDate(event.endDate, locale) }) : t.allDay;
  }
  return event.endTime ? `${event.startTime} – ${event.endTime}` : event.startTime;
}

/** The month's events day by day: the list view, and the month view on a phone. */
export function EventList({
  events,
  moreOn = {},
  moreProgrammeOn = {},
  locale,
  t,
}: {
  events: CalendarEvent[];
  /** how many more trainings start on a day than the page shows */
  moreOn?: Record<string, number>;
  /** how many more of the sessions' events (sittings, workshops…) start on a day than the page shows */
  moreProgrammeOn?: Record<string, number>;
  locale: Locale;
  t: Dictionary["calendar"];
}) {
  if (events.length === 0) return <p className="rounded-xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700">{t.empty}</p>;
  const days = [...new Set(events.map((e) => e.date))];
  return (
    <ol className="space-y-4">
      {days.map((day) => (
        <li key={day}>
          <h2 className="mb-2 text-base font-semibold text-stone-800">{dayTitle(day, locale)}</h2>
          <ul className="space-y-2">
            {events
              .filter((e) => e.date === day)
              .map((event) => (
                <li key={`${event.type}-${event.id}`} className="flex items-start gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm">
                  <div className="w-24 shrink-0 text-sm text-stone-700 tabular-nums sm:w-32">
                    <span dir={event.startTime ? "ltr" : undefined}>{when(event, locale, t)}</span>
                  </div>
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={toneOf(event.type)}>{t.types[event.type] ?? event.type}</Badge>
                      {event.cancelled ? <Badge tone="red">{t.cancelled}</Badge> : null}
                    </div>
                    <Link href={event.href} className={`mt-1 block font-semibold text-brand-800 underline-offset-4 hover:underline ${event.cancelled ? "line-through" : ""}`}>
                      {event.title}
                    </Link>
                    {event.context ? <p className="text-sm text-stone-600">{event.context}</p> : null}
                    {event.location ? (
                      <p className="mt-1 flex items-center gap-1 text-sm text-stone-600">
                        <MapPin aria-hidden="true" size={14} />
                        {event.location}
                      </p>
                    ) : null}
                  </div>
                  <IcsLink event={event} t={t} />
                </li>
              ))}
          </ul>
          {moreProgrammeOn[day] ? (
            <Link href={dayHref(day)} className="mt-2 me-4 inline-block text-sm font-medium text-brand-800 underline-offset-4 hover:underline">
              {plural(moreProgrammeOn[day], t.moreProgramme, locale)}
            </Link>
          ) : null}
          {moreOn[day] ? (
            <Link href={trainingsOfDay(day)} className="mt-2 inline-block text-sm font-medium text-brand-800 underline-offset-4 hover:underline">
              {plural(moreOn[day], t.moreTrainings, locale)}
            </Link>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
