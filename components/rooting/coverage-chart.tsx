import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber, plural } from "@/lib/i18n/format";
import type { ProgressPoint } from "@/lib/rooting/coverage-summary-queries";
import { quarterLabel } from "./coverage-format";

const WIDTH = 640;
const HEIGHT = 300;
const M = { top: 20, right: 60, bottom: 40, left: 52 };

const series = [
  { key: "restructured", colour: "#145835", dash: undefined, marker: "circle" },
  { key: "cells", colour: "#b45309", dash: "7 5", marker: "square" },
] as const;

/** A round top for the y axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 5) return 5;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((k) => k * power).find((m) => m >= value)!;
}

/**
 * Cumulative branches restructured and cells founded per quarter, server-rendered as SVG (time
 * runs left to right in both languages, as on the party's printed charts). The figures are also
 * in the table beneath, for screen readers and for anyone who wants the numbers.
 */
export function CoverageChart({ points, locale, t }: { points: ProgressPoint[]; locale: Locale; t: Dictionary["rooting"]["coverage"] }) {
  if (!points.length) return null;
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const top = niceMax(Math.max(...points.map((p) => Math.max(p.restructured, p.cells))));
  const x = (i: number) => M.left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((k) => Math.round(top * k));
  const last = points[points.length - 1];
  const labels = { restructured: t.progressRestructured, cells: t.progressCells };
  // the two end values are written beside their line, pushed apart when the lines end close together
  const ends = { restructured: y(last.restructured), cells: y(last.cells) };
  if (Math.abs(ends.restructured - ends.cells) < 18) {
    const upper = ends.restructured <= ends.cells ? "restructured" : "cells";
    const middle = (ends.restructured + ends.cells) / 2;
    ends[upper] = middle - 9;
    ends[upper === "cells" ? "restructured" : "cells"] = middle + 9;
  }
  const summary = fill(t.progressSummary, {
    quarter: quarterLabel(last.quarter, t),
    restructured: plural(last.restructured, t.restructuredBranches, locale),
    cells: plural(last.cells, t.cellsFounded, locale),
  });
  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-2">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="28" y2="5" stroke={s.colour} strokeWidth="3" strokeDasharray={s.dash} />
            </svg>
            {labels[s.key]}
          </li>
        ))}
      </ul>
      {/* on a phone the chart keeps a readable size and scrolls sideways inside its box */}
      <div className="overflow-x-auto" tabIndex={0} role="group" aria-labelledby="progress-title">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="block h-auto w-full min-w-[30rem]" role="img" aria-labelledby="progress-title progress-desc" style={{ direction: "ltr" }}>
          <title id="progress-title">{t.progressLabel}</title>
          <desc id="progress-desc">{summary}</desc>
          {ticks.map((v) => (
            <g key={v}>
              <line x1={M.left} x2={WIDTH - M.right} y1={y(v)} y2={y(v)} stroke="#e7e5e4" />
              <text x={M.left - 8} y={y(v) + 4} textAnchor="end" fontSize="14" fill="#57534e">
                {formatNumber(v, locale)}
              </text>
            </g>
          ))}
          {points.map((p, i) =>
            p.quarter.endsWith("-01-01") ? (
              <g key={p.quarter}>
                <line x1={x(i)} x2={x(i)} y1={M.top + plotH} y2={M.top + plotH + 5} stroke="#a8a29e" />
                <text x={x(i)} y={HEIGHT - M.bottom + 22} textAnchor="middle" fontSize="14" fill="#57534e">
                  {p.quarter.slice(0, 4)}
                </text>
              </g>
            ) : null,
          )}
          <line x1={M.left} x2={WIDTH - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke="#a8a29e" />
          {series.map((s) => (
            <g key={s.key}>
              <polyline
                points={points.map((p, i) => `${x(i).toFixed(1)},${y(p[s.key]).toFixed(1)}`).join(" ")}
                fill="none"
                stroke={s.colour}
                strokeWidth="3"
                strokeDasharray={s.dash}
                strokeLinejoin="round"
              />
              {s.marker === "circle" ? (
                <circle cx={x(points.length - 1)} cy={y(last[s.key])} r="5" fill={s.colour} />
              ) : (
                <rect x={x(points.length - 1) - 5} y={y(last[s.key]) - 5} width="10" height="10" fill={s.colour} />
              )}
              <text x={x(points.length - 1) + 9} y={ends[s.key] + 5} fontSize="15" fontWeight="700" fill={s.colour}>
                {formatNumber(last[s.key], locale)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-800">{t.progressTable}</summary>
        <div className="mt-3">
          <Table caption={t.progressCaption}>
            <thead>
              <tr>
                <Th>{t.quarter}</Th>
                <Th>{t.progressRestructured}</Th>
                <Th>{t.progressCells}</Th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.quarter}>
                  <Td>{quarterLabel(p.quarter, t)}</Td>
                  <Td className="tabular-nums">{formatNumber(p.restructured, locale)}</Td>
                  <Td className="tabular-nums">{formatNumber(p.cells, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </details>
    </div>
  );
}
