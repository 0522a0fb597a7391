import { Pencil } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActivityKind } from "@/db/schema/rooting";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatNumber } from "@/lib/i18n/format";

export interface BranchActivityRow {
  id: number;
  date: string;
  kind: ActivityKind;
  description: string;
  peopleReached: number | null;
}

/** أنشطة الفرع مع المواطنين, newest first. */
export function BranchActivities({
  branchId,
  rows,
  recordable,
  locale,
  t,
}: {
  branchId: number;
  rows: BranchActivityRow[];
  recordable: boolean;
  locale: Locale;
  t: Dictionary;
}) {
  const b = t.rooting.branchRooting;
  return (
    <Table caption={b.activitiesCaption}>
      <thead>
        <tr>
          <Th>{b.date}</Th>
          <Th>{b.kind}</Th>
          <Th>{b.description}</Th>
          <Th>{b.peopleReachedShort}</Th>
          {recordable ? (
            /* positioned, so the hidden label stays inside the table's scrolling box on a phone */
            <Th className="relative">
              <span className="sr-only">{t.common.actions}</span>
            </Th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => {
          const date = formatDate(a.date, locale);
          return (
            <tr key={a.id}>
              <Td className="whitespace-nowrap">
                <time dateTime={a.date}>{date}</time>
              </Td>
              <Td className="whitespace-nowrap">{b.kinds[a.kind]}</Td>
              <Td className="min-w-56">{a.description}</Td>
              <Td className="tabular-nums">{a.peopleReached == null ? "—" : formatNumber(a.peopleReached, locale)}</Td>
              {recordable ? (
                <Td>
                  <ButtonLink
                    href={`/rooting/branches/${branchId}/activities/${a.id}/edit`}
                    variant="ghost"
                    size="sm"
                    aria-label={fill(b.editActivityOf, { date })}
                  >
                    <Pencil aria-hidden="true" size={16} />
                    {b.editActivity}
                  </ButtonLink>
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
