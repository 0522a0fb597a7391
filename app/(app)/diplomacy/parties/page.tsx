import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { PartyFilters } from "@/components/diplomacy/party-filters";
import { PartyTable } from "@/components/diplomacy/party-table";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { listParties, partyFiltersFrom } from "@/lib/diplomacy/queries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.parties.title };
}

export default async function PartnerPartiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const d = t.diplomacy;
  const filters = partyFiltersFrom(await searchParams);
  const list = await listParties(viewer, filters);

  const hrefWith = (cursor: { after?: string | null; before?: string | null }) =>
    listHref("/diplomacy/parties", { q: filters.q, continent: filters.continent, country: filters.country, ...cursor });

  return (
    <>
      <PageHeader
        crumbs={<Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { label: d.parties.title }]} />}
        title={d.parties.title}
        description={<span aria-live="polite">{fill(list.total.atLeast ? d.parties.totalOver : d.parties.total, { count: formatNumber(list.total.count, locale) })}</span>}
        actions={
          can(viewer, "diplomacy.manage") ? (
            <ButtonLink href="/diplomacy/parties/new">
              <Plus aria-hidden="true" size={18} />
              {d.parties.new}
            </ButtonLink>
          ) : null
        }
      />
      <PartyFilters filters={filters} locale={locale} t={d} all={t.common.all} />
      {list.rows.length ? (
        <>
          <PartyTable rows={list.rows} locale={locale} t={d} />
          <KeysetPagination
            firstHref={list.hasPrevious ? hrefWith({}) : null}
            previousHref={list.hasPrevious ? hrefWith({ before: list.previousCursor }) : null}
            nextHref={list.hasNext ? hrefWith({ after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: d.pagination }}
          />
        </>
      ) : (
        <EmptyState title={d.parties.empty}>{d.parties.emptyHint}</EmptyState>
      )}
    </>
  );
}
