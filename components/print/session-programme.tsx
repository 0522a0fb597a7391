import { dayTitle } from "@/components/calendar/labels";
import type { SessionProgramme } from "@/lib/calendar/programme-queries";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import { AgendaLines } from "./agenda-lines";

const timeRange = (start: string, end: string | null) => (end ? `${start} – ${end}` : start);

/** A session's programme day by day: its sittings and workshops, each with its agenda. */
export function SessionProgrammeView({ programme, locale, t }: { programme: SessionProgramme; locale: Locale; t: Dictionary["calendar"] }) {
  const { session, days, meetings } = programme;
  const p = t.print;
  const dates =
    session.startsOn === session.endsOn ? formatDate(session.startsOn, locale) : fill(t.fromTo, { from: formatDate(session.startsOn, locale), to: formatDate(session.endsOn, locale) });
  return (
    <div className="space-y-6">
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div className="flex gap-1">
          <dt className="font-semibold">{p.dates}:</dt>
          <dd>{dates}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="font-semibold">{p.venue}:</dt>
          <dd>
            {session.venue}، {session.city}
          </dd>
        </div>
      </dl>
      {session.description ? <p className="leading-7 text-stone-800">{session.description}</p> : null}

      {days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} className="space-y-3">
          <h2 id={`day-${day.date}`} className="border-b border-stone-300 pb-1 text-lg font-bold text-brand-900">
            {dayTitle(day.date, locale)}
          </h2>
          {day.sittings.map((s) => (
            <div key={`s${s.id}`} className="print-keep">
              <h3 className="font-semibold">
                <span className="tabular-nums text-stone-600" dir="ltr">
                  {timeRange(s.startTime, s.endTime)}
                </span>{" "}
                {s.title}
              </h3>
              {s.chairs ? (
                <p className="text-sm text-stone-700">
                  {p.chairs}: {s.chairs}
                </p>
              ) : null}
              <AgendaLines lines={s.agenda} t={p} locale={locale} />
            </div>
          ))}
          {day.workshops.length ? (
            <div className="space-y-3">
              <h3 className="font-semibold text-stone-800">{p.workshops}</h3>
              {day.workshops.map((w) => (
                <div key={`w${w.id}`} className="print-keep rounded-lg border border-stone-200 p-3">
                  <h4 className="font-semibold">
                    <span className="tabular-nums text-stone-600" dir="ltr">
                      {timeRange(w.startTime, w.endTime)}
                    </span>{" "}
                    {fill(p.workshopNumber, { number: w.number })}: {w.title}
                  </h4>
                  <p className="text-sm text-stone-700">
                    {[w.room ? `${p.room}: ${w.room}` : null, w.facilitator ? `${p.facilitator}: ${w.facilitator}` : null, w.rapporteur ? `${p.rapporteur}: ${w.rapporteur}` : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {w.theme ? (
                    <p className="mt-1 text-sm">
                      <span className="font-semibold">{p.theme}:</span> {w.theme}
                    </p>
                  ) : null}
                  <AgendaLines lines={w.agenda} t={p} locale={locale} />
                </div>
              ))}
            </div>
          ) : null}
        </section>
      ))}

      {meetings.length ? (
        <section aria-labelledby="meetings" className="print-keep space-y-2">
          <h2 id="meetings" className="border-b border-stone-300 pb-1 text-lg font-bold text-brand-900">
            {p.thematicMeetings}
          </h2>
          <ul className="space-y-1 text-sm">
            {meetings.map((m) => (
              <li key={m.id} className={m.status === "cancelled" ? "line-through" : undefined}>
                <span className="font-semibold">{formatDate(m.local.date, locale)}</span>{" "}
                <span dir="ltr" className="tabular-nums">
                  {m.local.time}
                </span>{" "}
                — {m.city}: {m.theme}
                {m.status === "cancelled" ? ` (${t.cancelled})` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
