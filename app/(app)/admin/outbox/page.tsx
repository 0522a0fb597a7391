import type { Metadata } from "next";
import Link from "next/link";
import { OutboxTable } from "@/components/notifications/outbox-table";
import { Alert, EmptyState } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/format";
import { listOutbox, outboxStatusFrom } from "@/lib/notifications/outbox";
import { cursorText } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.notifications.outbox.title };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("outbox.read");
  const { locale, t } = await getDictionary();
  const o = t.notifications.outbox;
  const query = await searchParams;
  const status = outboxStatusFrom(query.status);
  const list = await listOutbox(viewer, { after: cursorText(query.after), before: cursorText(query.before), status });
  const base = status ? `/admin/outbox?status=${status}` : "/admin/outbox";
  return (
    <>
      <PageHeader
        title={status ? fill(o.ofStatus, { status: o[status] }) : o.title}
        description={
          <>
            {plural(list.total.count, list.total.atLeast ? o.totalOver : o.total, locale)}
            {status ? (
              <>
                {" · "}
                <Link href="/admin/outbox" className="text-brand-800 underline underline-offset-4">
                  {o.allStatuses}
                </Link>
              </>
            ) : null}
          </>
        }
      />
      <div className="mb-4">
        <Alert tone={list.smtp ? "success" : "info"}>{list.smtp ? o.smtpOn : o.smtpOff}</Alert>
      </div>
      {list.rows.length ? (
        <>
          <OutboxTable rows={list.rows} locale={locale} t={o} />
          <KeysetPagination
            firstHref={list.hasPrevious ? base : null}
            previousHref={list.hasPrevious ? listHref("/admin/outbox", { status, before: list.previousCursor }) : null}
            nextHref={list.hasNext ? listHref("/admin/outbox", { status, after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: o.pagination }}
          />
        </>
      ) : (
        <EmptyState title={status ? o.emptyOfStatus : o.empty} />
      )}
    </>
  );
}
