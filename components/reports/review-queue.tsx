import Link from "next/link";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { ReviewQueueRow } from "@/lib/reports/review-queries";
import { DeadlineBadge, bodyName } from "./deadline-badge";

/** The reports waiting for the Bureau's decision, one line each, with the body, its campaign and when it came. */
export function ReviewQueue({ rows, locale, t }: { rows: ReviewQueueRow[]; locale: Locale; t: Dictionary["reports"] }) {
  const q = t.review;
  return (
    <ul aria-label={q.caption} className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-sm">
      {rows.map((row) => {
        const name = bodyName(row, locale, t);
        return (
          <li key={row.reportId} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5">
            <div className="min-w-0 space-y-1">
              <Link
                href={`/reports/${row.campaignId}/reports/${row.reportId}`}
                aria-label={fill(q.openNamed, { body: name })}
                className="font-medium text-brand-800 underline-offset-4 hover:underline"
              >
                {name}
              </Link>
              <p className="text-sm text-stone-600">
                {row.campaignTitle} · {fill(t.deadlineOn, { date: formatDate(row.deadline, locale) })}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
              {row.submittedAt ? (
                <>
                  <span>{fill(t.todo.submittedOn, { date: formatDateTime(row.submittedAt, locale) })}</span>
                  <DeadlineBadge deadline={row.deadline} submittedAt={row.submittedAt} locale={locale} t={t} now={row.submittedAt} />
                </>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
