import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { EventRow } from "@/lib/diplomacy/event-queries";
import { dateRange } from "@/lib/diplomacy/format";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";

export function EventTable({ rows, locale, t }: { rows: EventRow[]; locale: Locale; t: Dictionary["diplomacy"] }) {
  const h = t.events.table;
  return (
    <Table caption={t.events.caption}>
      <thead>
        <tr>
          <Th>{h.title}</Th>
          <Th className="hidden sm:table-cell">{h.kind}</Th>
          <Th>{h.dates}</Th>
          <Th className="hidden md:table-cell">{h.place}</Th>
          <Th className="text-end">{h.delegations}</Th>
          <Th className="hidden text-end sm:table-cell">{h.countries}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((event) => (
          <tr key={event.id}>
            <Td className="min-w-44">
              <Link href={`/diplomacy/events/${event.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                {event.title}
              </Link>
            </Td>
            <Td className="hidden sm:table-cell">
              <Badge tone={event.kind === "congress" ? "green" : "neutral"}>{t.eventKinds[event.kind]}</Badge>
            </Td>
            <Td className="min-w-32">{dateRange(t.range, locale, event.startsOn, event.endsOn)}</Td>
            <Td className="hidden md:table-cell">{[event.venue, event.city].filter(Boolean).join("، ")}</Td>
            <Td className="text-end tabular-nums">{formatNumber(event.delegations, locale)}</Td>
            <Td className="hidden text-end tabular-nums sm:table-cell">{formatNumber(event.countries, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
