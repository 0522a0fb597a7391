import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { workshopName } from "@/lib/sessions/format";
import type { ProgrammeWorkshop } from "@/lib/sessions/queries";

/** A workshop's recommendations as an ordered list. */
export function RecommendationList({ items, t }: { items: { id: number; text: string }[]; t: Dictionary["sessions"] }) {
  if (!items.length) return <p className="text-sm text-stone-600">{t.outcomes.noRecommendations}</p>;
  return (
    <ol className="list-decimal space-y-1.5 ps-6 marker:font-semibold marker:text-brand-800">
      {items.map((item) => (
        <li key={item.id} className="whitespace-pre-line">
          {item.text}
        </li>
      ))}
    </ol>
  );
}

/** البيان الختامي، المحضر والتوصيات: plain text, its line breaks kept. */
export function OutcomesSection({
  session,
  workshops,
  t,
}: {
  session: { id: number; finalStatement: string | null; minutes: string | null };
  workshops: ProgrammeWorkshop[];
  t: Dictionary["sessions"];
}) {
  const o = t.outcomes;
  if (!session.finalStatement && !session.minutes && workshops.every((w) => !w.recommendations.length)) {
    return <p className="text-stone-600">{o.none}</p>;
  }
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card>
          <h3 className="mb-3 text-lg font-semibold text-stone-900">{o.finalStatement}</h3>
          {session.finalStatement ? <div className="leading-relaxed whitespace-pre-line text-stone-800">{session.finalStatement}</div> : <p className="text-stone-600">{o.noStatement}</p>}
        </Card>
        <Card>
          <h3 className="mb-3 text-lg font-semibold text-stone-900">{o.minutes}</h3>
          {session.minutes ? <div className="leading-relaxed whitespace-pre-line text-stone-800">{session.minutes}</div> : <p className="text-stone-600">{o.noMinutes}</p>}
        </Card>
      </div>
      {workshops.length ? (
        <Card>
          <h3 className="mb-3 text-lg font-semibold text-stone-900">{o.recommendations}</h3>
          <div className="grid grid-cols-1 gap-6 md:grid-cols-2 xl:grid-cols-3">
            {workshops.map((w) => (
              <section key={w.id} aria-labelledby={`recommendations-${w.id}`}>
                <h4 id={`recommendations-${w.id}`} className="mb-2 font-semibold text-stone-900">
                  <Link href={`/sessions/${session.id}/workshops/${w.id}`} className="underline-offset-4 hover:underline">
                    {workshopName(t, w.number)}
                  </Link>
                  <span className="block text-sm font-normal text-stone-600">{w.title}</span>
                </h4>
                <RecommendationList items={w.recommendations} t={t} />
              </section>
            ))}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
