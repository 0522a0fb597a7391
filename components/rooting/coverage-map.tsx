import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";
import { coverageScore, type RegionCoverage } from "@/lib/rooting/coverage-queries";
import { formatPercent } from "@/lib/i18n/intl";
import { binOf, coverageBins } from "./coverage-format";
import { localName } from "@/lib/i18n/names";

/*
 * A schematic tile map of the twelve regions, placed roughly as on a map of Morocco (north up,
 * west left, in either language): public-domain outlines cannot be fetched here, and tiles of
 * equal weight read better than areas for a share of branches anyway.
 */
const layout: Record<string, { x: number; y: number; w?: number; h?: number }> = {
  "01": { x: 1, y: 0 }, // Tanger-Tétouan-Al Hoceïma
  "02": { x: 2, y: 0, h: 2 }, // L'Oriental
  "04": { x: 0, y: 1 }, // Rabat-Salé-Kénitra
  "03": { x: 1, y: 1 }, // Fès-Meknès
  "06": { x: 0, y: 2 }, // Casablanca-Settat
  "05": { x: 1, y: 2 }, // Béni Mellal-Khénifra
  "08": { x: 2, y: 2, h: 3 }, // Drâa-Tafilalet
  "07": { x: 0, y: 3, w: 2 }, // Marrakech-Safi
  "09": { x: 0, y: 4, w: 2 }, // Souss-Massa
  "10": { x: 0, y: 5 }, // Guelmim-Oued Noun
  "11": { x: 0, y: 6 }, // Laâyoune-Sakia El Hamra
  "12": { x: 0, y: 7 }, // Dakhla-Oued Ed-Dahab
};

const W = 180;
const H = 88;
const GAP = 6;
const NAME_SIZE = 19;
const MAX_LINE = 15;

/** A region's name on one or two lines, broken at a hyphen near the middle. */
function nameLines(name: string): string[] {
  if (name.length <= MAX_LINE) return [name];
  const parts = name.split(/\s*-\s*/);
  if (parts.length < 2) return [name];
  const joiner = name.includes(" - ") ? " - " : "-";
  let best = 1;
  for (let i = 1; i < parts.length; i++) {
    const diff = Math.abs(parts.slice(0, i).join(joiner).length - parts.slice(i).join(joiner).length);
    if (diff < Math.abs(parts.slice(0, best).join(joiner).length - parts.slice(best).join(joiner).length)) best = i;
  }
  return [parts.slice(0, best).join(joiner), parts.slice(best).join(joiner)];
}

const outside = { fill: "#f5f5f4", text: "#57534e" };

export function CoverageMap({ regions, locale, t }: { regions: RegionCoverage[]; locale: Locale; t: Dictionary["rooting"]["coverage"] }) {
  const width = 3 * W + 2 * GAP;
  const height = 8 * H + 7 * GAP;
  return (
    <div className="grid items-start gap-6 md:grid-cols-[minmax(0,30rem)_minmax(0,1fr)]">
      <svg viewBox={`0 0 ${width} ${height}`} className="mx-auto block h-auto w-full max-w-[30rem]" aria-labelledby="coverage-map-title" role="group">
        <title id="coverage-map-title">{t.mapLabel}</title>
        {regions.map((region) => {
          const place = layout[region.code];
          if (!place) return null;
          const name = localName(region, locale);
          const score = coverageScore(region);
          const x = place.x * (W + GAP);
          const y = place.y * (H + GAP);
          const w = (place.w ?? 1) * W + ((place.w ?? 1) - 1) * GAP;
          const h = (place.h ?? 1) * H + ((place.h ?? 1) - 1) * GAP;
          const colours = !region.visible || score === null ? outside : binOf(score);
          const label = !region.visible
            ? fill(t.tileOutside, { region: name })
            : score === null
              ? fill(t.tileEmpty, { region: name })
              : fill(t.tileTitle, {
                  region: name,
                  percent: formatPercent(score / 100, locale),
                  n: formatNumber(region.restructured, locale),
                  total: formatNumber(region.branches, locale),
                });
          const lines = nameLines(name);
          const cx = x + w / 2;
          const top = y + h / 2 - (lines.length * NAME_SIZE * 1.15 + (region.visible ? 26 : 0)) / 2 + NAME_SIZE;
          const tile = (
            <>
              <title>{label}</title>
              <rect
                x={x}
                y={y}
                width={w}
                height={h}
                rx={10}
                fill={colours.fill}
                stroke={region.visible ? "#ffffff" : "#a8a29e"}
                strokeDasharray={region.visible ? undefined : "6 4"}
                strokeWidth={2}
                className="transition-[stroke-width] group-hover:stroke-stone-900 group-focus-visible:stroke-stone-900 group-hover:[stroke-width:4] group-focus-visible:[stroke-width:5]"
              />
              <text x={cx} textAnchor="middle" fill={colours.text} fontSize={NAME_SIZE} fontWeight={600} aria-hidden="true">
                {lines.map((line, i) => (
                  <tspan key={i} x={cx} y={top + i * NAME_SIZE * 1.15}>
                    {line}
                  </tspan>
                ))}
              </text>
              {region.visible ? (
                <text
                  x={cx}
                  y={top + lines.length * NAME_SIZE * 1.15 + 10}
                  textAnchor="middle"
                  fill={colours.text}
                  fontSize={26}
                  fontWeight={700}
                  aria-hidden="true"
                >
                  {score === null ? "—" : formatPercent(score / 100, locale)}
                </text>
              ) : null}
            </>
          );
          return region.visible ? (
            <a key={region.id} href={`/rooting/coverage?region=${region.id}`} aria-label={label} className="group outline-none">
              {tile}
            </a>
          ) : (
            <g key={region.id} role="img" aria-label={label}>
              {tile}
            </g>
          );
        })}
      </svg>
      <CoverageLegend t={t} showOutside={regions.some((r) => !r.visible)} />
    </div>
  );
}

export function CoverageLegend({ t, showOutside }: { t: Dictionary["rooting"]["coverage"]; showOutside: boolean }) {
  const labels = [t.legend0, t.legend1, t.legend2, t.legend3];
  return (
    <div className="text-sm">
      <p className="font-semibold text-stone-800" id="coverage-legend-title">
        {t.legendTitle}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2" aria-labelledby="coverage-legend-title">
        {coverageBins.map((bin, i) => (
          <li key={bin.min} className="flex items-center gap-2">
            <span className="inline-block size-4 rounded border border-stone-300" style={{ background: bin.fill }} aria-hidden="true" />
            {labels[i]}
          </li>
        ))}
        {showOutside ? (
          <li className="flex items-center gap-2">
            <span className="inline-block size-4 rounded border border-dashed border-stone-400 bg-stone-100" aria-hidden="true" />
            {t.legendOutside}
          </li>
        ) : null}
      </ul>
      <p className="mt-2 text-xs text-stone-600">{t.scoreDefinition}</p>
    </div>
  );
}
