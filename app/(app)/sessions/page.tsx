import { Plus, UsersRound } from "lucide-react";
import type { Metadata } from "next";
import { SessionList, StatusFilter } from "@/components/sessions/session-list";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { can, canSeeSessionStatus } from "@/lib/permissions";
import { listSessions, sessionListFiltersFrom } from "@/lib/sessions/queries";
import { sessionStatuses } from "@/lib/sessions/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.title };
}

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("session.read");
  const { locale, t } = await getDictionary();
  const filters = sessionListFiltersFrom(await searchParams);
  const list = await listSessions(viewer, filters);
  const s = t.sessions;
  const hrefWith = (cursor: { after?: string | null; before?: string | null }) => listHref("/sessions", { status: filters.status, ...cursor });

  return (
    <>
      <PageHeader
        title={s.title}
        description={<span aria-live="polite">{fill(list.total.atLeast ? s.list.totalOver : s.list.total, { count: formatNumber(list.total.count, locale) })}</span>}
        actions={
          <>
            {viewer.memberId ? (
              <ButtonLink href="/sessions/mine" variant="secondary">
                <UsersRound aria-hidden="true" size={18} />
                {s.mine}
              </ButtonLink>
            ) : null}
            {can(viewer, "session.manage") ? (
              <ButtonLink href="/sessions/new">
                <Plus aria-hidden="true" size={18} />
                {s.newSession}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <StatusFilter current={filters.status} statuses={sessionStatuses.filter((status) => canSeeSessionStatus(viewer, status))} t={s} all={t.common.all} />
      {list.rows.length ? (
        <>
          <SessionList rows={list.rows} t={s} locale={locale} />
          <KeysetPagination
            firstHref={list.hasPrevious ? hrefWith({}) : null}
            previousHref={list.hasPrevious ? hrefWith({ before: list.previousCursor }) : null}
            nextHref={list.hasNext ? hrefWith({ after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: s.list.pagination }}
          />
        </>
      ) : (
        <EmptyState title={s.list.empty}>{s.list.emptyHint}</EmptyState>
      )}
    </>
  );
}
