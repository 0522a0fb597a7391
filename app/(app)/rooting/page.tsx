import { GitFork, List, Map as MapIcon, Pencil, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PlanHistory, PlanSummary } from "@/components/rooting/plan-summary";
import { TrainingList } from "@/components/rooting/training-list";
import { TrainingsForYou } from "@/components/rooting/trainings-for-you";
import { Alert, EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { currentPlan, planHistory, recentTrainings, upcomingTrainings } from "@/lib/rooting/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.rooting.title };
}

/** خطة التجذر: the plan in force, the trainings coming and past, and where to follow it further. */
export default async function RootingPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requirePermission("rooting.read");
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const { saved } = await searchParams;
  const [plan, history, upcoming, recent] = await Promise.all([currentPlan(viewer), planHistory(viewer), upcomingTrainings(viewer), recentTrainings(viewer)]);
  const canPlan = can(viewer, "rooting.plan");
  const links = [
    { href: "/rooting/trainings", label: r.links.trainings, hint: r.links.trainingsHint, icon: List },
    { href: "/rooting/cascade", label: r.links.cascade, hint: r.links.cascadeHint, icon: GitFork },
    { href: "/rooting/coverage", label: r.links.coverage, hint: r.links.coverageHint, icon: MapIcon },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={r.title}
        description={r.description}
        actions={
          <>
            {can(viewer, "rooting.record") ? (
              <ButtonLink href="/rooting/trainings/new">
                <Plus aria-hidden="true" size={18} />
                {r.trainings.new}
              </ButtonLink>
            ) : null}
            {canPlan ? (
              <ButtonLink href="/rooting/plans/new" variant="secondary">
                <Plus aria-hidden="true" size={18} />
                {r.plan.new}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {saved === "plan" ? <Alert tone="success">{r.saved}</Alert> : null}

      {plan ? (
        <Card aria-labelledby="current-plan">
          <CardTitle
            action={
              canPlan ? (
                <ButtonLink href={`/rooting/plans/${plan.id}/edit`} variant="secondary" size="sm">
                  <Pencil aria-hidden="true" size={16} />
                  {r.plan.edit}
                </ButtonLink>
              ) : undefined
            }
          >
            <span id="current-plan">{r.plan.current}</span>
          </CardTitle>
          <PlanSummary plan={plan} t={r} locale={locale} />
        </Card>
      ) : (
        <EmptyState title={r.plan.none} action={canPlan ? <ButtonLink href="/rooting/plans/new">{r.plan.new}</ButtonLink> : undefined}>
          {r.plan.noneHint}
        </EmptyState>
      )}

      <nav aria-labelledby="rooting-links">
        <h2 id="rooting-links" className="sr-only">
          {r.links.title}
        </h2>
        <ul className="grid gap-3 md:grid-cols-3">
          {links.map(({ href, label, hint, icon: Icon }) => (
            <li key={href}>
              <Link href={href} className="flex h-full gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-500">
                <Icon aria-hidden="true" size={22} className="mt-0.5 shrink-0 text-brand-700" />
                <span>
                  <span className="block font-semibold text-brand-800">{label}</span>
                  <span className="block text-sm text-stone-600">{hint}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <TrainingsForYou viewer={viewer} />

      <div className="grid gap-6 xl:grid-cols-2">
        <section aria-labelledby="upcoming-trainings" className="space-y-3">
          <h2 id="upcoming-trainings" className="text-lg font-semibold text-stone-900">
            {r.trainings.upcoming}
          </h2>
          {upcoming.length ? <TrainingList rows={upcoming} t={r} locale={locale} /> : <p className="text-sm text-stone-600">{r.trainings.noneUpcoming}</p>}
        </section>
        <section aria-labelledby="recent-trainings" className="space-y-3">
          <h2 id="recent-trainings" className="text-lg font-semibold text-stone-900">
            {r.trainings.recent}
          </h2>
          {recent.length ? <TrainingList rows={recent} t={r} locale={locale} /> : <p className="text-sm text-stone-600">{r.trainings.noneRecent}</p>}
          <Link href="/rooting/trainings" className="inline-block text-sm font-medium text-brand-800 underline underline-offset-4">
            {r.trainings.all}
          </Link>
        </section>
      </div>

      <PlanHistory plans={history} currentId={plan?.id ?? null} canPlan={canPlan} t={r} locale={locale} />
    </div>
  );
}
