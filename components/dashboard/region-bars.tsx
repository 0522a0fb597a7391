import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";

/** Members per region as a table whose last column is a bar: readable as data, seen as a chart. */
export function RegionBars({
  rows,
  locale,
  labels,
}: {
  rows: { id: number; nameAr: string; nameFr: string; branches: number; activeMembers: number }[];
  locale: Locale;
  labels: { region: string; branches: string; members: string; caption: string };
}) {
  const max = Math.max(1, ...rows.map((r) => r.activeMembers));
  return (
    <Table caption={labels.caption}>
      <thead>
        <tr>
          <Th>{labels.region}</Th>
          <Th className="text-end">{labels.branches}</Th>
          <Th className="w-1/2">{labels.members}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>
              <a href={`/territory/regions/${r.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                {localName(r, locale)}
              </a>
            </Td>
            <Td className="text-end tabular-nums">{formatNumber(r.branches, locale)}</Td>
            <Td>
              <div className="flex items-center gap-2">
                <div className="h-3 flex-1 rounded-full bg-stone-100" aria-hidden="true">
                  <div className="h-3 rounded-full bg-brand-500" style={{ width: `${(r.activeMembers / max) * 100}%` }} />
                </div>
                <span className="w-10 text-end tabular-nums">{formatNumber(r.activeMembers, locale)}</span>
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
