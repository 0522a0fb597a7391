import { Download } from "lucide-react";
import type { Metadata } from "next";
import { ComplianceBodies } from "@/components/reports/compliance-bodies";
import { ComplianceRegionTable, StatusLegend } from "@/components/reports/compliance-chart";
import { ComplianceGrid } from "@/components/reports/compliance-grid";
import { ComplianceLate } from "@/components/reports/compliance-late";
import { DeadlineBadge } from "@/components/reports/deadline-badge";
import { Alert, EmptyState } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { doneOf, percentDone } from "@/lib/reports/compliance-queries";
import { compliancePage } from "@/lib/reports/compliance-page-queries";
import { firstParam, toId } from "@/lib/validation";
import { localName } from "@/lib/i18n/names";
import { Field } from "@/components/ui/field";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.reports.compliance.title };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const positive = (value: string | string[] | undefined) => toId(firstParam(value));

/**
 * Compliance at a glance for one campaign: the Bureau sees the whole country, an officer their own
 * region or province. By region (grid, chart, table), then one region's bodies; the late bodies.
 */
export default async function CompliancePage({ searchParams }: { searchParams: Search }) {
  const viewer = await requirePermission("report.read");
  const { locale, t } = await getDictionary();
  const r = t.reports;
  const c = r.compliance;
  const params = await searchParams;
  const regionId = positive(params.region);
  const view = await compliancePage(viewer, { campaignId: positive(params.campaign), regionId });
  const crumbs = <Breadcrumbs label={r.breadcrumbs} items={[{ href: "/reports", label: r.title }, { label: c.title }]} />;
  if (!view.campaign) {
    return (
      <>
        <PageHeader crumbs={crumbs} title={c.title} description={c.description} />
        <EmptyState title={c.noCampaign} />
      </>
    );
  }
  const { campaigns, campaign, rows, total, regions, region, now, deadlinePassed, late, officers, bodies } = view;
  const base = `/reports/compliance?campaign=${campaign.id}`;
  const hrefFor = (id: number) => `${base}&region=${id}`;

  const counts = region ?? total;
  const n = (v: number) => formatNumber(v, locale);
  const regionName = region ? localName(region, locale) : "";
  const stats = (columns: string) => (
    <section aria-label={region ? fill(c.drillDown, { region: regionName }) : c.national} className={`mb-6 grid grid-cols-2 gap-3 ${columns}`}>
      <Stat label={c.counts.total} value={n(counts.total)} />
      <Stat label={fill(c.doneOf, { done: n(doneOf(counts)), total: n(counts.total) })} value={formatPercent(percentDone(counts) / 100, locale)} />
      <Stat label={c.counts.submittedOnTime} value={n(counts.submittedOnTime)} />
      <Stat label={c.counts.submittedLate} value={n(counts.submittedLate)} />
      <Stat label={c.counts.accepted} value={n(counts.accepted)} />
      <Stat label={c.counts.returned} value={n(counts.returned)} />
      <Stat label={c.counts.draft} value={n(counts.draft)} />
      <Stat label={c.counts.notStarted} value={n(counts.notStarted)} />
    </section>
  );

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={c.title}
        description={c.description}
        actions={
          <a href={`/api/reports/compliance.csv?campaign=${campaign.id}`} download className={buttonClass("secondary", "md")}>
            <Download aria-hidden="true" size={18} />
            {c.csv}
          </a>
        }
      />
      <form method="get" action="/reports/compliance" className="mb-5 flex flex-wrap items-end gap-2">
        <Field id="compliance-campaign" label={c.campaign} className="flex-1 sm:max-w-md">
          <select
            id="compliance-campaign"
            name="campaign"
            defaultValue={campaign.id}
            className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base text-stone-900"
          >
            {campaigns.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title} — {r.campaignStatuses[x.status]}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className={buttonClass("secondary", "md")}>
          {c.show}
        </button>
      </form>

      <div className="mb-5 flex flex-wrap items-center gap-2 text-sm text-stone-700">
        <span className="font-medium text-stone-900">{campaign.title}</span>
        <span>— {fill(r.deadlineOn, { date: formatDate(campaign.deadline, locale) })}</span>
        {campaign.status === "open" ? (
          <DeadlineBadge deadline={campaign.deadline} submittedAt={null} locale={locale} t={r} now={now} />
        ) : (
          <Badge>{r.campaignStatuses[campaign.status]}</Badge>
        )}
      </div>
      {!view.national ? (
        <div className="mb-5">
          <Alert tone="info">{c.scopeNote}</Alert>
        </div>
      ) : null}

      {region ? (
        <>
          {stats("sm:grid-cols-4")}
          <Card className="mb-6">
            <CardTitle
              action={
                <a href={base} className="text-sm text-brand-800 underline underline-offset-4">
                  {c.backToRegions}
                </a>
              }
            >
              {fill(c.drillDown, { region: regionName })}
            </CardTitle>
            <ComplianceBodies
              rows={bodies}
              campaignId={campaign.id}
              deadlinePassed={deadlinePassed}
              caption={fill(c.provincesCaption, { region: regionName })}
              locale={locale}
              t={r}
            />
          </Card>
        </>
      ) : (
        <>
          <div className="mb-6 grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
            {stats("sm:grid-cols-2")}
            <Card>
              <CardTitle>{c.grid}</CardTitle>
              <ComplianceGrid regions={regions} rows={rows} hrefFor={hrefFor} locale={locale} t={c} />
            </Card>
          </div>
          <Card className="mb-6">
            <CardTitle>{c.chartTitle}</CardTitle>
            <div className="mb-3">
              <StatusLegend t={c} />
            </div>
            <ComplianceRegionTable rows={rows} total={total} hrefFor={hrefFor} locale={locale} t={c} />
          </Card>
        </>
      )}

      <Card>
        <CardTitle>{c.lateTitle}</CardTitle>
        <p className="-mt-2 mb-4 text-sm text-stone-600">{c.lateHint}</p>
        {deadlinePassed ? (
          <ComplianceLate rows={late} officers={officers} campaignId={campaign.id} canRemind={view.canRemind} locale={locale} t={r} />
        ) : (
          <p className="text-stone-700">{fill(c.notYetDue, { date: formatDate(campaign.deadline, locale) })}</p>
        )}
      </Card>
    </>
  );
}
