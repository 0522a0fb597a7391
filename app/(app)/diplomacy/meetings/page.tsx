import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { MeetingTable } from "@/components/diplomacy/meeting-table";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { listMeetings } from "@/lib/diplomacy/agreement-queries";
import { pageFrom } from "@/lib/diplomacy/queries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.meetings.title };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const d = t.diplomacy;
  const list = await listMeetings(viewer, pageFrom(await searchParams));
  return (
    <>
      <PageHeader
        crumbs={<Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { label: d.meetings.title }]} />}
        title={d.meetings.title}
        description={fill(d.meetings.total, { count: formatNumber(list.total, locale) })}
        actions={
          can(viewer, "diplomacy.manage") ? (
            <ButtonLink href="/diplomacy/meetings/new">
              <Plus aria-hidden="true" size={18} />
              {d.meetings.new}
            </ButtonLink>
          ) : null
        }
      />
      {list.rows.length ? (
        <>
          <MeetingTable rows={list.rows} locale={locale} t={d} />
          <Pagination
            page={list.page}
            pages={list.pages}
            hrefFor={(page) => (page > 1 ? `/diplomacy/meetings?page=${page}` : "/diplomacy/meetings")}
            labels={{ previous: t.common.previous, next: t.common.next, nav: d.pagination, status: fill(t.common.pageOf, { page: list.page, pages: list.pages }) }}
          />
        </>
      ) : (
        <EmptyState title={d.meetings.empty}>{d.meetings.emptyHint}</EmptyState>
      )}
    </>
  );
}
