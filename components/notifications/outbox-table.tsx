import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDateTime } from "@/lib/i18n/format";

interface OutboxRow {
  id: number;
  to: string;
  subject: string;
  body: string;
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
}

/** The emails kept: to whom, about what, when, and whether they left. */
export function OutboxTable({ rows, locale, t }: { rows: OutboxRow[]; locale: Locale; t: Dictionary["notifications"]["outbox"] }) {
  return (
    <Table caption={t.caption}>
      <thead>
        <tr>
          <Th>{t.to}</Th>
          <Th>{t.subject}</Th>
          <Th>{t.createdAt}</Th>
          <Th>{t.status}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>
              <span dir="ltr">{r.to}</span>
            </Td>
            <Td className="min-w-56">
              <details>
                <summary className="cursor-pointer font-medium">{r.subject}</summary>
                <p className="mt-1 text-xs font-medium text-stone-600">{t.body}</p>
                <p className="text-sm whitespace-pre-line text-stone-700">{r.body}</p>
              </details>
            </Td>
            <Td className="whitespace-nowrap">{formatDateTime(r.createdAt, locale)}</Td>
            <Td>
              {r.sentAt ? (
                <Badge tone="green">
                  {t.sent} — {formatDateTime(r.sentAt, locale)}
                </Badge>
              ) : r.error ? (
                <span className="space-y-1">
                  <Badge tone="red">{t.failed}</Badge>
                  <span className="block text-xs text-stone-600" dir="ltr">
                    {r.error}
                  </span>
                </span>
              ) : (
                <Badge tone="amber">{t.waiting}</Badge>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
