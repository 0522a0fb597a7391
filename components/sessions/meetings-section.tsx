import { Pencil } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDateTime } from "@/lib/i18n/format";
import type { ThematicMeetingRow } from "@/lib/sessions/queries";

const tones = { planned: "blue", held: "green", cancelled: "red" } as const;

/** اللقاءات الموضوعاتية: the preparatory meetings in other cities, in date order. */
export function MeetingsList({
  meetings,
  sessionId,
  t,
  locale,
  canManage,
}: {
  meetings: ThematicMeetingRow[];
  sessionId: number;
  t: Dictionary["sessions"];
  locale: Locale;
  canManage: boolean;
}) {
  const m = t.meetings;
  if (!meetings.length) return <p className="text-stone-600">{m.empty}</p>;
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="flex flex-col rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="font-semibold text-brand-800">{meeting.city}</p>
            <Badge tone={tones[meeting.status]}>{m.statuses[meeting.status]}</Badge>
          </div>
          <p className="mt-1 font-semibold text-stone-900">«{meeting.theme}»</p>
          <dl className="mt-2 space-y-1 text-sm">
            <div className="flex gap-1.5">
              <dt className="text-stone-600">{fill(t.labelled, { label: m.date })}</dt>
              <dd>
                <time dateTime={meeting.startsAt.toISOString()}>{formatDateTime(meeting.startsAt, locale)}</time>
              </dd>
            </div>
            {meeting.venue ? (
              <div className="flex gap-1.5">
                <dt className="text-stone-600">{fill(t.labelled, { label: m.venue })}</dt>
                <dd>{meeting.venue}</dd>
              </div>
            ) : null}
            {meeting.speakers ? (
              <div className="flex gap-1.5">
                <dt className="text-stone-600">{fill(t.labelled, { label: m.speakers })}</dt>
                <dd>{meeting.speakers}</dd>
              </div>
            ) : null}
          </dl>
          {canManage ? (
            <div className="mt-auto pt-3">
              <ButtonLink href={`/sessions/${sessionId}/meetings/${meeting.id}/edit`} variant="secondary" size="sm" aria-label={`${m.edit}: ${meeting.city}`}>
                <Pencil aria-hidden="true" size={16} />
                {m.edit}
              </ButtonLink>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
