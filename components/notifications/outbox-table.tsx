import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PlainActionForm } from "@/components/ui/plain-action-form";
import { Table, Td, Th } from "@/components/ui/table";
import type { OutboxStatus } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { retryOutboxEmail } from "@/lib/notifications/outbox-actions";

interface OutboxRow {
  id: number;
  to: string;
  subject: string;
  body: string;
  createdAt: Date;
  status: OutboxStatus;
  attempts: number;
  sentAt: Date | null;
  error: string | null;
}

const tones = { waiting: "amber", queued: "amber", sending: "amber", sent: "green", failed: "red" } as const;

/** The emails kept: to whom, about what, when, and whether they left; a failed one can be sent again. */
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
              <div className="space-y-1">
                <Badge tone={tones[r.status]}>
                  {t[r.status]}
                  {r.status === "sent" && r.sentAt ? ` — ${formatDateTime(r.sentAt, locale)}` : null}
                </Badge>
                {r.attempts > 0 && r.status !== "sent" ? (
                  <span className="block text-xs text-stone-600">{fill(t.attempts, { count: formatNumber(r.attempts, locale) })}</span>
                ) : null}
                {r.error && r.status !== "sent" ? (
                  <span className="block text-xs text-stone-600">
                    {t.lastError}: <span dir="ltr">{r.error}</span>
                  </span>
                ) : null}
                {r.status === "failed" ? (
                  <PlainActionForm action={retryOutboxEmail}>
                    <input type="hidden" name="id" value={r.id} />
                    <button type="submit" aria-label={fill(t.retryNamed, { subject: r.subject })} className={buttonClass("secondary", "sm")}>
                      {t.retry}
                    </button>
                  </PlainActionForm>
                ) : null}
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
