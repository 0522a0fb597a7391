import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { percentDone, type RegionCompliance } from "@/lib/reports/compliance-queries";
import { completionClass, completionSteps, regionTiles } from "./compliance-scale";
import { localName } from "@/lib/i18n/names";

/**
 * The twelve regions as tiles placed roughly as on the map (north at the top, west on the left
 * whatever the page's direction), each coloured by its share of bodies that have reported and
 * showing that share as a number, so the colour is never the only sign.
 */
export function ComplianceGrid({
  regions,
  rows,
  hrefFor,
  locale,
  t,
}: {
  regions: { id: number; code: string; nameAr: string; nameFr: string }[];
  rows: RegionCompliance[];
  hrefFor: (regionId: number) => string;
  locale: Locale;
  t: Dictionary["reports"]["compliance"];
}) {
  const byRegion = new Map(rows.map((r) => [r.regionId, r]));
  const pct = (n: number) => formatPercent(n / 100, locale);
  return (
    <div>
      <p className="mb-3 text-sm text-stone-600">{t.gridHint}</p>
      {/* geography has no reading direction: the map keeps west on the left */}
      <ul dir="ltr" className="grid grid-cols-4 gap-1.5 sm:gap-2" style={{ gridAutoRows: "minmax(4.25rem, auto)" }}>
        {regions.map((region) => {
          const tile = regionTiles[region.code] ?? { column: "auto", row: "auto" };
          const row = byRegion.get(region.id);
          const name = localName(region, locale);
          const body = (percent: string | null) => (
            <span dir={locale === "ar" ? "rtl" : "ltr"} className="flex h-full flex-col justify-between gap-1 text-start">
              <span className="text-[0.7rem] leading-tight font-medium sm:text-sm">{name}</span>
              <span className="text-base font-bold tabular-nums sm:text-xl">{percent ?? "—"}</span>
            </span>
          );
          return (
            <li key={region.id} style={{ gridColumn: tile.column, gridRow: tile.row }}>
              {row && row.total > 0 ? (
                <Link
                  href={hrefFor(region.id)}
                  aria-label={fill(t.gridLink, { region: name, percent: pct(percentDone(row)) })}
                  className={cn("block h-full rounded-lg border p-1.5 shadow-xs hover:ring-2 hover:ring-brand-600 sm:p-2.5", completionClass(percentDone(row)))}
                >
                  {body(pct(percentDone(row)))}
                </Link>
              ) : (
                <div className="h-full rounded-lg border border-dashed border-stone-300 bg-white p-1.5 text-stone-500 sm:p-2.5">{body(null)}</div>
              )}
            </li>
          );
        })}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-700">
        <span className="font-medium">{t.legend}:</span>
        {completionSteps.map((s) => (
          <span key={s.from} className="flex items-center gap-1">
            <span aria-hidden="true" className={cn("inline-block size-4 rounded border", s.className)} />
            {s.from === s.to ? pct(s.from) : fill(t.legendRange, { from: formatNumber(s.from, locale), to: formatNumber(s.to, locale) })}
          </span>
        ))}
      </div>
    </div>
  );
}
