import type { Metadata } from "next";
import Link from "next/link";
import { CascadeTree } from "@/components/rooting/cascade-tree";
import { EmptyState } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber, plural } from "@/lib/i18n/format";
import { nameIn } from "@/lib/i18n/names";
import { cascadeCursorFrom, cascadeOf, cascadeRegions } from "@/lib/rooting/cascade-queries";
import { currentPlan } from "@/lib/rooting/queries";
import { planChoices } from "@/lib/rooting/training-queries";
import { toId } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.rooting.cascade.title };
}

type Params = { plan?: string; region?: string; after?: string; before?: string };

/**
 * شجرة التكوين: the plan's trainings, one line per region with its trainings counted by level;
 * one region's trees (?region=), a page at a time, the regional meetings at the top.
 */
export default async function CascadePage({ searchParams }: { searchParams: Promise<Params> }) {
  const viewer = await requirePermission("rooting.read");
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const params = await searchParams;
  const [plans, current] = await Promise.all([planChoices(), currentPlan(viewer)]);
  const asked = Number(params.plan);
  const plan = plans.find((p) => p.id === asked) ?? plans.find((p) => p.id === current?.id) ?? plans[0] ?? null;
  const summary = plan ? await cascadeRegions(viewer, plan.id) : { regions: [], national: [], nationalCount: 0 };
  const regionId = toId(params.region);
  const region = regionId ? (summary.regions.find((g) => g.id === regionId) ?? null) : null;
  const tree = plan && region ? await cascadeOf(viewer, plan.id, region.id, cascadeCursorFrom(params.after, params.before)) : null;
  const planParam = plan && plans.length > 1 ? plan.id : undefined;
  const hrefOf = (cursor: { region?: number; after?: string | null; before?: string | null }) => listHref("/rooting/cascade", { plan: planParam, ...cursor });

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/rooting", label: r.title }, { label: r.cascade.title }]} />}
        title={r.cascade.title}
        description={r.cascade.description}
      />
      {plans.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-2">
          <Field id="cascade-plan" label={r.cascade.plan}>
            <select id="cascade-plan" name="plan" defaultValue={plan?.id} className="block rounded-lg border border-stone-300 bg-white px-3 py-2 text-base">
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="h-11 rounded-lg border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100">
            {r.trainings.filters.apply}
          </button>
        </form>
      ) : null}
      {summary.regions.length === 0 && summary.nationalCount === 0 ? <EmptyState title={r.cascade.empty} /> : null}
      {summary.national.length ? (
        <section aria-labelledby="cascade-national" className="space-y-2">
          <h2 id="cascade-national" className="text-lg font-semibold text-stone-900">
            {r.cascade.national}
          </h2>
          <ul className="space-y-1">
            {summary.national.map((n) => (
              <li key={n.id}>
                <Link href={`/rooting/trainings/${n.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                  {n.title}
                </Link>
              </li>
            ))}
          </ul>
          {summary.nationalCount > summary.national.length ? (
            <p className="text-sm text-stone-600">{plural(summary.nationalCount, r.cascade.nationalMore, locale)}</p>
          ) : null}
        </section>
      ) : null}
      {summary.regions.length ? (
        <section aria-labelledby="cascade-regions" className="space-y-2">
          <h2 id="cascade-regions" className="text-lg font-semibold text-stone-900">
            {r.cascade.regions}
          </h2>
          <p className="text-sm text-stone-600">{r.cascade.regionsHint}</p>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {summary.regions.map((g) => {
              const name = nameIn(locale, g.nameAr, g.nameFr);
              const open = g.id === region?.id;
              return (
                <li key={g.id}>
                  <Link
                    href={hrefOf({ region: g.id })}
                    aria-current={open ? "page" : undefined}
                    className={`block rounded-xl border p-3 shadow-sm hover:bg-stone-50 ${open ? "border-brand-600 bg-brand-50" : "border-stone-200 bg-white"}`}
                  >
                    <span className="block font-semibold text-brand-800">{name}</span>
                    <span className="block text-sm text-stone-600">
                      {fill(r.cascade.regionCounts, {
                        regional: formatNumber(g.regional, locale),
                        provincial: formatNumber(g.provincial, locale),
                        local: formatNumber(g.local, locale),
                      })}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {region && tree ? (
        <section aria-labelledby="cascade-region" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="cascade-region" className="text-lg font-semibold text-stone-900">
              {fill(r.cascade.regionTree, { name: nameIn(locale, region.nameAr, region.nameFr) })}
            </h2>
            <Link href={hrefOf({})} className={buttonClass("ghost", "sm")}>
              {r.cascade.allRegions}
            </Link>
          </div>
          {tree.roots.length ? <CascadeTree nodes={tree.roots} label={r.cascade.tree} t={r} locale={locale} /> : null}
          {tree.continued.length ? (
            <section aria-labelledby="cascade-continued" className="space-y-3">
              <h3 id="cascade-continued" className="text-base font-semibold text-stone-900">
                {r.cascade.continued}
              </h3>
              {tree.continued.map((branch) => (
                <div key={branch.parent.id} className="space-y-2">
                  <p className="text-sm text-stone-700">
                    {r.cascade.under}{" "}
                    <Link href={`/rooting/trainings/${branch.parent.id}`} className="font-semibold text-brand-800 underline underline-offset-4">
                      {branch.parent.title}
                    </Link>
                  </p>
                  <CascadeTree nodes={branch.nodes} label={fill(r.cascade.underNamed, { title: branch.parent.title })} t={r} locale={locale} />
                </div>
              ))}
            </section>
          ) : null}
          {tree.unattached.length ? (
            <section aria-labelledby="cascade-unattached" className="space-y-3">
              <h3 id="cascade-unattached" className="text-base font-semibold text-stone-900">
                {r.cascade.unattached}
              </h3>
              <p className="text-sm text-stone-600">{r.cascade.unattachedHint}</p>
              <CascadeTree nodes={tree.unattached} label={r.cascade.unattached} t={r} locale={locale} />
            </section>
          ) : null}
          <KeysetPagination
            firstHref={tree.hasPrevious ? hrefOf({ region: region.id }) : null}
            previousHref={tree.hasPrevious ? hrefOf({ region: region.id, before: tree.previousCursor }) : null}
            nextHref={tree.hasNext ? hrefOf({ region: region.id, after: tree.nextCursor }) : null}
            labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: r.cascade.pages }}
          />
        </section>
      ) : null}
    </div>
  );
}
