import Link from "next/link";
import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { criteriaMet, rootingChecklist } from "@/lib/rooting/checklist";
import type { BranchCoverageRow } from "@/lib/rooting/coverage-queries";
import { ChecklistMark } from "./branch-checklist";
import { localName } from "@/lib/i18n/names";

function MarkCell({ met, children, labels }: { met: boolean; children: ReactNode; labels: { met: string; notMet: string } }) {
  return (
    <Td>
      <div className="flex items-center gap-2 whitespace-nowrap">
        <ChecklistMark met={met} labels={labels} />
        <span className="tabular-nums text-stone-700">{children}</span>
      </div>
    </Td>
  );
}

/** A province's branches, each with its checklist derived from the row. */
export function BranchCoverageTable({ rows, today, locale, t }: { rows: BranchCoverageRow[]; today: string; locale: Locale; t: Dictionary["rooting"] }) {
  const c = t.coverage;
  const criteria = t.branchRooting.criteria;
  const date = (value: string | null) => (value ? formatDate(value, locale) : "—");
  return (
    <Table caption={c.branchesCaption}>
      <thead>
        <tr>
          <Th>{c.branch}</Th>
          <Th>{criteria.restructured}</Th>
          <Th>{criteria.bureauRenewed}</Th>
          <Th>{t.branchRooting.cellsTitle}</Th>
          <Th>{c.lastActivity}</Th>
          <Th>{c.criteriaMet}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const checklist = rootingChecklist(row, today);
          return (
            <tr key={row.id}>
              <Td className="min-w-40">
                <Link href={`/rooting/branches/${row.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                  {localName(row, locale)}
                </Link>
              </Td>
              <MarkCell met={checklist.restructured} labels={c}>
                {date(row.restructuredOn)}
              </MarkCell>
              <MarkCell met={checklist.bureauRenewed} labels={c}>
                {date(row.bureauRenewedOn)}
              </MarkCell>
              <MarkCell met={checklist.hasCell} labels={c}>
                {formatNumber(row.cells, locale)}
              </MarkCell>
              <MarkCell met={checklist.recentActivity} labels={c}>
                {date(row.lastActivityOn)}
              </MarkCell>
              <Td className="whitespace-nowrap font-semibold leading-6 tabular-nums">{fill(c.criteriaMetValue, { n: criteriaMet(checklist) })}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
