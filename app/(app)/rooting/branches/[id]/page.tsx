import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { BranchActivities } from "@/components/rooting/branch-activities";
import { NewActivityForm } from "@/components/rooting/branch-activity-form";
import { BranchCells } from "@/components/rooting/branch-cells";
import { BranchChecklist } from "@/components/rooting/branch-checklist";
import { BranchDatesForm } from "@/components/rooting/branch-dates-form";
import { activityFormLabels, activityKindOptions } from "@/components/rooting/branch-labels";
import { CoverageCrumbs } from "@/components/rooting/coverage-crumbs";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { getCurrentUser, requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, todayInMorocco, plural } from "@/lib/i18n/format";
import { branchRooting, findRootingBranch } from "@/lib/rooting/branch-queries";
import { idOrNull } from "@/lib/params";
import { cursorText } from "@/lib/validation";
import { localName } from "@/lib/i18n/names";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string | string[]; before?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }, user] = await Promise.all([params, getDictionary(), getCurrentUser()]);
  const branchId = idOrNull(id);
  const branch = user && branchId ? await findRootingBranch(user, branchId) : null;
  if (!branch || branch === "forbidden") return { title: t.rooting.coverage.title };
  return { title: fill(t.rooting.branchRooting.title, { name: localName(branch, locale) }) };
}

export default async function BranchRootingPage({ params, searchParams }: Props) {
  const user = await requirePermission("rooting.read");
  const branchId = idOrNull((await params).id);
  const query = await searchParams;
  const page = { after: cursorText(query.after), before: cursorText(query.before) };
  const today = todayInMorocco();
  const data = branchId ? await branchRooting(user, branchId, page, today) : null;
  if (data === null) notFound();
  if (data === "forbidden") forbidden();
  const { locale, t } = await getDictionary();
  const b = t.rooting.branchRooting;
  const c = t.rooting.coverage;
  const { branch } = data;
  const name = localName(branch, locale);
  const activitiesHref = `/rooting/branches/${branch.id}`;
  const region = { id: branch.regionId, nameAr: branch.regionNameAr, nameFr: branch.regionNameFr };
  const province = { id: branch.provinceId, nameAr: branch.provinceNameAr, nameFr: branch.provinceNameFr };
  const addCell = branch.cellsManageable ? (
    <ButtonLink href={`/territory/branches/${branch.id}/cells/new`} variant="secondary" size="sm">
      {b.addCell}
    </ButtonLink>
  ) : null;
  const dateOrNotYet = (date: string | null) => (date ? formatDate(date, locale) : b.notYet);
  return (
    <>
      <PageHeader
        crumbs={<CoverageCrumbs t={t.rooting} locale={locale} region={region} province={province} branch={branch} />}
        title={fill(b.title, { name })}
        description={fill(b.place, {
          province: localName(province, locale),
          region: localName(region, locale),
        })}
        actions={
          <ButtonLink href={`/territory/branches/${branch.id}`} variant="secondary">
            {b.territoryLink}
          </ButtonLink>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="checklist-heading">
            <h2 id="checklist-heading" className="mb-2 text-lg font-semibold text-stone-900">
              {b.checklistTitle}
            </h2>
            <BranchChecklist facts={data.facts} checklist={data.checklist} locale={locale} t={b} marks={c} />
          </Card>
          <Card aria-labelledby="dates-heading">
            <h2 id="dates-heading" className="mb-3 text-lg font-semibold text-stone-900">
              {b.datesTitle}
            </h2>
            {branch.recordable ? (
              <BranchDatesForm
                branchId={branch.id}
                restructuredOn={branch.restructuredOn}
                bureauRenewedOn={branch.bureauRenewedOn}
                today={today}
                labels={{ restructuredOn: b.restructuredOn, bureauRenewedOn: b.bureauRenewedOn, hint: b.datesHint, submit: b.saveDates, saved: b.datesSaved }}
              />
            ) : (
              <dl className="space-y-3 text-sm">
                <div>
                  <dt className="text-stone-600">{b.restructuredOn}</dt>
                  <dd className="font-medium">{dateOrNotYet(branch.restructuredOn)}</dd>
                </div>
                <div>
                  <dt className="text-stone-600">{b.bureauRenewedOn}</dt>
                  <dd className="font-medium">{dateOrNotYet(branch.bureauRenewedOn)}</dd>
                </div>
              </dl>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-8 lg:col-span-2">
          <section aria-labelledby="cells-heading">
            <div className="mb-3 flex items-center justify-between gap-2">
              <h2 id="cells-heading" className="text-lg font-semibold text-stone-900">
                {b.cellsTitle}
              </h2>
              {data.cells.length ? addCell : null}
            </div>
            {data.cells.length ? (
              <BranchCells rows={data.cells} manageable={branch.cellsManageable} locale={locale} t={t} />
            ) : (
              <EmptyState title={b.noCells} action={addCell} />
            )}
          </section>
          <section aria-labelledby="activities-heading" id="activities" className="scroll-mt-4">
            <h2 id="activities-heading" className="mb-3 text-lg font-semibold text-stone-900">
              {b.activitiesTitle}
            </h2>
            {data.activities.length ? (
              <>
                <BranchActivities branchId={branch.id} rows={data.activities} recordable={branch.recordable} locale={locale} t={t} />
                <p className="mt-2 text-sm text-stone-600">{plural(data.activityCount, b.activitiesCount, locale)}</p>
                <KeysetPagination
                  firstHref={data.hasPrevious ? `${activitiesHref}#activities` : null}
                  previousHref={data.hasPrevious ? `${listHref(activitiesHref, { before: data.previousCursor })}#activities` : null}
                  nextHref={data.hasNext ? `${listHref(activitiesHref, { after: data.nextCursor })}#activities` : null}
                  labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: b.activitiesPagination }}
                />
              </>
            ) : (
              <EmptyState title={b.noActivities} />
            )}
            {branch.recordable ? (
              <Card className="mt-4" aria-labelledby="new-activity-heading">
                <CardTitle>
                  <span id="new-activity-heading">{b.newActivityTitle}</span>
                </CardTitle>
                <NewActivityForm branchId={branch.id} kinds={activityKindOptions(t)} today={today} labels={activityFormLabels(t, b.addActivity)} />
              </Card>
            ) : null}
          </section>
        </div>
      </div>
    </>
  );
}
