import { Table, Td, Th } from "@/components/ui/table";
import type { CampaignQuestion } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";
import type { Figure, RegionFigures } from "@/lib/synthesis/queries";
import { localName } from "@/lib/i18n/names";

type Labels = Dictionary["reports"]["synthesis"];
export interface FiguresData {
  questions: CampaignQuestion[];
  regions: RegionFigures[];
  national: { reports: number; figures: Record<number, Figure> };
}

const average = (f: Figure | undefined) => (f && f.count ? Math.round((f.sum / f.count) * 10) / 10 : null);

/** Every numeric question summed by region, with the national total: the synthesis's main table. */
export function FiguresSummary({ data, compact = false, locale, t }: { data: FiguresData; compact?: boolean; locale: Locale; t: Labels }) {
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Table caption={t.figuresCaption} className={compact ? "text-xs" : undefined}>
      <thead>
        <tr>
          <Th>{t.region}</Th>
          <Th className="text-end!">{t.reports}</Th>
          {data.questions.map((q) => (
            <Th key={q.id} className={compact ? "px-1.5! text-end! whitespace-normal!" : "min-w-24 text-end! whitespace-normal!"}>
              {q.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.regions.map((r) => (
          <tr key={r.regionId}>
            <Td className={compact ? "font-medium" : "font-medium whitespace-nowrap"}>{localName(r, locale)}</Td>
            <Td className="text-end tabular-nums">{n(r.reports)}</Td>
            {data.questions.map((q) => (
              <Td key={q.id} className="text-end tabular-nums">
                {n(r.figures[q.id]?.sum ?? 0)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="bg-stone-50 font-semibold">
          <Td>{t.national}</Td>
          <Td className="text-end tabular-nums">{n(data.national.reports)}</Td>
          {data.questions.map((q) => (
            <Td key={q.id} className="text-end tabular-nums">
              {n(data.national.figures[q.id]?.sum ?? 0)}
            </Td>
          ))}
        </tr>
      </tfoot>
    </Table>
  );
}

/** One numeric question by region: total, average and a bar, so the table reads as a chart too. */
export function QuestionFigures({ question, data, locale, t }: { question: CampaignQuestion; data: FiguresData; locale: Locale; t: Labels }) {
  const n = (v: number | null) => (v == null ? "—" : formatNumber(v, locale));
  const max = Math.max(1, ...data.regions.map((r) => r.figures[question.id]?.sum ?? 0));
  const national = data.national.figures[question.id];
  return (
    <Table caption={fill(t.questionCaption, { question: question.label })}>
      <thead>
        <tr>
          <Th>{t.region}</Th>
          <Th className="text-end!">{t.answered}</Th>
          <Th className="text-end!">{t.average}</Th>
          <Th className="w-1/2">{t.sum}</Th>
        </tr>
      </thead>
      <tbody>
        {data.regions.map((r) => {
          const f = r.figures[question.id];
          return (
            <tr key={r.regionId}>
              <Td className="whitespace-nowrap">{localName(r, locale)}</Td>
              <Td className="text-end tabular-nums">{n(f?.count ?? 0)}</Td>
              <Td className="text-end tabular-nums">{n(average(f))}</Td>
              <Td>
                <div className="flex items-center gap-2">
                  <div className="h-3 flex-1 rounded-full bg-stone-100 print:border print:border-stone-300" aria-hidden="true">
                    <div className="h-3 rounded-full bg-brand-500 print:bg-brand-700" style={{ width: `${((f?.sum ?? 0) / max) * 100}%` }} />
                  </div>
                  <span className="w-16 text-end tabular-nums">{n(f?.sum ?? 0)}</span>
                </div>
              </Td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="bg-stone-50 font-semibold">
          <Td>{t.national}</Td>
          <Td className="text-end tabular-nums">{n(national?.count ?? 0)}</Td>
          <Td className="text-end tabular-nums">{n(average(national))}</Td>
          <Td className="text-end tabular-nums">{n(national?.sum ?? 0)}</Td>
        </tr>
      </tfoot>
    </Table>
  );
}
