import Link from "next/link";
import { ReportStatusBadge } from "@/components/reports/deadline-badge";
import { EmptyState } from "@/components/ui/alert";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";
import { answersFor, type BodyRow, type Officer } from "@/lib/reports/compliance-queries";
import { bodyLabel } from "./compliance-bodies";
import { ComplianceRemind } from "./compliance-remind";
import { nameIn } from "@/lib/i18n/names";

/** Bodies that still owe their report after the deadline, their officers, and (for the Bureau) a remind button. */
export function ComplianceLate({
  rows,
  officers,
  campaignId,
  canRemind,
  locale,
  t,
}: {
  rows: BodyRow[];
  officers: Officer[];
  campaignId: number;
  canRemind: boolean;
  locale: Locale;
  t: Dictionary["reports"];
}) {
  const c = t.compliance;
  if (rows.length === 0) return <EmptyState title={c.lateNone} />;
  return (
    <div className="space-y-3">
      {canRemind ? <ComplianceRemind campaignId={campaignId} label={c.remindAll} variant="primary" /> : null}
      <Table caption={c.lateTitle}>
        <thead>
          <tr>
            <Th>{c.region}</Th>
            <Th>{c.province}</Th>
            <Th>{c.status}</Th>
            <Th className="text-end!">{c.daysLate}</Th>
            <Th>{c.officers}</Th>
            {canRemind ? (
              <Th className="relative">
                <span className="sr-only">{c.remind}</span>
              </Th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => {
            const mine = officers.filter((o) => answersFor(o, b));
            const name = bodyLabel(b, locale);
            return (
              <tr key={`${b.regionId}-${b.provinceId ?? 0}`}>
                <Td>{nameIn(locale, b.regionNameAr, b.regionNameFr)}</Td>
                <Td className="font-medium">
                  {b.reportId ? (
                    <Link href={`/reports/${campaignId}/reports/${b.reportId}`} className="text-brand-800 underline-offset-4 hover:underline">
                      {b.provinceId ? name : "—"}
                    </Link>
                  ) : b.provinceId ? (
                    name
                  ) : (
                    "—"
                  )}
                </Td>
                <Td>
                  <ReportStatusBadge status={b.status} t={t} />
                </Td>
                <Td className="text-end tabular-nums">{formatNumber(b.daysLate, locale)}</Td>
                <Td>
                  {mine.length ? (
                    <ul className="space-y-1">
                      {mine.map((o) => (
                        <li key={o.id}>
                          <span className="block">{o.name}</span>
                          <a href={`mailto:${o.email}`} dir="ltr" className="text-xs text-brand-800 underline underline-offset-4">
                            {o.email}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-stone-500">{c.noOfficer}</span>
                  )}
                </Td>
                {canRemind ? (
                  <Td>
                    {mine.length ? (
                      <ComplianceRemind
                        campaignId={campaignId}
                        regionId={b.regionId}
                        provinceId={b.provinceId}
                        label={c.remind}
                        accessibleLabel={fill(c.remindBody, { body: name })}
                      />
                    ) : null}
                  </Td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
