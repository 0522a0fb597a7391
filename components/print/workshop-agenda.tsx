import type { WorkshopProgramme } from "@/lib/calendar/programme-queries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import { AgendaLines } from "./agenda-lines";

/** A workshop's agenda: when and where, its theme and questions, the agenda, and its people. */
export function WorkshopAgendaView({ programme, locale, t }: { programme: WorkshopProgramme; locale: Locale; t: Dictionary["calendar"] }) {
  const { session, workshop, participants } = programme;
  const p = t.print;
  return (
    <div className="space-y-5">
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div className="flex gap-1">
          <dt className="font-semibold">{p.session}:</dt>
          <dd>{session.title}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="font-semibold">{p.dates}:</dt>
          <dd>
            {formatDate(workshop.date, locale)}{" "}
            <span dir="ltr" className="tabular-nums">
              {workshop.endTime ? `${workshop.startTime} – ${workshop.endTime}` : workshop.startTime}
            </span>
          </dd>
        </div>
        <div className="flex gap-1">
          <dt className="font-semibold">{p.venue}:</dt>
          <dd>{[workshop.room, session.venue, session.city].filter(Boolean).join("، ")}</dd>
        </div>
      </dl>
      {workshop.theme ? (
        <section className="print-keep">
          <h2 className="text-lg font-bold text-brand-900">{p.theme}</h2>
          <p className="leading-7">{workshop.theme}</p>
        </section>
      ) : null}
      {workshop.questions.length ? (
        <section className="print-keep">
          <h2 className="text-lg font-bold text-brand-900">{p.questions}</h2>
          <ol className="list-decimal space-y-1 ps-6 leading-7">
            {workshop.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <section>
        <h2 className="text-lg font-bold text-brand-900">{p.agenda}</h2>
        {workshop.agenda.length ? <AgendaLines lines={workshop.agenda} t={p} locale={locale} /> : <p>{p.none}</p>}
      </section>
      <section className="print-keep">
        <h2 className="text-lg font-bold text-brand-900">{p.participants}</h2>
        <dl className="mb-2 grid gap-1 text-sm sm:grid-cols-2">
          <div className="flex gap-1">
            <dt className="font-semibold">{p.facilitator}:</dt>
            <dd>{workshop.facilitator ?? p.none}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="font-semibold">{p.rapporteur}:</dt>
            <dd>{workshop.rapporteur ?? p.none}</dd>
          </div>
        </dl>
        {participants.length ? (
          <ol className="list-decimal columns-2 gap-8 ps-6 text-sm leading-6 sm:columns-3">
            {participants.map((m) => (
              <li key={m.id}>{m.name}</li>
            ))}
          </ol>
        ) : null}
      </section>
    </div>
  );
}
