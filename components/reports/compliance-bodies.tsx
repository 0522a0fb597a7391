import Link from "next/link";
import { ReportStatusBadge } from "@/components/reports/deadline-badge";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDateTime, plural } from "@/lib/i18n/format";
import type { BodyRow } from "@/lib/reports/compliance-queries";
import { nameIn } from "@/lib/i18n/names";

export function bodyLabel(b: BodyRow, locale: Locale): string {
  return nameIn(locale, b.provinceNameAr, b.provinceNameFr) ?? nameIn(locale, b.regionNameAr, b.regionNameFr);
}

/** How a body stands against the deadline: on time, late by N days, or still owing N days after it. */
export function Timeliness({ body, deadlinePassed, locale, t }: { body: BodyRow; deadlinePassed: boolean; locale: Locale; t: Dictionary["reports"] }) {
  if (body.onTime === true) return <Badge tone="green">{t.onTime}</Badge>;
  if (body.onTime === false || (deadlinePassed && body.daysLate > 0)) return <Badge tone="red">{plural(body.daysLate, t.lateBy, locale)}</Badge>;
  return <span className="text-stone-500">—</span>;
}

/** The drill-down into one region: each body with its report's status, submission and timeliness. */
export function ComplianceBodies({
  rows,
  campaignId,
  deadlinePassed,
  caption,
  locale,
  t,
}: {
  rows: BodyRow[];
  campaignId: number;
  deadlinePassed: boolean;
  caption: string;
  locale: Locale;
  t: Dictionary["reports"];
}) {
  const c = t.compliance;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{c.province}</Th>
          <Th>{c.status}</Th>
          <Th>{c.submittedAt}</Th>
          <Th>{c.timeliness}</Th>
          <Th className="relative">
            <span className="sr-only">{c.openReport}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={`${b.regionId}-${b.provinceId ?? 0}`}>
            <Td className="font-medium">{bodyLabel(b, locale)}</Td>
            <Td>
              <ReportStatusBadge status={b.status} t={t} />
            </Td>
            <Td className="whitespace-nowrap">{b.submittedAt ? formatDateTime(b.submittedAt, locale) : "—"}</Td>
            <Td>
              <Timeliness body={b} deadlinePassed={deadlinePassed} locale={locale} t={t} />
            </Td>
            <Td>
              {b.reportId ? (
                <Link
                  href={`/reports/${campaignId}/reports/${b.reportId}`}
                  aria-label={fill(c.openReportOf, { body: bodyLabel(b, locale) })}
                  className="whitespace-nowrap text-brand-800 underline underline-offset-4"
                >
                  {c.openReport}
                </Link>
              ) : (
                c.noReport
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
