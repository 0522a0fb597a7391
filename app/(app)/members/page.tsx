import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { MemberFilters } from "@/components/members/member-filters";
import { MemberTable } from "@/components/members/member-table";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
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

  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    if (filters.q) query.set("q", filters.q);
    if (filters.regionId) query.set("region", String(filters.regionId));
    if (filters.provinceId) query.set("province", String(filters.provinceId));
    if (filters.status) query.set("status", filters.status);
    if (filters.organ) query.set("organ", filters.organ);
    if (page > 1) query.set("page", String(page));
    const search = query.toString();
    return search ? `/members?${search}` : "/members";
  };

  return (
    <>
      <PageHeader
        title={t.members.title}
        description={<span aria-live="polite">{fill(t.members.total, { count: formatNumber(list.total, locale) })}</span>}
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
          <Pagination
            page={list.page}
            pages={list.pages}
            hrefFor={hrefFor}
            labels={{
              previous: t.common.previous,
              next: t.common.next,
              nav: t.members.pagination,
              status: fill(t.common.pageOf, { page: list.page, pages: list.pages }),
            }}
          />
        </>
      ) : (
        <EmptyState title={t.members.empty}>{t.members.emptyHint}</EmptyState>
      )}
    </>
  );
}
