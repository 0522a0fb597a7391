import type { Metadata } from "next";
import { AuditTable } from "@/components/admin/audit-table";
import { FilterBar, FilterText } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { listAudit, userName } from "@/lib/admin/queries";
import { auditFiltersSchema } from "@/lib/admin/schemas";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.admin.audit.title };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("audit.read");
  const { t, locale } = await getDictionary();
  const filters = auditFiltersSchema.parse(await searchParams);
  const [page, filteredUserName] = await Promise.all([listAudit(viewer, filters), filters.user ? userName(viewer, filters.user) : null]);
  const params = {
    user: filters.user,
    who: filters.who,
    action: filters.action,
    entity: filters.entity,
    entityId: filters.entityId,
    from: filters.from,
    to: filters.to,
  };
  const filtered = Object.values(params).some(Boolean);

  return (
    <>
      <PageHeader title={t.admin.audit.title} description={t.admin.audit.intro} />
      <FilterBar action="/admin/audit" label={t.common.filter} submitLabel={t.admin.filter} resetLabel={t.admin.clearFilters} active={filtered} keep={{ user: filters.user }}>
        <FilterText name="who" type="search" label={t.admin.audit.who} placeholder={t.admin.audit.whoHint} defaultValue={filters.who} wide />
        <FilterText name="action" label={t.admin.audit.action} placeholder={t.admin.audit.actionHint} defaultValue={filters.action} dir="ltr" wide />
        <FilterText name="entity" label={t.admin.audit.entity} defaultValue={filters.entity} dir="ltr" />
        <FilterText name="entityId" label={t.admin.audit.entityId} defaultValue={filters.entityId} dir="ltr" />
        <FilterText name="from" type="date" label={t.admin.audit.from} defaultValue={filters.from} />
        <FilterText name="to" type="date" label={t.admin.audit.to} defaultValue={filters.to} />
      </FilterBar>
      <div className="mb-2 flex flex-wrap items-center gap-2 text-sm text-stone-600">
        <span aria-live="polite">{plural(page.total.count, page.total.atLeast ? t.admin.audit.countOver : t.admin.audit.count, locale)}</span>
        {filters.user ? (
          <a href={listHref("/admin/audit", { ...params, user: undefined })} className="inline-flex" title={t.admin.audit.removeFilter}>
            <Badge tone="blue">
              {fill(t.admin.audit.filteredByUser, { name: filteredUserName ?? `#${filters.user}` })} <span aria-hidden="true" className="ms-1">×</span>
              <span className="sr-only">{t.admin.audit.removeFilter}</span>
            </Badge>
          </a>
        ) : null}
      </div>
      {page.rows.length ? <AuditTable rows={page.rows} t={t} locale={locale} /> : <EmptyState title={t.admin.audit.empty} />}
      <KeysetPagination
        firstHref={page.hasPrevious ? listHref("/admin/audit", params) : null}
        previousHref={page.hasPrevious ? listHref("/admin/audit", { ...params, before: page.previousCursor }) : null}
        nextHref={page.hasNext ? listHref("/admin/audit", { ...params, after: page.nextCursor }) : null}
        labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: t.admin.audit.caption }}
      />
    </>
  );
}
