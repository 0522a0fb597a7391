import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { MemberListRow } from "@/lib/members/queries";
import { MemberStatusBadge } from "./status-badge";
import { nameIn } from "@/lib/i18n/names";

export function MemberTable({ rows, locale, t }: { rows: MemberListRow[]; locale: Locale; t: Dictionary["members"] }) {
  return (
    <Table caption={t.listCaption}>
      <thead>
        <tr>
          <Th>{t.columns.name}</Th>
          <Th>{t.columns.memberNumber}</Th>
          <Th>{t.columns.branch}</Th>
          <Th>{t.columns.status}</Th>
          <Th>{t.columns.organs}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-stone-50">
            <Td className="min-w-44">
              <Link href={`/members/${row.id}`} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                {row.fullNameAr}
              </Link>
              {row.fullNameLatin ? (
                <div className="text-xs text-stone-600">
                  <span dir="ltr">{row.fullNameLatin}</span>
                </div>
              ) : null}
            </Td>
            <Td className="tabular-nums whitespace-nowrap">
              <span dir="ltr">{row.memberNumber}</span>
            </Td>
            <Td className="min-w-40">
              <div>{nameIn(locale, row.branchNameAr, row.branchNameFr)}</div>
              <div className="text-xs text-stone-600">{nameIn(locale, row.provinceNameAr, row.provinceNameFr)}</div>
            </Td>
            <Td className="whitespace-nowrap">
              <MemberStatusBadge status={row.status} labels={t.status} />
            </Td>
            <Td>
              {row.organs.length ? (
                <ul className="flex flex-wrap gap-1">
                  {row.organs.map((organ) => (
                    <li key={organ.organId}>
                      <Badge tone={organ.code === "political_bureau" ? "blue" : "neutral"}>{nameIn(locale, organ.nameAr, organ.nameFr)}</Badge>
                    </li>
                  ))}
                </ul>
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
