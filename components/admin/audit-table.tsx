import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { AuditRow } from "@/lib/admin/queries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDateTime } from "@/lib/i18n/format";

/** Records that have a page here get a link from the log. */
function entityHref(entity: string, entityId: string | null): string | null {
  if (!entityId) return null;
  if (entity === "user") return `/admin/users/${entityId}`;
  return null;
}

export function AuditTable({ rows, t, locale }: { rows: AuditRow[]; t: Dictionary; locale: Locale }) {
  return (
    <Table caption={t.admin.audit.caption}>
      <thead>
        <tr>
          <Th>{t.admin.audit.when}</Th>
          <Th>{t.admin.audit.who}</Th>
          <Th>{t.admin.audit.action}</Th>
          <Th>{t.admin.audit.entity}</Th>
          <Th>{t.admin.audit.summary}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const href = entityHref(row.entity, row.entityId);
          const entity = `${row.entity}${row.entityId ? ` #${row.entityId}` : ""}`;
          return (
            <tr key={row.id}>
              <Td className="whitespace-nowrap text-stone-700">
                <time dateTime={row.at.toISOString()}>{formatDateTime(row.at, locale)}</time>
              </Td>
              <Td className="whitespace-nowrap">
                {row.userId ? (
                  <Link href={`/admin/audit?user=${row.userId}`} className="underline-offset-4 hover:underline" title={row.userEmail ?? undefined}>
                    {row.userName}
                  </Link>
                ) : (
                  <span className="text-stone-600">{t.admin.audit.system}</span>
                )}
              </Td>
              <Td>
                <code dir="ltr" className="rounded bg-stone-100 px-1.5 py-0.5 text-xs whitespace-nowrap text-stone-800">
                  {row.action}
                </code>
              </Td>
              <Td className="whitespace-nowrap">
                <span dir="ltr">{href ? <Link href={href} className="text-brand-800 underline-offset-4 hover:underline">{entity}</Link> : entity}</span>
              </Td>
              <Td className="min-w-56">
                <bdi>{row.summary}</bdi>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
