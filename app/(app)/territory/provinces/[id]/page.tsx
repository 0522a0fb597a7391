import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TerritoryCrumbs } from "@/components/territory/territory-crumbs";
import { BranchesTable } from "@/components/territory/territory-tables";
import { EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { getCurrentUser, requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/format";
import { findProvince, getProvince } from "@/lib/territory/queries";
import { idOrNull } from "@/lib/params";
import { cursorText } from "@/lib/validation";
import { nameIn, otherLang, otherNameIn } from "@/lib/i18n/names";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string | string[]; before?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }, user] = await Promise.all([params, getDictionary(), getCurrentUser()]);
  const provinceId = idOrNull(id);
  const province = user && provinceId ? await findProvince(user, provinceId) : null;
  return { title: province ? nameIn(locale, province.nameAr, province.nameFr) : t.territory.title };
}

export default async function ProvincePage({ params, searchParams }: Props) {
  const user = await requirePermission("territory.read");
  const provinceId = idOrNull((await params).id);
  const query = await searchParams;
  const page = { after: cursorText(query.after), before: cursorText(query.before) };
  const data = provinceId ? await getProvince(user, provinceId, page) : null;
  if (!data) notFound();
  const { locale, t } = await getDictionary();
  const { province, branches, total } = data;
  const region = { id: province.regionId, nameAr: province.regionNameAr, nameFr: province.regionNameFr };
  const other = otherNameIn(locale, province.nameAr, province.nameFr);
  const addBranch = province.manageable ? (
    <ButtonLink href={`/territory/provinces/${province.id}/branches/new`}>{t.territory.addBranch}</ButtonLink>
  ) : null;
  return (
    <>
      <PageHeader
        crumbs={<TerritoryCrumbs t={t} locale={locale} region={region} province={province} />}
        title={nameIn(locale, province.nameAr, province.nameFr)}
        description={
          <>
            <bdi lang={otherLang(locale)}>{other}</bdi> · {fill(t.territory.provinceOf, { region: nameIn(locale, region.nameAr, region.nameFr) })} ·{" "}
            {plural(total, t.territory.branchesCount, locale)}
          </>
        }
        actions={addBranch}
      />
      {branches.length ? (
        <>
          <BranchesTable rows={branches} t={t} locale={locale} />
          <KeysetPagination
            firstHref={data.hasPrevious ? `/territory/provinces/${province.id}` : null}
            previousHref={data.hasPrevious ? listHref(`/territory/provinces/${province.id}`, { before: data.previousCursor }) : null}
            nextHref={data.hasNext ? listHref(`/territory/provinces/${province.id}`, { after: data.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: t.territory.pagination }}
          />
        </>
      ) : (
        <EmptyState title={t.territory.noBranches} action={addBranch} />
      )}
    </>
  );
}
