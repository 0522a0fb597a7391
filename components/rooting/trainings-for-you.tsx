import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { trainingsForMember } from "@/lib/rooting/queries";
import { TrainingList } from "./training-list";

/**
 * "Trainings for you": the coming trainings of the viewer's home region and those they took part
 * in. On the dashboard (`compact`) it shows only when there is something to show.
 */
export async function TrainingsForYou({ viewer, compact = false }: { viewer: CurrentUser; compact?: boolean }) {
  if (viewer.memberId === null) return null;
  const { locale, t } = await getDictionary();
  const r = t.rooting;
  const { upcoming, attended } = await trainingsForMember(viewer, compact ? 3 : 5);
  if (compact && !upcoming.length && !attended.length) return null;
  const roles = Object.fromEntries(attended.map((row) => [row.id, fill(r.forYou.role, { role: r.personRoles[row.role] })]));
  return (
    <Card aria-labelledby="trainings-for-you">
      <CardTitle
        action={
          compact ? (
            <Link href="/rooting" className="text-sm font-medium text-brand-800 underline underline-offset-4">
              {r.forYou.all}
            </Link>
          ) : undefined
        }
      >
        <span id="trainings-for-you">{r.forYou.title}</span>
      </CardTitle>
      <div className="space-y-4">
        <section aria-labelledby="trainings-for-you-upcoming" className="space-y-2">
          <h3 id="trainings-for-you-upcoming" className="font-semibold text-stone-800">
            {r.forYou.upcoming}
          </h3>
          {upcoming.length ? <TrainingList rows={upcoming} t={r} locale={locale} /> : <p className="text-sm text-stone-600">{r.forYou.none}</p>}
        </section>
        {attended.length ? (
          <section aria-labelledby="trainings-for-you-attended" className="space-y-2">
            <h3 id="trainings-for-you-attended" className="font-semibold text-stone-800">
              {r.forYou.attended}
            </h3>
            <TrainingList rows={attended} t={r} locale={locale} notes={roles} />
          </section>
        ) : null}
      </div>
    </Card>
  );
}
