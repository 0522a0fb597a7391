import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import type { MemberCard } from "@/lib/members/queries";
import { nameIn } from "@/lib/i18n/names";

/** The organs a member sits or sat in, with their position and dates. */
export function MemberOrgans({ memberships, locale, t }: { memberships: MemberCard["memberships"]; locale: Locale; t: Dictionary["members"] }) {
  if (!memberships.length) return <p className="text-stone-600">{t.card.noOrgans}</p>;
  const positions = t.positions as Record<string, string>;
  return (
    <Table caption={t.card.organs}>
      <thead>
        <tr>
          <Th>{t.card.organ}</Th>
          <Th>{t.card.position}</Th>
          <Th>{t.card.from}</Th>
          <Th>{t.card.to}</Th>
        </tr>
      </thead>
      <tbody>
        {memberships.map((membership) => (
          <tr key={membership.id}>
            <Td className="min-w-32">{nameIn(locale, membership.nameAr, membership.nameFr)}</Td>
            <Td className="whitespace-nowrap">{positions[membership.position] ?? membership.position}</Td>
            <Td className="whitespace-nowrap">{membership.fromDate ? formatDate(membership.fromDate, locale) : t.card.notGiven}</Td>
            <Td className="whitespace-nowrap">{membership.toDate ? formatDate(membership.toDate, locale) : t.card.current}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
