import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { TrainingFiltersForm } from "@/components/rooting/training-filters";
import { TrainingList } from "@/components/rooting/training-list";
import { Alert, EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { listTrainings } from "@/lib/rooting/queries";
import { trainingFiltersSchema } from "@/lib/rooting/schemas";
import { planChoices, regionChoices } from "@/lib/rooting/training-queries";
import { nameIn } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.rooting.trainings.title };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function TrainingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("rooting.read");
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const params = await searchParams;
  const filters = trainingFiltersSchema.parse(Object.fromEntries(["level", "status", "region", "from", "to", "plan", "after", "before"].map((k) => [k, first(params[k]) || undefined])));
  const [list, regions, plans] = await Promise.all([listTrainings(viewer, filters), regionChoices(), planChoices()]);
  const hrefWith = (cursor: { after?: string | null; before?: string | null }) =>
    listHref("/rooting/trainings", { level: filters.level, status: filters.status, region: filters.region, from: filters.from, to: filters.to, plan: filters.plan, ...cursor });

  return (
    <>
      <PageHeader
        crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/rooting", label: r.title }, { label: r.trainings.title }]} />}
        title={r.trainings.title}
        description={<span aria-live="polite">{plural(list.total.count, list.total.atLeast ? r.trainings.totalOver : r.trainings.total, locale)}</span>}
        actions={
          can(viewer, "rooting.record") ? (
            <ButtonLink href="/rooting/trainings/new">
              <Plus aria-hidden="true" size={18} />
              {r.trainings.new}
            </ButtonLink>
          ) : null
        }
      />
      {first(params.saved) === "deleted" ? <Alert tone="success">{r.record.saved.deleted}</Alert> : null}
      <TrainingFiltersForm filters={filters} regions={regions.map((g) => ({ id: g.id, name: nameIn(locale, g.nameAr, g.nameFr) }))} plans={plans} t={r} />
      {list.rows.length ? (
        <>
          <TrainingList rows={list.rows} t={r} locale={locale} label={r.trainings.caption} headingLevel={2} />
          <KeysetPagination
            firstHref={list.hasPrevious ? hrefWith({}) : null}
            previousHref={list.hasPrevious ? hrefWith({ before: list.previousCursor }) : null}
            nextHref={list.hasNext ? hrefWith({ after: list.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: r.trainings.pagination }}
          />
        </>
      ) : (
        <EmptyState title={r.trainings.empty}>{r.trainings.emptyHint}</EmptyState>
      )}
    </>
  );
}
