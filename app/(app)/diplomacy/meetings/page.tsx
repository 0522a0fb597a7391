import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { MeetingTable } from "@/components/diplomacy/meeting-table";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
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
        description={fill(list.total.atLeast ? d.meetings.totalOver : d.meetings.total, { count: formatNumber(list.total.count, locale) })}
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
          <KeysetPagination
            firstHref={list.hasPrevious ? "/diplomacy/meetings" : null}
            previousHref={list.hasPrevious ? listHref("/diplomacy/meetings", { before: list.previousCursor }) : null}
            nextHref={list.hasNext ? listHref("/diplomacy/meetings", { after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: d.pagination }}
          />
        </>
      ) : (
        <EmptyState title={d.meetings.empty}>{d.meetings.emptyHint}</EmptyState>
      )}
    </>
  );
}
