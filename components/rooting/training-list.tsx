import { CalendarDays, MapPin, Network } from "lucide-react";
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { TrainingSummary } from "@/lib/rooting/queries";
import { TrainingLevelBadge, TrainingStatusBadge } from "./training-badges";
import { trainingDates, trainingPlace, trainingScope } from "./training-labels";

type Text = Dictionary["rooting"];

/** One training as a card: title, level and status, dates (and hour), place, what it covers. */
function TrainingItem({ row, t, locale, note, level }: { row: TrainingSummary; t: Text; locale: Locale; note?: string; level: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-500">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="min-w-0 font-semibold text-stone-900">
          <Link href={`/rooting/trainings/${row.id}`} className="text-brand-800 underline-offset-4 hover:underline">
            {row.title}
          </Link>
        </Heading>
        <div className="flex flex-wrap gap-1.5">
          <TrainingLevelBadge level={row.level} t={t} />
          <TrainingStatusBadge status={row.status} t={t} />
        </div>
      </div>
      <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700">
        <div className="flex items-center gap-1.5">
          <dt>
            <CalendarDays aria-hidden="true" size={16} />
            <span className="sr-only">{t.trainings.columns.dates}</span>
          </dt>
          <dd>
            {trainingDates(t, locale, row.startsOn, row.endsOn)}
            {row.startTime ? (
              <>
                {" "}
                {fill(t.trainings.at, { time: "" })}
                <span dir="ltr" className="tabular-nums">
                  {row.startTime}
                </span>
              </>
            ) : null}
          </dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt>
            <MapPin aria-hidden="true" size={16} />
            <span className="sr-only">{t.trainings.columns.place}</span>
          </dt>
          <dd>{trainingPlace(t, row.venue, row.city)}</dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt>
            <Network aria-hidden="true" size={16} />
            <span className="sr-only">{t.trainings.columns.where}</span>
          </dt>
          <dd>{trainingScope(t, locale, row)}</dd>
        </div>
      </dl>
      {note ? <p className="mt-1 text-sm text-stone-600">{note}</p> : null}
    </li>
  );
}

/** A list of training cards; `notes` adds a line under some of them (the member's role, say). */
/** `headingLevel`: 3 under a section's heading (the default), 2 where the list follows the page's title. */
export function TrainingList({
  rows,
  t,
  locale,
  label,
  notes,
  headingLevel = 3,
}: {
  rows: TrainingSummary[];
  t: Text;
  locale: Locale;
  label?: string;
  notes?: Record<number, string>;
  headingLevel?: 2 | 3;
}) {
  return (
    <ul aria-label={label} className="space-y-3">
      {rows.map((row) => (
        <TrainingItem key={`${row.id}-${notes?.[row.id] ?? ""}`} row={row} t={t} locale={locale} note={notes?.[row.id]} level={headingLevel} />
      ))}
    </ul>
  );
}
