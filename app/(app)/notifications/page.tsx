import type { Metadata } from "next";
import Link from "next/link";
import { MarkRead } from "@/components/notifications/mark-read";
import { NotificationList } from "@/components/notifications/notification-list";
import { EmptyState } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/format";
import { listNotifications } from "@/lib/notifications/queries";
import { cursorText } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.notifications.title };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("notification.read");
  const { locale, t } = await getDictionary();
  const n = t.notifications;
  const query = await searchParams;
  const list = await listNotifications(viewer, { after: cursorText(query.after), before: cursorText(query.before) });
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={n.title}
        description={
          <span aria-live="polite">{plural(list.total.count, list.total.atLeast ? n.totalOver : n.total, locale, { unread: plural(list.unread, n.unreadOf, locale) })}</span>
        }
        actions={list.unread > 0 ? <MarkRead label={n.markAllRead} /> : null}
      />
      <p className="mb-4 text-sm">
        <Link href="/account/notifications" className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
          {t.preferences.link}
        </Link>
        <span className="text-stone-600"> — {t.preferences.linkHint}</span>
      </p>
      {list.rows.length ? (
        <>
          <NotificationList rows={list.rows} locale={locale} t={n} />
          <KeysetPagination
            firstHref={list.hasPrevious ? "/notifications" : null}
            previousHref={list.hasPrevious ? listHref("/notifications", { before: list.previousCursor }) : null}
            nextHref={list.hasNext ? listHref("/notifications", { after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: n.pagination }}
          />
        </>
      ) : (
        <EmptyState title={n.empty}>{n.emptyHint}</EmptyState>
      )}
    </div>
  );
}
