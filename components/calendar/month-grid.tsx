import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { occursOn, type CalendarEvent } from "@/lib/calendar/events";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { IcsLink } from "./event-list";
import { plural } from "@/lib/i18n/format";
import { IcsIconSymbol } from "./ics-icon";
import { dayHref, dayTitle, monthTitle, trainingsOfDay, weekdayNames } from "./labels";

const chip: Record<string, string> = {
  session: "bg-brand-100 text-brand-900",
  sitting: "bg-sky-100 text-sky-900",
  workshop: "bg-amber-100 text-amber-900",
  meeting: "bg-stone-200 text-stone-900",
};

/**
 * The month as whole weeks, Monday first (right-most in Arabic), each day with its events. One DOM
 * for every screen: below md the table reflows into the list of the month's days that have events
 * (the empty days and those of the next and previous months are not shown there).
 */
export function MonthGrid({
  month,
  weeks,
  events,
  moreOn,
  moreProgrammeOn,
  today,
  locale,
  t,
}: {
  month: string;
  weeks: string[][];
  events: CalendarEvent[];
  /** how many more trainings start on a day than the page shows */
  moreOn: Record<string, number>;
  /** how many more of the sessions' events start on a day than the page shows */
  moreProgrammeOn: Record<string, number>;
  today: string;
  locale: Locale;
  t: Dictionary["calendar"];
}) {
  const names = weekdayNames(locale);
  return (
    <>
    <IcsIconSymbol />
    <table className="w-full table-fixed border-collapse overflow-hidden rounded-xl border border-stone-200 bg-white text-sm shadow-sm max-md:block max-md:border-0 max-md:bg-transparent max-md:shadow-none">
      <caption className="sr-only">{monthTitle(month, locale)}</caption>
      <thead className="max-md:hidden">
        <tr>
          {names.map((name) => (
            <th key={name.long} scope="col" className="border-b border-stone-200 bg-stone-100 px-2 py-2 text-center font-semibold text-stone-700">
              <abbr title={name.long} className="no-underline">
                {name.short}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-md:block max-md:space-y-3">
        {weeks.map((week) => (
          <tr key={week[0]} className="max-md:contents">
            {week.map((day) => {
              const inMonth = day.startsWith(month);
              const dayEvents = events.filter((e) => occursOn(e, day));
              return (
                <td
                  key={day}
                  className={cn(
                    "h-28 border border-stone-100 p-1 align-top max-md:block max-md:h-auto max-md:rounded-xl max-md:border-stone-200 max-md:bg-white max-md:p-3",
                    !inMonth && "bg-stone-50",
                    (!inMonth || dayEvents.length === 0) && "max-md:hidden",
                  )}
                >
                  <div className="mb-1 flex items-center justify-end gap-2 max-md:justify-start">
                    <span
                      aria-label={dayTitle(day, locale)}
                      aria-current={day === today ? "date" : undefined}
                      className={cn(
                        "flex size-7 items-center justify-center rounded-full text-xs tabular-nums",
                        day === today ? "bg-brand-700 font-bold text-white" : inMonth ? "text-stone-800" : "text-stone-600",
                      )}
                    >
                      {Number(day.slice(8))}
                    </span>
                    <span aria-hidden="true" className="font-semibold text-stone-800 md:hidden">
                      {dayTitle(day, locale)}
                    </span>
                  </div>
                  <ul className="space-y-1">
                    {dayEvents.map((event) => (
                      <li key={`${event.type}-${event.id}`} className={cn("flex items-start gap-0.5 rounded px-1 py-0.5", chip[event.type] ?? chip.meeting)}>
                        <Link href={event.href} className={cn("min-w-0 flex-1 leading-5 hover:underline", event.cancelled && "line-through")}>
                          {event.startTime && event.date === day ? (
                            <>
                              <span className="font-semibold tabular-nums" dir="ltr">
                                {event.startTime}
                              </span>{" "}
                            </>
                          ) : null}
                          <span className="break-words">{event.title}</span>
                          <span className="sr-only"> — {t.types[event.type] ?? event.type}</span>
                        </Link>
                        <IcsLink event={event} t={t} compact />
                      </li>
                    ))}
                  </ul>
                  {moreProgrammeOn[day] && day.startsWith(month) ? (
                    <Link href={dayHref(day)} className="mt-1 block px-1 text-xs font-medium text-brand-800 underline-offset-2 hover:underline">
                      {plural(moreProgrammeOn[day], t.moreProgramme, locale)}
                    </Link>
                  ) : null}
                  {moreOn[day] && day.startsWith(month) ? (
                    <Link href={trainingsOfDay(day)} className="mt-1 block px-1 text-xs font-medium text-brand-800 underline-offset-2 hover:underline">
                      {plural(moreOn[day], t.moreTrainings, locale)}
                    </Link>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}
