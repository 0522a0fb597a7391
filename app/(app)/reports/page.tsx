import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { CampaignList } from "@/components/reports/campaign-list";
import { OfflineSupport } from "@/components/reports/offline-support-lazy";
import { TodoList } from "@/components/reports/todo-list";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { fill, getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { listCampaigns, todoPage } from "@/lib/reports/queries";
import { cursorText } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.reports.title };
}

/** The Bureau lands on its campaigns; an officer on the reports their bodies owe. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("report.read");
  const { locale, t } = await getDictionary();
  const r = t.reports;

  if (can(viewer, "campaign.manage")) {
    const query = await searchParams;
    const list = await listCampaigns(viewer, { after: cursorText(query.after), before: cursorText(query.before) });
    return (
      <>
        <PageHeader
          title={r.title}
          description={
            <>
              {r.landing.bureauDescription} <span aria-live="polite">{plural(list.total.count, list.total.atLeast ? r.landing.totalOver : r.landing.total, locale)}</span>
            </>
          }
          actions={
            <>
              <ButtonLink href="/reports/review" variant="secondary">
                {r.review.link}
              </ButtonLink>
              <ButtonLink href="/reports/campaigns/new">
                <Plus aria-hidden="true" size={18} />
                {r.landing.newCampaign}
              </ButtonLink>
            </>
          }
        />
        {list.rows.length ? (
          <>
            <CampaignList rows={list.rows} locale={locale} t={r} />
            <KeysetPagination
              firstHref={list.hasPrevious ? "/reports" : null}
              previousHref={list.hasPrevious ? listHref("/reports", { before: list.previousCursor }) : null}
              nextHref={list.hasNext ? listHref("/reports", { after: list.nextCursor }) : null}
              labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: r.landing.pagination }}
            />
          </>
        ) : (
          <EmptyState title={r.landing.empty}>{r.landing.emptyHint}</EmptyState>
        )}
      </>
    );
  }

  // the campaigns nearest their deadline, a few at a time (todoPage): the rest a "next" link away
  const query = await searchParams;
  const todo = await todoPage(viewer, { after: cursorText(query.after), before: cursorText(query.before) });
  const now = clock.now();
  return (
    <>
      <OfflineSupport />
      <PageHeader
        title={r.todo.title}
        description={
          <>
            {r.todo.description}
            {todo.totals.campaigns ? (
              <>
                {" "}
                {fill(r.todo.totals, { campaigns: plural(todo.totals.campaigns, r.todo.campaigns, locale), toSend: plural(todo.totals.toSend, r.todo.toSend, locale) })}
              </>
            ) : null}
          </>
        }
      />
      {todo.rows.length || todo.hasPrevious ? (
        <>
          <TodoList rows={todo.rows} locale={locale} t={r} now={now} />
          <KeysetPagination
            firstHref={todo.hasPrevious ? "/reports" : null}
            previousHref={todo.hasPrevious ? listHref("/reports", { before: todo.previousCursor }) : null}
            nextHref={todo.hasNext ? listHref("/reports", { after: todo.nextCursor }) : null}
            labels={{ first: r.todo.firstPage, previous: r.todo.previousPage, next: r.todo.nextPage, nav: r.todo.pagination }}
          />
        </>
      ) : (
        <EmptyState title={r.todo.empty}>{r.todo.emptyHint}</EmptyState>
      )}
    </>
  );
}
