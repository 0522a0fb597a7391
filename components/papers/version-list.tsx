import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDateTime } from "@/lib/i18n/format";
import type { paperVersionList } from "@/lib/papers/queries";

type VersionRow = Awaited<ReturnType<typeof paperVersionList>>[number];

/** Every kept version: who wrote it and when, whether it was submitted, and the Bureau's decision. */
export function VersionList({ paperId, rows, locale, t }: { paperId: number; rows: VersionRow[]; locale: Locale; t: Dictionary["papers"]["versions"] }) {
  if (rows.length === 0) return <p className="text-stone-600">{t.none}</p>;
  return (
    <Table caption={t.title}>
      <thead>
        <tr>
          <Th>{t.version}</Th>
          <Th>{t.author}</Th>
          <Th>{t.date}</Th>
          <Th>{t.kind}</Th>
          <Th>{t.decision}</Th>
          <Th>{t.comment}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.version}>
            <Td className="whitespace-nowrap">
              <Link href={`/assignments/${paperId}/versions/${row.version}`} className="font-semibold text-brand-800 underline" aria-label={fill(t.open, { version: row.version })}>
                {fill(t.versionTitle, { version: row.version })}
              </Link>
            </Td>
            <Td className="min-w-32">{row.authorName ?? "—"}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(row.createdAt, locale)}</Td>
            <Td>{row.submitted ? <Badge tone="amber">{t.submitted}</Badge> : <Badge>{t.draft}</Badge>}</Td>
            <Td>{row.decision ? <Badge tone={row.decision === "approved" ? "green" : "red"}>{t.decisions[row.decision]}</Badge> : "—"}</Td>
            <Td className="min-w-48">{row.reviewComment ?? ""}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
