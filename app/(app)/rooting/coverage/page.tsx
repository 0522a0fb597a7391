import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { BranchCoverageTable } from "@/components/rooting/coverage-branches";
import { CoverageChart } from "@/components/rooting/coverage-chart";
import { CoverageCrumbs } from "@/components/rooting/coverage-crumbs";
import { CoverageMap } from "@/components/rooting/coverage-map";
import { CoverageSummaryFigures } from "@/components/rooting/coverage-summary";
import { ProvinceCoverageTable, RegionCoverageTable } from "@/components/rooting/coverage-tables";
import { Alert, EmptyState } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission, type CurrentUser } from "@/lib/auth/current-user";
import { fill, getDictionary, type Dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, todayInMorocco, plural } from "@/lib/i18n/format";
import { hasNationalScope } from "@/lib/permissions";
import { branchCoverage, provinceCoverage, regionCoverage, seesTerritorialDetail } from "@/lib/rooting/coverage-queries";
import { coverageProgress, coverageSummary } from "@/lib/rooting/coverage-summary-queries";
import { coverageParamsSchema } from "@/lib/rooting/schemas";
import { localName, nameIn } from "@/lib/i18n/names";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.rooting.coverage.title };
}

function scopeName(user: CurrentUser, locale: Locale): string {
  const province = nameIn(locale, user.scopeProvinceNameAr, user.scopeProvinceNameFr);
  const region = nameIn(locale, user.scopeRegionNameAr, user.scopeRegionNameFr);
  return [province, region].filter(Boolean).join(" — ");
}

export default async function CoveragePage({ searchParams }: Props) {
  const user = await requirePermission("rooting.read");
  const params = coverageParamsSchema.parse(await searchParams);
  const { locale, t } = await getDictionary();
  const today = todayInMorocco();
  if (params.province) return <ProvinceView user={user} provinceId={params.province} page={{ after: params.after, before: params.before }} today={today} locale={locale} t={t} />;
  if (params.region) return <RegionView user={user} regionId={params.region} today={today} locale={locale} t={t} />;
  return <NationalView user={user} today={today} locale={locale} t={t} />;
}

interface ViewProps {
  user: CurrentUser;
  today: string;
  locale: Locale;
  t: Dictionary;
}

async function NationalView({ user, today, locale, t }: ViewProps) {
  const c = t.rooting.coverage;
  const detail = seesTerritorialDetail(user);
  const [summary, progress, regions] = await Promise.all([coverageSummary(user, today), coverageProgress(user, today), regionCoverage(user, today)]);
  if (!summary) forbidden();
  const visible = regions.filter((r) => r.visible);
  return (
    <>
      <PageHeader crumbs={<CoverageCrumbs t={t.rooting} locale={locale} />} title={c.title} description={c.intro} />
      {!detail ? (
        <div className="mb-4">
          <Alert tone="info">{c.nationalNote}</Alert>
        </div>
      ) : !hasNationalScope(user) ? (
        <div className="mb-4">
          <Alert tone="info">{fill(c.scopeNote, { scope: scopeName(user, locale) })}</Alert>
        </div>
      ) : null}
      <h2 className="sr-only">{c.summaryTitle}</h2>
      <CoverageSummaryFigures summary={summary} locale={locale} t={c} />
      {detail ? (
        <>
          <Card className="mb-6" aria-labelledby="coverage-map-heading">
            <h2 id="coverage-map-heading" className="text-lg font-semibold text-stone-900">
              {c.mapTitle}
            </h2>
            <p className="mb-4 text-sm text-stone-600">{c.mapDescription}</p>
            <CoverageMap regions={regions} locale={locale} t={c} />
          </Card>
          <section className="mb-6" aria-labelledby="coverage-regions-heading">
            <h2 id="coverage-regions-heading" className="mb-3 text-lg font-semibold text-stone-900">
              {c.regionsTitle}
            </h2>
            <RegionCoverageTable rows={visible} locale={locale} t={c} />
          </section>
        </>
      ) : null}
      <Card aria-labelledby="coverage-progress-heading">
        <h2 id="coverage-progress-heading" className="text-lg font-semibold text-stone-900">
          {c.progressTitle}
        </h2>
        <p className="mb-3 text-sm text-stone-600">{c.progressDescription}</p>
        <CoverageChart points={progress} locale={locale} t={c} />
      </Card>
    </>
  );
}

async function RegionView({ user, regionId, today, locale, t }: ViewProps & { regionId: number }) {
  const c = t.rooting.coverage;
  if (!seesTerritorialDetail(user)) forbidden();
  const data = await provinceCoverage(user, regionId, today);
  if (data === null) notFound();
  if (data === "forbidden") forbidden();
  const { region, provinces } = data;
  const sum = (key: "branches" | "restructured" | "cells" | "trainersTrained") => provinces.reduce((n, p) => n + p[key], 0);
  return (
    <>
      <PageHeader
        crumbs={<CoverageCrumbs t={t.rooting} locale={locale} region={region} />}
        title={fill(c.regionTitle, { name: localName(region, locale) })}
        description={`${c.branchesRestructured}: ${formatNumber(sum("restructured"), locale)} / ${formatNumber(sum("branches"), locale)} · ${c.cells}: ${formatNumber(sum("cells"), locale)} · ${c.trainersTrained}: ${formatNumber(sum("trainersTrained"), locale)}`}
      />
      <section aria-labelledby="coverage-provinces-heading">
        <h2 id="coverage-provinces-heading" className="mb-3 text-lg font-semibold text-stone-900">
          {c.provincesTitle}
        </h2>
        {provinces.length ? <ProvinceCoverageTable rows={provinces} locale={locale} t={c} /> : <EmptyState title={c.noProvinces} />}
      </section>
    </>
  );
}

async function ProvinceView({ user, provinceId, page, today, locale, t }: ViewProps & { provinceId: number; page: { after?: string; before?: string } }) {
  const c = t.rooting.coverage;
  if (!seesTerritorialDetail(user)) forbidden();
  const data = await branchCoverage(user, provinceId, page, today);
  if (data === null) notFound();
  if (data === "forbidden") forbidden();
  const { province } = data;
  const region = { id: province.regionId, nameAr: province.regionNameAr, nameFr: province.regionNameFr };
  return (
    <>
      <PageHeader
        crumbs={<CoverageCrumbs t={t.rooting} locale={locale} region={region} province={province} />}
        title={fill(c.provinceTitle, { name: localName(province, locale) })}
        description={fill(c.provinceOf, { region: localName(region, locale) })}
      />
      <section aria-labelledby="coverage-branches-heading">
        <h2 id="coverage-branches-heading" className="mb-3 text-lg font-semibold text-stone-900">
          {c.branchesTitle}
        </h2>
        {data.branches.length ? (
          <BranchCoverageTable rows={data.branches} today={today} locale={locale} t={t.rooting} />
        ) : (
          <EmptyState title={c.noBranches} />
        )}
        <p className="mt-2 text-sm text-stone-600">{plural(data.total, c.branchesCount, locale)}</p>
        <KeysetPagination
          firstHref={data.hasPrevious ? listHref("/rooting/coverage", { province: province.id }) : null}
          previousHref={data.hasPrevious ? listHref("/rooting/coverage", { province: province.id, before: data.previousCursor }) : null}
          nextHref={data.hasNext ? listHref("/rooting/coverage", { province: province.id, after: data.nextCursor }) : null}
          labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: c.branchesPagination }}
        />
      </section>
    </>
  );
}
