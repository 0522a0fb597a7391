import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttendanceForm } from "@/components/sessions/attendance-form";
import { EmptyState } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Stat } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { attendanceSheet } from "@/lib/sessions/attendance-queries";
import { sessionName } from "@/lib/sessions/format";
import { parseId } from "@/lib/params";
import { cursorText, searchText } from "@/lib/validation";
import { Field } from "@/components/ui/field";

type Props = {
  params: Promise<{ id: string; sittingId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.attendance.title };
}


export default async function AttendancePage({ params, searchParams }: Props) {
  const viewer = await requirePermission("session.manage");
  const { locale, t } = await getDictionary();
  const { id, sittingId } = await params;
  const query = await searchParams;
  const q = searchText(query.q, 100) || null;
  const sheet = await attendanceSheet(viewer, parseId(id), parseId(sittingId), { q, after: cursorText(query.after), before: cursorText(query.before) });
  if (!sheet) notFound();
  const { session, sitting } = sheet;
  const s = t.sessions;
  const a = s.attendance;
  const n = (value: number) => formatNumber(value, locale);
  const base = `/sessions/${session.id}/sittings/${sitting.id}/attendance`;
  const hrefWith = (cursor: { after?: string | null; before?: string | null }) => listHref(base, { q, ...cursor });
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={s.breadcrumbs}
            items={[{ href: "/sessions", label: s.title }, { href: `/sessions/${session.id}`, label: sessionName(s, session.ordinal) }, { label: sitting.title }]}
          />
        }
        title={`${a.title}: ${sitting.title}`}
        description={`${formatDate(sitting.date, locale)} — ${fill(a.total, { count: n(sheet.committee) })}`}
      />
      <section aria-label={a.counts} className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label={a.statuses.present} value={n(sheet.counts.present)} />
        <Stat label={a.statuses.excused} value={n(sheet.counts.excused)} />
        <Stat label={a.statuses.absent} value={n(sheet.counts.absent)} />
        <Stat label={a.unrecorded} value={n(sheet.unrecorded)} />
      </section>
      <form method="get" action={base} role="search" aria-label={a.search} className="flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm">
        <Field id="attendance-search" label={a.search} className="flex-1">
          <input
            id="attendance-search"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            maxLength={100}
            autoComplete="off"
            className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-xs focus:border-brand-600"
          />
        </Field>
        <button type="submit" className={buttonClass("secondary", "md")}>
          {a.searchButton}
        </button>
      </form>
      {sheet.rows.length ? (
        <>
          <AttendanceForm key={`${sheet.previousCursor ?? ""}-${q ?? ""}`} sittingId={sitting.id} rows={sheet.rows} t={a} said={{ attending: t.invitations.saidAttending, excused: t.invitations.saidExcused }} />
          <KeysetPagination
            firstHref={sheet.hasPrevious ? hrefWith({}) : null}
            previousHref={sheet.hasPrevious ? hrefWith({ before: sheet.previousCursor }) : null}
            nextHref={sheet.hasNext ? hrefWith({ after: sheet.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: a.pagination }}
          />
        </>
      ) : (
        <EmptyState title={a.empty} />
      )}
    </div>
  );
}
