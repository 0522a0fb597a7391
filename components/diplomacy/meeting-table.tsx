import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { MeetingRow } from "@/lib/diplomacy/agreement-queries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatList } from "@/lib/i18n/format";
import { nameIn } from "@/lib/i18n/names";

export function MeetingTable({ rows, locale, t }: { rows: MeetingRow[]; locale: Locale; t: Dictionary["diplomacy"] }) {
  const h = t.meetings.table;
  return (
    <Table caption={t.meetings.caption}>
      <thead>
        <tr>
          <Th>{h.date}</Th>
          <Th>{h.parties}</Th>
          <Th className="hidden sm:table-cell">{h.where}</Th>
          <Th className="hidden md:table-cell">{h.place}</Th>
          <Th className="hidden lg:table-cell">{h.topics}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id}>
            <Td className="whitespace-nowrap">
              <Link href={`/diplomacy/meetings/${m.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                {formatDate(m.date, locale)}
              </Link>
            </Td>
            <Td className="min-w-40">{formatList(m.parties.map((p) => nameIn(locale, p.nameAr, p.nameOriginal)), locale)}</Td>
            <Td className="hidden sm:table-cell">
              <Badge tone={m.received ? "green" : "blue"}>{m.received ? t.meetings.where.received : t.meetings.where.abroad}</Badge>
            </Td>
            <Td className="hidden md:table-cell">{m.place}</Td>
            <Td className="hidden max-w-sm lg:table-cell">
              <span className="line-clamp-2">{m.topics ?? t.none}</span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
