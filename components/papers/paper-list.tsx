import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatList } from "@/lib/i18n/format";
import type { PaperRow } from "@/lib/papers/queries";
import { DueLabel, PaperStatusBadge } from "./paper-status";

/** Papers as cards: they read as well on a phone as on a desk. */
export function PaperList({ rows, today, showAssignees, locale, t }: { rows: PaperRow[]; today: string; showAssignees: boolean; locale: Locale; t: Dictionary["papers"] }) {
  return (
    <ul className="space-y-3">
      {rows.map((row) => (
        <li key={row.id} className={`rounded-xl border bg-white p-4 shadow-sm ${row.overdue ? "border-red-300" : "border-stone-200"}`}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <Link href={`/assignments/${row.id}`} className="min-w-0 text-lg font-semibold text-brand-800 underline-offset-4 hover:underline">
              {row.title}
            </Link>
            <div className="flex flex-wrap items-center gap-2">
              <PaperStatusBadge status={row.status} t={t} />
              <DueLabel dueOn={row.dueOn} status={row.status} today={today} t={t} locale={locale} />
            </div>
          </div>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            <div className="flex gap-1">
              <dt className="text-stone-600">{t.columns.workshop}:</dt>
              <dd>{fill(t.workshopLabel, { number: row.workshopNumber, title: row.workshopTitle })}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="text-stone-600">{t.columns.session}:</dt>
              <dd>{row.sessionTitle}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="text-stone-600">{t.columns.dueOn}:</dt>
              <dd>{formatDate(row.dueOn, locale)}</dd>
            </div>
            {showAssignees ? (
              <div className="flex gap-1">
                <dt className="text-stone-600">{t.columns.assignees}:</dt>
                <dd>{formatList(row.assignees, locale)}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
