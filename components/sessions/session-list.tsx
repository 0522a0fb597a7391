import { CalendarDays, MapPin } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { SessionStatus } from "@/db/schema/sessions";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";
import { dateRange, sessionName } from "@/lib/sessions/format";
import type { SessionListRow } from "@/lib/sessions/queries";
import { SessionStatusBadge } from "./status-badge";

/** The status filter as links: each filtered list has its own address, no script needed. */
export function StatusFilter({ current, statuses, t, all }: { current: SessionStatus | null; statuses: readonly SessionStatus[]; t: Dictionary["sessions"]; all: string }) {
  const items: { href: string; label: string; active: boolean }[] = [
    { href: "/sessions", label: all, active: current === null },
    ...statuses.map((s) => ({ href: `/sessions?status=${s}`, label: t.status[s], active: current === s })),
  ];
  return (
    <nav aria-label={t.list.filterStatus} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={cn(
                "inline-flex h-9 items-center rounded-full border px-4 text-sm font-medium",
                item.active ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SessionItem({ row, t, locale }: { row: SessionListRow; t: Dictionary["sessions"]; locale: Locale }) {
  const name = sessionName(t, row.ordinal);
  return (
    <li className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-500">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-lg font-semibold text-stone-900">
            <Link href={`/sessions/${row.id}`} className="underline-offset-4 hover:underline">
              {name}
            </Link>
          </h3>
          {row.title !== name ? <p className="text-stone-700">{row.title}</p> : null}
        </div>
        <SessionStatusBadge status={row.status} labels={t.status} />
      </div>
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700">
        <div className="flex items-center gap-1.5">
          <dt>
            <CalendarDays aria-hidden="true" size={16} />
            <span className="sr-only">{t.list.dates}</span>
          </dt>
          <dd>{dateRange(t, locale, row.startsOn, row.endsOn)}</dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt>
            <MapPin aria-hidden="true" size={16} />
            <span className="sr-only">{t.list.venue}</span>
          </dt>
          <dd>{fill(t.venueCity, { venue: row.venue, city: row.city })}</dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt>{t.list.workshops}:</dt>
          <dd className="tabular-nums">{formatNumber(row.workshops, locale)}</dd>
        </div>
      </dl>
    </li>
  );
}

/** One page of sessions, the coming ones under their own heading before the past ones. */
export function SessionList({ rows, t, locale }: { rows: SessionListRow[]; t: Dictionary["sessions"]; locale: Locale }) {
  const groups = [
    { id: "upcoming", title: t.list.upcoming, rows: rows.filter((r) => r.upcoming) },
    { id: "past", title: t.list.past, rows: rows.filter((r) => !r.upcoming) },
  ].filter((g) => g.rows.length);
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`sessions-${group.id}`}>
          <h2 id={`sessions-${group.id}`} className="mb-3 text-lg font-semibold text-stone-800">
            {group.title} <span className="text-sm font-normal text-stone-600">({formatNumber(group.rows.length, locale)})</span>
          </h2>
          <ul className="space-y-3">
            {group.rows.map((row) => (
              <SessionItem key={row.id} row={row} t={t} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
