import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { MemberFilters } from "@/components/members/member-filters";
import { MemberTable } from "@/components/members/member-table";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { listMembers, memberListFiltersFrom, territoryChoices } from "@/lib/members/queries";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.members.title };
}

export default async function MembersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("member.read");
  const { locale, t } = await getDictionary();
  const filters = memberListFiltersFrom(await searchParams);
  const [regions, list] = [await territoryChoices(viewer, locale), await listMembers(viewer, filters)];

  const hrefWith = (cursor: { after?: string | null; before?: string | null }) =>
    listHref("/members", { q: filters.q, region: filters.regionId, province: filters.provinceId, status: filters.status, organ: filters.organ, ...cursor });
  const totalText = fill(list.total.atLeast ? t.members.totalOver : t.members.total, { count: formatNumber(list.total.count, locale) });

  return (
    <>
      <PageHeader
        title={t.members.title}
        description={<span aria-live="polite">{totalText}</span>}
        actions={
          can(viewer, "member.manage") ? (
            <ButtonLink href="/members/new">
              <Plus aria-hidden="true" size={18} />
              {t.members.newMember}
            </ButtonLink>
          ) : null
        }
      />
      <MemberFilters filters={filters} regions={regions} t={t.members} all={t.common.all} />
      {list.rows.length ? (
        <>
          <MemberTable rows={list.rows} locale={locale} t={t.members} />
          <KeysetPagination
            firstHref={list.hasPrevious ? hrefWith({}) : null}
            previousHref={list.hasPrevious ? hrefWith({ before: list.previousCursor }) : null}
            nextHref={list.hasNext ? hrefWith({ after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: t.members.pagination }}
          />
        </>
      ) : (
        <EmptyState title={t.members.empty}>{t.members.emptyHint}</EmptyState>
      )}
    </>
  );
}
