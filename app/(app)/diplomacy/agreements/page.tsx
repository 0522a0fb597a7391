import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { AgreementTable } from "@/components/diplomacy/agreement-table";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { listAgreements } from "@/lib/diplomacy/agreement-queries";
import { pageFrom } from "@/lib/diplomacy/queries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber, todayInMorocco } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.agreements.title };
}

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const d = t.diplomacy;
  const list = await listAgreements(viewer, todayInMorocco(), pageFrom(await searchParams));
  return (
    <>
      <PageHeader
        crumbs={<Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { label: d.agreements.title }]} />}
        title={d.agreements.title}
        description={fill(list.total.atLeast ? d.agreements.totalOver : d.agreements.total, { count: formatNumber(list.total.count, locale) })}
        actions={
          can(viewer, "diplomacy.manage") ? (
            <ButtonLink href="/diplomacy/agreements/new">
              <Plus aria-hidden="true" size={18} />
              {d.agreements.new}
            </ButtonLink>
          ) : null
        }
      />
      {list.rows.length ? (
        <>
          <AgreementTable rows={list.rows} locale={locale} t={d} />
          <KeysetPagination
            firstHref={list.hasPrevious ? "/diplomacy/agreements" : null}
            previousHref={list.hasPrevious ? listHref("/diplomacy/agreements", { before: list.previousCursor }) : null}
            nextHref={list.hasNext ? listHref("/diplomacy/agreements", { after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: d.pagination }}
          />
        </>
      ) : (
        <EmptyState title={d.agreements.empty}>{d.agreements.emptyHint}</EmptyState>
      )}
    </>
  );
}
