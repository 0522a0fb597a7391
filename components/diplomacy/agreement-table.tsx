import { Paperclip } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { AgreementRow } from "@/lib/diplomacy/agreement-queries";
import { countryName } from "@/lib/diplomacy/countries";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { nameIn } from "@/lib/i18n/names";

export function AgreementTable({ rows, locale, t }: { rows: AgreementRow[]; locale: Locale; t: Dictionary["diplomacy"] }) {
  const h = t.agreements.table;
  return (
    <Table caption={t.agreements.caption}>
      <thead>
        <tr>
          <Th>{h.title}</Th>
          <Th>{h.parties}</Th>
          <Th className="hidden sm:table-cell">{h.signedOn}</Th>
          <Th>{h.followUps}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <Td className="min-w-48">
              <Link href={`/diplomacy/agreements/${a.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                {a.title}
              </Link>
              {a.hasDocument ? <Paperclip aria-label={t.agreements.detail.document} role="img" size={14} className="ms-1 inline text-stone-500" /> : null}
              <div className="text-xs text-stone-600 sm:hidden">{formatDate(a.signedOn, locale)}</div>
            </Td>
            <Td className="min-w-40">
              {a.parties.map((p) => (
                <div key={p.id}>
                  {nameIn(locale, p.nameAr, p.nameOriginal)} <span className="text-xs text-stone-600">({countryName(p.country, locale)})</span>
                </div>
              ))}
            </Td>
            <Td className="hidden whitespace-nowrap sm:table-cell">{formatDate(a.signedOn, locale)}</Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                <Badge>{fill(h.open, { count: formatNumber(a.openFollowUps, locale) })}</Badge>
                {a.overdueFollowUps > 0 ? <Badge tone="red">{fill(h.overdue, { count: formatNumber(a.overdueFollowUps, locale) })}</Badge> : null}
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
