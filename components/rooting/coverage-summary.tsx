import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { CoverageSummary } from "@/lib/rooting/coverage-summary-queries";
import { formatPercent } from "@/lib/i18n/intl";
import { outOf } from "./coverage-format";

function Figure({ label, value, detail, small }: { label: string; value: string; detail?: string; small?: boolean }) {
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className={`mt-1 font-bold text-brand-800 tabular-nums ${small ? "text-lg" : "text-2xl"}`}>{value}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-stone-600 tabular-nums">{detail}</dd> : null}
    </div>
  );
}

/** The figures above the map: for the Bureau and members the country's, for an officer their scope's. */
export function CoverageSummaryFigures({ summary, locale, t }: { summary: CoverageSummary; locale: Locale; t: Dictionary["rooting"]["coverage"] }) {
  const share = (n: number) => (summary.branches ? formatPercent(n / summary.branches, locale) : "—");
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      <Figure label={t.trainingsHeld} value={formatNumber(summary.trainingsHeld, locale)} detail={summary.national ? `${t.regionsTrained}: ${formatNumber(summary.regionsTrained, locale)}` : undefined} />
      <Figure label={t.trainersTrained} value={formatNumber(summary.trainersTrained, locale)} />
      <Figure label={t.branchesRestructured} value={share(summary.restructured)} detail={outOf(summary.restructured, summary.branches, locale, t)} />
      <Figure label={t.bureauxRenewed} value={share(summary.bureauRenewed)} detail={outOf(summary.bureauRenewed, summary.branches, locale, t)} />
      <Figure label={t.cells} value={formatNumber(summary.cells, locale)} />
      <Figure label={t.lastActivity} value={summary.lastActivityOn ? formatDate(summary.lastActivityOn, locale) : t.noActivity} small />
    </dl>
  );
}
