import type { Metadata } from "next";
import { PaperFilters } from "@/components/papers/paper-filters";
import { PaperList } from "@/components/papers/paper-list";
import { Alert, EmptyState } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { todayInMorocco } from "@/lib/i18n/format";
import { listPapers, paperListFiltersFrom, sessionsWithPapers } from "@/lib/papers/queries";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.papers.myAssignments };
}

/** مهامي: an assignee's papers; for the Bureau, every paper with filters, the overdue first. */
export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("paper.write");
  const { locale, t } = await getDictionary();
  const reviewer = can(viewer, "paper.review");
  const filters = paperListFiltersFrom(await searchParams);
  const today = todayInMorocco();
  const [list, sessions] = await Promise.all([listPapers(viewer, reviewer ? filters : { after: filters.after, before: filters.before }, today), reviewer ? sessionsWithPapers(viewer) : []]);

  const hrefWith = (cursor: { after?: string | null; before?: string | null }) =>
    listHref("/assignments", { session: reviewer ? filters.sessionId : null, status: reviewer ? filters.status : null, ...cursor });

  return (
    <>
      <PageHeader title={reviewer ? t.papers.title : t.papers.myAssignments} description={reviewer ? t.papers.allPapersHint : t.papers.myAssignmentsHint} />
      {reviewer ? <PaperFilters filters={filters} sessions={sessions} t={t.papers} all={t.common.all} /> : null}
      {!reviewer && !viewer.memberId ? <Alert tone="info">{t.papers.noMemberLinked}</Alert> : null}
      {list.rows.length ? (
        <>
          <PaperList rows={list.rows} today={today} showAssignees={reviewer} locale={locale} t={t.papers} />
          <KeysetPagination
            firstHref={list.hasPrevious ? hrefWith({}) : null}
            previousHref={list.hasPrevious ? hrefWith({ before: list.previousCursor }) : null}
            nextHref={list.hasNext ? hrefWith({ after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: t.papers.pagination }}
          />
        </>
      ) : viewer.memberId || reviewer ? (
        <EmptyState title={reviewer ? t.papers.empty : t.papers.emptyMine} />
      ) : null}
    </>
  );
}
