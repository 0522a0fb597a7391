import { Pencil } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { CellKind } from "@/db/schema/territory";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatNumber } from "@/lib/i18n/format";

export interface BranchCellRow {
  id: number;
  name: string;
  kind: CellKind;
  foundedOn: string | null;
  membersCount: number | null;
}

/** The branch's cells; adding and editing them is the territory pages' (their forms and checks). */
export function BranchCells({ rows, manageable, locale, t }: { rows: BranchCellRow[]; manageable: boolean; locale: Locale; t: Dictionary }) {
  const b = t.rooting.branchRooting;
  return (
    <Table caption={b.cellsCaption}>
      <thead>
        <tr>
          <Th>{b.cellName}</Th>
          <Th>{b.cellKind}</Th>
          <Th>{b.foundedOn}</Th>
          <Th>{b.cellMembers}</Th>
          {manageable ? (
            /* positioned, so the hidden label stays inside the table's scrolling box on a phone */
            <Th className="relative">
              <span className="sr-only">{t.common.actions}</span>
            </Th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((cell) => (
          <tr key={cell.id}>
            <Td className="min-w-36 font-medium">{cell.name}</Td>
            <Td className="whitespace-nowrap">{t.territory.kinds[cell.kind]}</Td>
            <Td className="whitespace-nowrap">{cell.foundedOn ? formatDate(cell.foundedOn, locale) : "—"}</Td>
            <Td className="tabular-nums">{cell.membersCount == null ? "—" : formatNumber(cell.membersCount, locale)}</Td>
            {manageable ? (
              <Td>
                <ButtonLink href={`/territory/cells/${cell.id}/edit`} variant="ghost" size="sm" aria-label={fill(b.editCellOf, { name: cell.name })}>
                  <Pencil aria-hidden="true" size={16} />
                  {b.editCell}
                </ButtonLink>
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
