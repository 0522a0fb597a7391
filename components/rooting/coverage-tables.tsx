import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { coverageScore, type CoverageFigures } from "@/lib/rooting/coverage-queries";
import { binOf, outOf } from "./coverage-format";
import { localName } from "@/lib/i18n/names";

interface PlaceRow extends CoverageFigures {
  id: number;
  nameAr: string;
  nameFr: string;
}

/** The share restructured as words and as a bar coloured like the map. */
function RestructuredCell({ row, locale, t }: { row: CoverageFigures; locale: Locale; t: Dictionary["rooting"]["coverage"] }) {
  const score = coverageScore(row);
  return (
    <Td className="min-w-40">
      <div className="tabular-nums whitespace-nowrap">{outOf(row.restructured, row.branches, locale, t)}</div>
      {score !== null ? (
        <div className="mt-1 h-2 rounded-full bg-stone-100" aria-hidden="true">
          <div className="h-2 rounded-full" style={{ width: `${score}%`, background: binOf(score).fill }} />
        </div>
      ) : null}
    </Td>
  );
}

function CoverageRows({ rows, hrefFor, locale, t }: { rows: PlaceRow[]; hrefFor: (id: number) => string; locale: Locale; t: Dictionary["rooting"]["coverage"] }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.id}>
          <Td className="min-w-44">
            <Link href={hrefFor(r.id)} className="font-medium text-brand-800 underline-offset-4 hover:underline">
              {localName(r, locale)}
            </Link>
          </Td>
          <Td className="tabular-nums">{formatNumber(r.trainingsHeld, locale)}</Td>
          <Td className="tabular-nums">{formatNumber(r.trainersTrained, locale)}</Td>
          <RestructuredCell row={r} locale={locale} t={t} />
          <Td className="tabular-nums">{formatNumber(r.cells, locale)}</Td>
          <Td className="whitespace-nowrap">{r.lastActivityOn ? formatDate(r.lastActivityOn, locale) : <span className="text-stone-500">{t.noActivity}</span>}</Td>
        </tr>
      ))}
    </tbody>
  );
}

function Head({ place, t }: { place: string; t: Dictionary["rooting"]["coverage"] }) {
  return (
    <thead>
      <tr>
        <Th>{place}</Th>
        <Th>{t.trainingsHeld}</Th>
        <Th>{t.trainersTrained}</Th>
        <Th>{t.branchesRestructured}</Th>
        <Th>{t.cells}</Th>
        <Th>{t.lastActivity}</Th>
      </tr>
    </thead>
  );
}

export function RegionCoverageTable({ rows, locale, t }: { rows: PlaceRow[]; locale: Locale; t: Dictionary["rooting"]["coverage"] }) {
  return (
    <Table caption={t.regionsCaption}>
      <Head place={t.region} t={t} />
      <CoverageRows rows={rows} hrefFor={(id) => `/rooting/coverage?region=${id}`} locale={locale} t={t} />
    </Table>
  );
}

export function ProvinceCoverageTable({ rows, locale, t }: { rows: PlaceRow[]; locale: Locale; t: Dictionary["rooting"]["coverage"] }) {
  return (
    <Table caption={t.provincesCaption}>
      <Head place={t.province} t={t} />
      <CoverageRows rows={rows} hrefFor={(id) => `/rooting/coverage?province=${id}`} locale={locale} t={t} />
    </Table>
  );
}
