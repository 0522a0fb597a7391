import type { Metadata } from "next";
import { CascadeTree } from "@/components/rooting/cascade-tree";
import { EmptyState } from "@/components/ui/alert";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { cascadeOf } from "@/lib/rooting/cascade-queries";
import { currentPlan } from "@/lib/rooting/queries";
import { planChoices } from "@/lib/rooting/training-queries";
import { Field } from "@/components/ui/field";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.rooting.cascade.title };
}

/** شجرة التكوين: the plan's trainings as trees, the regional meetings at the top. */
export default async function CascadePage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const viewer = await requirePermission("rooting.read");
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const [plans, current] = await Promise.all([planChoices(), currentPlan(viewer)]);
  const asked = Number((await searchParams).plan);
  const plan = plans.find((p) => p.id === asked) ?? plans.find((p) => p.id === current?.id) ?? plans[0] ?? null;
  const tree = plan ? await cascadeOf(viewer, plan.id) : { roots: [], unattached: [] };

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
      {tree.roots.length || tree.unattached.length ? (
        <>
          {tree.roots.length ? <CascadeTree nodes={tree.roots} label={r.cascade.tree} t={r} locale={locale} /> : null}
          {tree.unattached.length ? (
            <section aria-labelledby="cascade-unattached" className="space-y-3">
              <h2 id="cascade-unattached" className="text-lg font-semibold text-stone-900">
                {r.cascade.unattached}
              </h2>
              <p className="text-sm text-stone-600">{r.cascade.unattachedHint}</p>
              <CascadeTree nodes={tree.unattached} label={r.cascade.unattached} t={r} locale={locale} />
            </section>
          ) : null}
        </>
      ) : (
        <EmptyState title={r.cascade.empty} />
      )}
    </div>
  );
}
