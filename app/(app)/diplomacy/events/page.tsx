import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { EventTable } from "@/components/diplomacy/event-table";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { listEvents } from "@/lib/diplomacy/event-queries";
import { pageFrom } from "@/lib/diplomacy/queries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.events.title };
}

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const d = t.diplomacy;
  const list = await listEvents(viewer, pageFrom(await searchParams));
  return (
    <>
      <PageHeader
        crumbs={<Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { label: d.events.title }]} />}
        title={d.events.title}
        description={fill(list.total.atLeast ? d.events.totalOver : d.events.total, { count: formatNumber(list.total.count, locale) })}
        actions={
          can(viewer, "diplomacy.manage") ? (
            <ButtonLink href="/diplomacy/events/new">
              <Plus aria-hidden="true" size={18} />
              {d.events.new}
            </ButtonLink>
          ) : null
        }
      />
      {list.rows.length ? (
        <>
          <EventTable rows={list.rows} locale={locale} t={d} />
          <KeysetPagination
            firstHref={list.hasPrevious ? "/diplomacy/events" : null}
            previousHref={list.hasPrevious ? listHref("/diplomacy/events", { before: list.previousCursor }) : null}
            nextHref={list.hasNext ? listHref("/diplomacy/events", { after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: d.pagination }}
          />
        </>
      ) : (
        <EmptyState title={d.events.empty}>{d.events.emptyHint}</EmptyState>
      )}
    </>
  );
}
