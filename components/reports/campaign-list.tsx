import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { CampaignRow } from "@/lib/reports/queries";

const statusTones = { draft: "neutral", open: "blue", closed: "green" } as const;

/** The Bureau's campaigns, with how many reports came in and where to follow them. */
export function CampaignList({ rows, locale, t }: { rows: CampaignRow[]; locale: Locale; t: Dictionary["reports"] }) {
  const l = t.landing;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <Table caption={l.caption}>
      <thead>
        <tr>
          <Th>{l.columns.title}</Th>
          <Th>{l.columns.level}</Th>
          <Th>{l.columns.status}</Th>
          <Th>{l.columns.period}</Th>
          <Th>{l.columns.progress}</Th>
          <Th>{l.columns.actions}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="min-w-48">
              <Link href={`/reports/campaigns/${row.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                {row.title}
              </Link>
            </Td>
            <Td>{t.levels[row.level]}</Td>
            <Td>
              <Badge tone={statusTones[row.status]}>{t.campaignStatuses[row.status]}</Badge>
            </Td>
            <Td className="whitespace-nowrap">{fill(l.period, { from: formatDate(row.opensOn, locale), to: formatDate(row.deadline, locale) })}</Td>
            <Td className="tabular-nums whitespace-nowrap">{row.status === "draft" ? "—" : fill(l.progress, { submitted: n(row.submitted), total: n(row.reports) })}</Td>
            <Td>
              {/* relative: the screen-reader text stays inside the scrolling table, not past the page edge */}
              <div className="relative flex flex-col gap-1 whitespace-nowrap">
                <Link href={`/reports/campaigns/${row.id}`} className="text-brand-800 underline-offset-4 hover:underline">
                  {l.edit}
                  <span className="sr-only"> — {row.title}</span>
                </Link>
                {row.status !== "draft" ? (
                  <>
                    <Link href={`/reports/compliance?campaign=${row.id}`} className="text-brand-800 underline-offset-4 hover:underline">
                      {l.compliance}
                      <span className="sr-only"> — {row.title}</span>
                    </Link>
                    <Link href={`/reports/${row.id}/synthesis`} className="text-brand-800 underline-offset-4 hover:underline">
                      {l.synthesis}
                      <span className="sr-only"> — {row.title}</span>
                    </Link>
                  </>
                ) : null}
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
