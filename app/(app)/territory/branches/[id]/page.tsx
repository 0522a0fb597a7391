import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { TerritoryCrumbs } from "@/components/territory/territory-crumbs";
import { TerritoryStats } from "@/components/territory/territory-stats";
import { CellsTable } from "@/components/territory/territory-tables";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { CreatedNotice } from "@/components/ui/created-notice";
import { firstParam } from "@/lib/validation";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser, requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { findBranch, getBranch } from "@/lib/territory/queries";
import { idOrNull } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }, user] = await Promise.all([params, getDictionary(), getCurrentUser()]);
  const branchId = idOrNull(id);
  const branch = user && branchId ? await findBranch(user, branchId) : null;
  return { title: branch ? nameIn(locale, branch.nameAr, branch.nameFr) : t.territory.title };
}

export default async function BranchPage({ params, searchParams }: Props) {
  const user = await requirePermission("territory.read");
  const branchId = idOrNull((await params).id);
  const data = branchId ? await getBranch(user, branchId) : null;
  if (!data) notFound();
  const { locale, t } = await getDictionary();
  const { branch, cells } = data;
  const region = { id: branch.regionId, nameAr: branch.regionNameAr, nameFr: branch.regionNameFr };
  const province = { id: branch.provinceId, nameAr: branch.provinceNameAr, nameFr: branch.provinceNameFr };
  const addCell = branch.manageable ? (
    <ButtonLink href={`/territory/branches/${branch.id}/cells/new`} variant="secondary" size="sm">
      {t.territory.addCell}
    </ButtonLink>
  ) : null;
  const details: [string, ReactNode][] = [
    [t.territory.branchNameAr, branch.nameAr],
    [t.territory.branchNameFr, branch.nameFr ? <bdi lang="fr">{branch.nameFr}</bdi> : "—"],
    [t.territory.town, branch.town],
    [t.territory.address, branch.address ?? <span className="text-stone-500">{t.territory.noAddress}</span>],
    [t.territory.province, nameIn(locale, province.nameAr, province.nameFr)],
    [t.territory.region, nameIn(locale, region.nameAr, region.nameFr)],
  ];
  return (
    <>
      <PageHeader
        crumbs={<TerritoryCrumbs t={t} locale={locale} region={region} province={province} branch={branch} />}
        title={nameIn(locale, branch.nameAr, branch.nameFr)}
        description={fill(t.territory.branchOf, {
          province: nameIn(locale, province.nameAr, province.nameFr),
          region: nameIn(locale, region.nameAr, region.nameFr),
        })}
        actions={
          <>
            <ButtonLink href={`/rooting/branches/${branch.id}`} variant="secondary">
              {t.territory.branchRooting}
            </ButtonLink>
            {branch.manageable ? (
              <ButtonLink href={`/territory/branches/${branch.id}/edit`} variant="secondary">
                {t.territory.editBranch}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {branch.manageable && firstParam((await searchParams).created) === "branch" ? (
        <CreatedNotice
          message={t.created.branch.done}
          steps={[
            { href: `/territory/provinces/${province.id}/branches/new`, label: t.created.branch.another },
            { href: `/territory/provinces/${province.id}`, label: t.created.branch.back },
          ]}
        />
      ) : null}
      <TerritoryStats
        locale={locale}
        figures={[
          { label: t.territory.cells, value: cells.length },
          { label: t.territory.activeMembers, value: data.activeMembers },
          { label: t.territory.allMembers, value: data.allMembers },
        ]}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-1">
          <CardTitle>{t.territory.details}</CardTitle>
          <dl className="space-y-3 text-sm">
            {details.map(([label, value]) => (
              <div key={label}>
                <dt className="text-stone-600">{label}</dt>
                <dd className="font-medium text-stone-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <section className="min-w-0 lg:col-span-2" aria-labelledby="cells-heading">
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 id="cells-heading" className="text-lg font-semibold text-stone-900">
              {t.territory.cells}
            </h2>
            {cells.length ? addCell : null}
          </div>
          {cells.length ? (
            <CellsTable rows={cells} t={t} locale={locale} manageable={branch.manageable} />
          ) : (
            <EmptyState title={t.territory.noCells} action={addCell} />
          )}
        </section>
      </div>
    </>
  );
}
