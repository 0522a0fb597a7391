import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { fill } from "@/lib/i18n/dictionary";
import { plural } from "@/lib/i18n/format";
import { shortTime } from "@/lib/sessions/time";

export interface AgendaEntry {
  id: number;
  title: string;
  startTime: string | null;
  durationMinutes: number | null;
  speaker: string | null;
  notes: string | null;
}

/** An agenda as members read it: numbered items with their time, duration and speaker. */
export function AgendaList({ items, t, locale, empty }: { items: AgendaEntry[]; t: Dictionary["sessions"]; locale: Locale; empty?: boolean }) {
  if (!items.length) return empty === false ? null : <p className="text-sm text-stone-600">{t.programme.noAgenda}</p>;
  return (
    <ol className="space-y-2" aria-label={t.agenda.caption}>
      {items.map((item, i) => (
        <li key={item.id} className="flex gap-3">
          <span aria-hidden="true" className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-800 tabular-nums">
            {i + 1}
          </span>
          <div className="min-w-0">
            <p className="font-medium text-stone-900">{item.title}</p>
            <AgendaMeta item={item} t={t} locale={locale} />
            {item.notes ? <p className="mt-0.5 text-sm whitespace-pre-line text-stone-600">{item.notes}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

export function AgendaMeta({ item, t, locale }: { item: AgendaEntry; t: Dictionary["sessions"]; locale: Locale }) {
  const parts = [
    item.startTime ? <span key="time" className="tabular-nums">{shortTime(item.startTime)}</span> : null,
    item.durationMinutes ? <span key="duration">{plural(item.durationMinutes, t.programme.minutes, locale)}</span> : null,
    item.speaker ? (
      <span key="speaker">
        {fill(t.labelled, { label: t.programme.speaker })} {item.speaker}
      </span>
    ) : null,
  ].filter(Boolean);
  if (!parts.length) return null;
  return <p className="flex flex-wrap gap-x-3 text-sm text-stone-600">{parts}</p>;
}
