import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, plural } from "@/lib/i18n/format";
import type { PlanRow } from "@/lib/rooting/queries";

type Text = Dictionary["rooting"];

function period(t: Text, locale: Locale, plan: Pick<PlanRow, "startsOn" | "endedOn">) {
  return plan.endedOn
    ? fill(t.plan.period, { from: formatDate(plan.startsOn, locale), to: formatDate(plan.endedOn, locale) })
    : fill(t.plan.since, { date: formatDate(plan.startsOn, locale) });
}

/** The plan in force: its title, the session that adopted it, its start and its goals. */
export function PlanSummary({ plan, t, locale }: { plan: PlanRow; t: Text; locale: Locale }) {
  return (
    <div className="space-y-4">
      <p className="text-xl font-bold text-stone-900">{plan.title}</p>
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-stone-600">{t.plan.adoptedBy}</dt>
          <dd className="font-medium text-stone-900">
            {plan.adoptedBySessionId && plan.sessionTitle ? (
              <Link href={`/sessions/${plan.adoptedBySessionId}`} className="text-brand-800 underline-offset-4 hover:underline">
                {plan.sessionTitle}
              </Link>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-stone-600">{t.plan.adoptedOn}</dt>
          <dd className="font-medium text-stone-900">{plan.adoptedOn ? formatDate(plan.adoptedOn, locale) : "—"}</dd>
        </div>
        <div>
          <dt className="text-stone-600">{t.plan.startsOn}</dt>
          <dd className="font-medium text-stone-900">{formatDate(plan.startsOn, locale)}</dd>
        </div>
      </dl>
      <div>
        <h3 className="mb-2 font-semibold text-stone-900">{t.plan.goals}</h3>
        {plan.goals.length ? (
          <ul className="list-disc space-y-1 ps-5 text-stone-800 marker:text-brand-700">
            {plan.goals.map((goal, i) => (
              <li key={i}>{goal}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{t.plan.noGoals}</p>
        )}
      </div>
    </div>
  );
}

type HistoryRow = PlanRow & { trainings: number };

/** The plans one after the other, the latest first, each with its period and its trainings. */
export function PlanHistory({ plans, currentId, canPlan, t, locale }: { plans: HistoryRow[]; currentId: number | null; canPlan: boolean; t: Text; locale: Locale }) {
  return (
    <section aria-labelledby="plan-history" className="space-y-3">
      <h2 id="plan-history" className="text-lg font-semibold text-stone-900">
        {t.plan.history}
      </h2>
      {plans.length ? (
        <ol className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-sm">
          {plans.map((plan) => (
            <li key={plan.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div className="min-w-0">
                <p className="font-medium text-stone-900">
                  {plan.title} {plan.id === currentId ? <Badge tone="green">{t.plan.ongoing}</Badge> : null}
                </p>
                <p className="text-sm text-stone-600">
                  {period(t, locale, plan)}
                  {plan.sessionTitle ? ` · ${plan.sessionTitle}` : null}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-3 text-sm">
                <Link href={`/rooting/trainings?plan=${plan.id}`} className="text-brand-800 underline underline-offset-4">
                  {plural(plan.trainings, t.plan.trainingsCount, locale)}
                </Link>
                {canPlan ? (
                  <Link href={`/rooting/plans/${plan.id}/edit`} className="text-stone-700 underline underline-offset-4">
                    {t.plan.edit}
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-600">{t.plan.historyEmpty}</p>
      )}
    </section>
  );
}
