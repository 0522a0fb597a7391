import type { Metadata } from "next";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { UsersTable } from "@/components/admin/users-table";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { listUsers, scopeOptions } from "@/lib/admin/queries";
import { userFiltersSchema, userRoles } from "@/lib/admin/schemas";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/format";
import { localName } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.admin.usersTitle };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("user.manage");
  const { t, locale } = await getDictionary();
  const filters = userFiltersSchema.parse(await searchParams);
  const [page, scope] = await Promise.all([listUsers(viewer, filters), scopeOptions(viewer)]);
  const params = { q: filters.q, role: filters.role, region: filters.region, status: filters.status };
  const filtered = Object.values(params).some(Boolean);

  return (
    <>
      <PageHeader
        title={t.admin.usersTitle}
        description={t.admin.usersIntro}
        actions={<ButtonLink href="/admin/users/new">{t.admin.newUser}</ButtonLink>}
      />
      <FilterBar action="/admin/users" label={t.common.filter} submitLabel={t.admin.filter} resetLabel={t.admin.clearFilters} active={filtered}>
        <FilterText name="q" type="search" label={t.admin.searchLabel} defaultValue={filters.q} wide />
        <FilterSelect
          name="role"
          label={t.admin.role}
          allLabel={t.admin.allRoles}
          defaultValue={filters.role}
          options={userRoles.map((r) => ({ value: r, label: t.roles[r] }))}
        />
        <FilterSelect
          name="region"
          label={t.admin.region}
          allLabel={t.admin.allRegions}
          defaultValue={filters.region}
          options={scope.regions.map((r) => ({ value: r.id, label: localName(r, locale) }))}
        />
        <FilterSelect
          name="status"
          label={t.admin.status}
          allLabel={t.admin.allStatuses}
          defaultValue={filters.status}
          options={[
            { value: "active", label: t.admin.active },
            { value: "inactive", label: t.admin.inactive },
          ]}
        />
      </FilterBar>
      <p className="mb-2 text-sm text-stone-600" aria-live="polite">
        {plural(page.total.count, page.total.atLeast ? t.admin.usersCountOver : t.admin.usersCount, locale)}
      </p>
      {page.rows.length ? <UsersTable rows={page.rows} t={t} locale={locale} /> : <EmptyState title={t.admin.noUsers} />}
      <KeysetPagination
        firstHref={page.hasPrevious ? listHref("/admin/users", params) : null}
        previousHref={page.hasPrevious ? listHref("/admin/users", { ...params, before: page.previousCursor }) : null}
        nextHref={page.hasNext ? listHref("/admin/users", { ...params, after: page.nextCursor }) : null}
        labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: t.admin.usersCaption }}
      />
    </>
  );
}
