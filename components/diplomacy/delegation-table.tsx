import { Check, Pencil } from "lucide-react";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { countryName } from "@/lib/diplomacy/countries";
import type { EventDelegation } from "@/lib/diplomacy/event-queries";
import { dateRange } from "@/lib/diplomacy/format";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { nameIn } from "@/lib/i18n/names";

/** The delegations at an event, by country; the Bureau edits each from its row. */
export function DelegationTable({
  rows,
  eventId,
  locale,
  t,
  canManage,
}: {
  rows: EventDelegation[];
  eventId: number;
  locale: Locale;
  t: Dictionary["diplomacy"];
  canManage: boolean;
}) {
  const h = t.delegations.table;
  return (
    <Table caption={t.delegations.caption}>
      <thead>
        <tr>
          <Th className="hidden sm:table-cell">{h.country}</Th>
          <Th>{h.party}</Th>
          <Th>{h.head}</Th>
          <Th className="hidden md:table-cell">{h.members}</Th>
          <Th className="hidden lg:table-cell">{h.stay}</Th>
          <Th className="text-center">{h.spoke}</Th>
          {canManage ? <Th className="w-12">{t.edit}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id}>
            <Td className="hidden whitespace-nowrap font-medium sm:table-cell">{countryName(d.country, locale)}</Td>
            <Td className="min-w-36">
              <div className="font-medium sm:hidden">{countryName(d.country, locale)}</div>
              {d.partyId ? (
                <Link href={`/diplomacy/parties/${d.partyId}`} className="text-brand-800 underline-offset-4 hover:underline">
                  {nameIn(locale, d.partyNameAr, d.partyNameOriginal)}
                </Link>
              ) : (
                t.none
              )}
            </Td>
            <Td className="min-w-28">
              <bdi>{d.headOfDelegation}</bdi>
            </Td>
            <Td className="hidden min-w-40 md:table-cell">
              {d.members.length ? (
                <ul className="space-y-0.5">
                  {d.members.map((m, i) => (
                    <li key={i}>
                      <bdi>{m}</bdi>
                    </li>
                  ))}
                </ul>
              ) : (
                t.none
              )}
            </Td>
            <Td className="hidden min-w-36 lg:table-cell">{d.arrivedOn ? dateRange(t.range, locale, d.arrivedOn, d.leftOn) : t.none}</Td>
            <Td className="text-center">
              {d.spoke ? <Check aria-label={t.delegations.spoke} role="img" size={18} className="inline text-brand-700" /> : <span aria-hidden="true">{t.none}</span>}
            </Td>
            {canManage ? (
              <Td>
                <Link
                  href={`/diplomacy/events/${eventId}/delegations/${d.id}/edit`}
                  aria-label={fill("{edit}: {name}", { edit: t.delegations.edit, name: d.headOfDelegation })}
                  className="inline-flex size-9 items-center justify-center rounded-lg text-stone-700 hover:bg-stone-100"
                >
                  <Pencil aria-hidden="true" size={16} />
                </Link>
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
