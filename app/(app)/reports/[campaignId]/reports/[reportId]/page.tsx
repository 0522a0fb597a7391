import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { DeadlineBadge, ReportStatusBadge, bodyName } from "@/components/reports/deadline-badge";
import { OfflineSupport } from "@/components/reports/offline-support-lazy";
import { ReportForm } from "@/components/reports/report-form-lazy";
import { ReportView } from "@/components/reports/report-view";
import { ReviewHistory } from "@/components/reports/review-history";
import { ReviewPanel } from "@/components/reports/review-panel";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { reportPage } from "@/lib/reports/report-page-queries";
import { formValuesOf } from "@/lib/reports/schemas";
import { parseId } from "@/lib/params";

type Params = { params: Promise<{ campaignId: string; reportId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.reports.title };
}

export default async function ReportPage({ params, searchParams }: Params) {
  const viewer = await requirePermission("report.read");
  const { campaignId, reportId } = await params;
  const id = parseId(reportId);
  const campaignNumber = parseId(campaignId);
  const detail = await reportPage(viewer, campaignNumber, id);
  if (detail === "forbidden") forbidden();
  if (!detail) notFound();
  const { locale, t } = await getDictionary();
  const r = t.reports;
  const { report, campaign, now, writable, national, returned: review } = detail;
  const editing = writable && (!national || (await searchParams).edit === "1");
  const title = bodyName(detail, locale, r);
  const href = `/reports/${campaign.id}/reports/${report.id}`;

  return (
    <div className="max-w-4xl">
      <OfflineSupport />
      <PageHeader
        crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/reports", label: r.title }, { label: campaign.title }]} />}
        title={title}
        description={campaign.title}
        actions={
          national && writable ? (
            <ButtonLink href={editing ? href : `${href}?edit=1`} variant="secondary">
              {editing ? r.filing.backToView : r.filing.fillOnBehalf}
            </ButtonLink>
          ) : null
        }
      />
      <div className="mb-5 flex flex-wrap items-center gap-2 text-sm text-stone-700">
        <ReportStatusBadge status={report.status} t={r} />
        <DeadlineBadge deadline={campaign.deadline} submittedAt={report.status === "returned" ? null : report.submittedAt} locale={locale} t={r} now={now} />
        <span>{fill(r.deadlineOn, { date: formatDate(campaign.deadline, locale) })}</span>
        {report.submittedAt ? <span>— {fill(r.filing.submittedOn, { date: formatDateTime(report.submittedAt, locale) })}</span> : null}
      </div>
      {campaign.purpose ? <p className="mb-5 max-w-prose leading-7 text-stone-700">{campaign.purpose}</p> : null}
      {review ? (
        <div className="mb-5 space-y-2">
          <Alert tone="warning">
            <p className="font-medium">{r.filing.returnedNotice}</p>
            {review.comment ? (
              <p className="mt-1">
                <span className="font-medium">{r.filing.reviewComment}: </span>
                {review.comment}
              </p>
            ) : null}
          </Alert>
        </div>
      ) : null}
      {!editing && campaign.status === "closed" ? (
        <div className="mb-5">
          <Alert tone="info">{r.view.campaignClosed}</Alert>
        </div>
      ) : null}

      {editing ? (
        <ReportForm
          reportId={report.id}
          saveUrl={`${href}/save`}
          deadline={campaign.deadline}
          questions={detail.questions.map(({ id, kind, label, help, required }) => ({ id, kind, label, help, required }))}
          server={{
            version: report.version,
            values: formValuesOf(detail.questions, report),
            updatedAt: report.version > 0 ? report.updatedAt.toISOString() : null,
            updatedByName: detail.updatedByName,
          }}
          questionComments={review?.questionComments ?? {}}
          now={now.toISOString()}
          locale={locale}
          t={r}
        />
      ) : (
        <>
          {report.version > 0 ? (
            <p className="mb-3 text-sm text-stone-600">
              {fill(detail.updatedByName ? r.view.lastSavedBy : r.view.lastSaved, { time: formatDateTime(report.updatedAt, locale), name: detail.updatedByName ?? "" })}
            </p>
          ) : null}
          <ReportView detail={detail} locale={locale} t={r} />
        </>
      )}
      <div className="mt-6">
        {/* the Bureau reviews here; the officer sees the same history of versions and comments */}
        {detail.reviewer ? <ReviewPanel data={detail.history} /> : <ReviewHistory data={detail.history} />}
      </div>
    </div>
  );
}
