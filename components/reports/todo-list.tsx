import Link from "next/link";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { TodoRow } from "@/lib/reports/queries";
import { DeadlineBadge, ReportStatusBadge, bodyName } from "./deadline-badge";

/** The officer's to-do: one group per open campaign, one line per body that owes a report; `now` is the server's clock. */
export function TodoList({ rows, locale, t, now }: { rows: TodoRow[]; locale: Locale; t: Dictionary["reports"]; now: Date }) {
  const campaigns = new Map<number, TodoRow[]>();
  for (const row of rows) campaigns.set(row.campaignId, [...(campaigns.get(row.campaignId) ?? []), row]);
  return (
    <div className="space-y-6">
      {[...campaigns.values()].map((reports) => {
        const first = reports[0];
        const headingId = `todo-campaign-${first.campaignId}`;
        return (
          <section key={first.campaignId} aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white shadow-sm">
            <header className="border-b border-stone-100 px-4 py-3 sm:px-5">
              <h2 id={headingId} className="text-lg font-semibold text-stone-900">
                {first.campaignTitle}
              </h2>
              <p className="mt-0.5 text-sm text-stone-600">{fill(t.deadlineOn, { date: formatDate(first.deadline, locale) })}</p>
            </header>
            <ul className="divide-y divide-stone-100">
              {reports.map((row) => {
                const name = bodyName(row, locale, t);
                return (
                  <li key={row.reportId} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5">
                    <div className="min-w-0 space-y-1">
                      <Link href={`/reports/${row.campaignId}/reports/${row.reportId}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                        {name}
                      </Link>
                      <div className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
                        <ReportStatusBadge status={row.status} t={t} />
                        <DeadlineBadge deadline={row.deadline} submittedAt={row.status === "returned" ? null : row.submittedAt} locale={locale} t={t} now={now} />
                        {row.submittedAt ? <span>{fill(t.todo.submittedOn, { date: formatDateTime(row.submittedAt, locale) })}</span> : null}
                      </div>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
