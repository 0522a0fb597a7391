import { Badge } from "@/components/ui/badge";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { plural } from "@/lib/i18n/format";
import { daysLate, daysLeft } from "@/lib/reports/deadline";

/**
 * How a report stands against its deadline, in Morocco's calendar: days left, due today, late by
 * N days; once sent, whether it came on time (late = after the end of the deadline day). `now` is
 * the server's clock (lib/clock.ts), passed down: never the browser's.
 */
export function DeadlineBadge({
  deadline,
  submittedAt,
  locale,
  t,
  now,
}: {
  deadline: string;
  submittedAt: Date | null;
  locale: Locale;
  t: Dictionary["reports"];
  now: Date;
}) {
  if (submittedAt) {
    const late = daysLate(deadline, submittedAt);
    return late > 0 ? <Badge tone="red">{plural(late, t.lateBy, locale)}</Badge> : <Badge tone="green">{t.onTime}</Badge>;
  }
  const left = daysLeft(deadline, now);
  if (left < 0) return <Badge tone="red">{plural(-left, t.lateBy, locale)}</Badge>;
  if (left === 0) return <Badge tone="amber">{t.dueToday}</Badge>;
  return <Badge tone={left <= 3 ? "amber" : "blue"}>{plural(left, t.daysLeft, locale)}</Badge>;
}

const statusTones = { not_started: "neutral", draft: "blue", submitted: "green", returned: "amber", accepted: "green" } as const;

export function ReportStatusBadge({ status, t }: { status: keyof typeof statusTones; t: Dictionary["reports"] }) {
  return <Badge tone={statusTones[status]}>{t.reportStatuses[status]}</Badge>;
}

/** The body a report is from: a provincial secretariat, or a regional one. */
export function bodyName(row: { provinceNameAr: string | null; provinceNameFr: string | null; regionNameAr: string; regionNameFr: string }, locale: Locale, t: Dictionary["reports"]) {
  const fr = locale === "fr";
  return row.provinceNameAr
    ? fill(t.provincialBody, { province: (fr ? row.provinceNameFr : row.provinceNameAr) ?? "" })
    : fill(t.regionalBody, { region: fr ? row.regionNameFr : row.regionNameAr });
}
