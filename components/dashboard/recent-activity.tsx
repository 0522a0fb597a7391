import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

export function RecentActivity({
  rows,
  locale,
  t,
}: {
  rows: { id: number; at: Date; action: string; summary: string; userName: string | null }[];
  locale: Locale;
  t: Dictionary;
}) {
  return (
    <Card>
      <CardTitle action={<ButtonLink href="/admin/audit" variant="secondary" size="sm">{t.nav.audit}</ButtonLink>}>
        {t.dashboard.recentActivity}
      </CardTitle>
      {rows.length === 0 ? (
        <p className="text-sm text-stone-600">{t.dashboard.noActivity}</p>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:items-baseline sm:gap-3">
              <time className="shrink-0 text-stone-600 tabular-nums" dateTime={row.at.toISOString()}>
                {formatDateTime(row.at, locale)}
              </time>
              <span className="font-medium">{row.userName ?? "—"}</span>
              <span className="min-w-0 break-words text-stone-700">{row.summary}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
