import type { Metadata } from "next";
import { PaperFilters } from "@/components/papers/paper-filters";
import { PaperList } from "@/components/papers/paper-list";
import { Alert, EmptyState } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { listHref, Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
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
  const [list, sessions] = await Promise.all([listPapers(viewer, reviewer ? filters : { page: filters.page }, today), reviewer ? sessionsWithPapers(viewer) : []]);

  const hrefFor = (page: number) => listHref("/assignments", { session: reviewer ? filters.sessionId : null, status: reviewer ? filters.status : null, page });

  return (
    <>
      <PageHeader title={reviewer ? t.papers.title : t.papers.myAssignments} description={reviewer ? t.papers.allPapersHint : t.papers.myAssignmentsHint} />
      {reviewer ? <PaperFilters filters={filters} sessions={sessions} t={t.papers} all={t.common.all} /> : null}
      {!reviewer && !viewer.memberId ? <Alert tone="info">{t.papers.noMemberLinked}</Alert> : null}
      {list.rows.length ? (
        <>
          <PaperList rows={list.rows} today={today} showAssignees={reviewer} locale={locale} t={t.papers} />
          <Pagination
            page={list.page}
            pages={list.pages}
            hrefFor={hrefFor}
            labels={{ previous: t.common.previous, next: t.common.next, nav: t.papers.pagination, status: fill(t.common.pageOf, { page: list.page, pages: list.pages }) }}
          />
        </>
      ) : viewer.memberId || reviewer ? (
        <EmptyState title={reviewer ? t.papers.empty : t.papers.emptyMine} />
      ) : null}
    </>
  );
}
