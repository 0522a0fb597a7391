import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { continentOf, countryName } from "@/lib/diplomacy/countries";
import type { PartyRow } from "@/lib/diplomacy/queries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import { nameIn, otherNameIn } from "@/lib/i18n/names";

export function PartyTable({ rows, locale, t }: { rows: PartyRow[]; locale: Locale; t: Dictionary["diplomacy"] }) {
  const h = t.parties.table;
  return (
    <Table caption={t.parties.caption}>
      <thead>
        <tr>
          <Th>{h.name}</Th>
          <Th>{h.country}</Th>
          <Th className="hidden md:table-cell">{h.continent}</Th>
          <Th className="hidden sm:table-cell">{h.orientation}</Th>
          <Th className="hidden lg:table-cell">{h.relationsSince}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((party) => {
          const continent = continentOf(party.country);
          return (
            <tr key={party.id}>
              <Td className="min-w-48">
                <Link href={`/diplomacy/parties/${party.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                  {nameIn(locale, party.nameAr, party.nameOriginal)}
                </Link>
                <div className="text-xs text-stone-600">
                  <bdi>{otherNameIn(locale, party.nameAr, party.nameOriginal)}</bdi>
                </div>
              </Td>
              <Td className="whitespace-nowrap">{countryName(party.country, locale)}</Td>
              <Td className="hidden whitespace-nowrap md:table-cell">{continent ? t.continents[continent] : t.none}</Td>
              <Td className="hidden sm:table-cell">{party.orientation ?? t.none}</Td>
              <Td className="hidden whitespace-nowrap lg:table-cell">{party.relationsSince ? formatDate(party.relationsSince, locale) : t.none}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
