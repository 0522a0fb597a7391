import type { Metadata } from "next";
import { ReviewQueue } from "@/components/reports/review-queue";
import { EmptyState } from "@/components/ui/alert";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber, plural } from "@/lib/i18n/format";
import { listReviewQueue } from "@/lib/reports/review-queries";
import { cursorText } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.reports.review.title };
}

/** The Bureau's queue: the reports of open campaigns sent by their bodies and not yet accepted or returned. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("report.review");
  const { locale, t } = await getDictionary();
  const r = t.reports;
  const q = r.review;
  const query = await searchParams;
  const list = await listReviewQueue(viewer, { after: cursorText(query.after), before: cursorText(query.before) });
  const total = list.total.atLeast ? fill(q.totalOver, { count: formatNumber(list.total.count, locale) }) : plural(list.total.count, q.total, locale);
  return (
    <>
      <PageHeader
        crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/reports", label: r.title }, { label: q.title }]} />}
        title={q.title}
        description={
          <>
            {q.description} <span aria-live="polite">{total}</span>
          </>
        }
      />
      {list.rows.length || list.hasPrevious ? (
        <>
          <ReviewQueue rows={list.rows} locale={locale} t={r} />
          <KeysetPagination
            firstHref={list.hasPrevious ? "/reports/review" : null}
            previousHref={list.hasPrevious ? listHref("/reports/review", { before: list.previousCursor }) : null}
            nextHref={list.hasNext ? listHref("/reports/review", { after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: q.pagination }}
          />
        </>
      ) : (
        <EmptyState title={q.empty}>{q.emptyHint}</EmptyState>
      )}
    </>
  );
}
