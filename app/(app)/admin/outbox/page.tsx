import type { Metadata } from "next";
import { OutboxTable } from "@/components/notifications/outbox-table";
import { Alert, EmptyState } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { listOutbox } from "@/lib/notifications/outbox";
import { firstParam, toId } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.notifications.outbox.title };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("outbox.read");
  const { locale, t } = await getDictionary();
  const o = t.notifications.outbox;
  const list = await listOutbox(viewer, toId(firstParam((await searchParams).page)) ?? 1);
  return (
    <>
      <PageHeader title={o.title} description={fill(o.total, { count: formatNumber(list.total, locale) })} />
      <div className="mb-4">
        <Alert tone={list.smtp ? "success" : "info"}>{list.smtp ? o.smtpOn : o.smtpOff}</Alert>
      </div>
      {list.rows.length ? (
        <>
          <OutboxTable rows={list.rows} locale={locale} t={o} />
          <Pagination
            page={list.page}
            pages={list.pages}
            hrefFor={(page) => (page > 1 ? `/admin/outbox?page=${page}` : "/admin/outbox")}
            labels={{ previous: t.common.previous, next: t.common.next, nav: o.pagination, status: fill(t.common.pageOf, { page: list.page, pages: list.pages }) }}
          />
        </>
      ) : (
        <EmptyState title={o.empty} />
      )}
    </>
  );
}
