import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { percentDone, type RegionCompliance, type StatusCounts } from "@/lib/reports/compliance-queries";
import { statusSegments } from "./compliance-scale";
import { localName } from "@/lib/i18n/names";

export function StatusLegend({ t }: { t: Dictionary["reports"]["compliance"] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
      {statusSegments.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={cn("inline-block size-3 rounded-sm", s.className)} />
          {t.counts[s.key]}
        </li>
      ))}
    </ul>
  );
}

/** One body count as a bar split by status; the numbers beside it say the same for readers. */
export function StatusBar({ counts }: { counts: StatusCounts }) {
  return (
    <div className="flex h-3.5 min-w-24 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
      {statusSegments.map((s) =>
        counts[s.key] > 0 ? <div key={s.key} className={s.className} style={{ width: `${(counts[s.key] / Math.max(1, counts.total)) * 100}%` }} /> : null,
      )}
    </div>
  );
}

/** Regions with their counts by status, a stacked bar each, and the national sum. */
export function ComplianceRegionTable({
  rows,
  total,
  hrefFor,
  locale,
  t,
}: {
  rows: RegionCompliance[];
  total: StatusCounts;
  hrefFor: (regionId: number) => string;
  locale: Locale;
  t: Dictionary["reports"]["compliance"];
}) {
  const n = (v: number) => formatNumber(v, locale);
  const cells = (c: StatusCounts) =>
    statusSegments.map((s) => (
      <Td key={s.key} className={cn("text-end tabular-nums", c[s.key] === 0 && "text-stone-400")}>
        {n(c[s.key])}
      </Td>
    ));
  return (
    <Table caption={t.tableCaption}>
      <thead>
        <tr>
          <Th>{t.region}</Th>
          <Th className="text-end!">{t.counts.total}</Th>
          {statusSegments.map((s) => (
            <Th key={s.key} className="text-end! whitespace-normal!">
              {t.counts[s.key]}
            </Th>
          ))}
          <Th className="min-w-40">{t.chartTitle}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.regionId}>
            <Td className="whitespace-nowrap">
              <Link href={hrefFor(r.regionId)} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                {localName(r, locale)}
              </Link>
            </Td>
            <Td className="text-end tabular-nums">{n(r.total)}</Td>
            {cells(r)}
            <Td>
              <div className="flex items-center gap-2">
                <div className="flex-1">
                  <StatusBar counts={r} />
                </div>
                <span className="w-12 text-end text-xs tabular-nums">{formatPercent(percentDone(r) / 100, locale)}</span>
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
      {rows.length > 1 ? (
        <tfoot>
          <tr className="bg-stone-50 font-semibold">
            <Td>{t.national}</Td>
            <Td className="text-end tabular-nums">{n(total.total)}</Td>
            {cells(total)}
            <Td>
              <div className="flex items-center gap-2">
                <div className="flex-1">
                  <StatusBar counts={total} />
                </div>
                <span className="w-12 text-end text-xs tabular-nums">{formatPercent(percentDone(total) / 100, locale)}</span>
              </div>
            </Td>
          </tr>
        </tfoot>
      ) : null}
    </Table>
  );
}
