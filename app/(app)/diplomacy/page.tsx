import type { Metadata } from "next";
import Link from "next/link";
import { diplomacyLinks } from "@/components/diplomacy/labels";
import { OverdueFollowUps } from "@/components/diplomacy/overdue-follow-ups";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { recentEvents } from "@/lib/diplomacy/event-queries";
import { dateRange } from "@/lib/diplomacy/format";
import { diplomacyOverview } from "@/lib/diplomacy/queries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber, todayInMorocco } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.title };
}

export default async function DiplomacyPage() {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const d = t.diplomacy;
  const [figures, events] = await Promise.all([diplomacyOverview(viewer, todayInMorocco()), recentEvents(viewer, 5)]);
  const n = (value: number) => formatNumber(value, locale);

  return (
    <div className="space-y-6">
      <PageHeader title={d.title} description={d.intro} />
      <nav aria-label={d.sections}>
        <ul className="flex flex-wrap gap-2">
          {diplomacyLinks(d).map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-flex min-h-11 items-center rounded-full border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:border-brand-500 hover:text-brand-800">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <OverdueFollowUps viewer={viewer} />

      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Stat label={d.landing.parties} value={n(figures.parties)} href="/diplomacy/parties" />
        <Stat label={d.landing.events} value={n(figures.events)} href="/diplomacy/events" />
        <Stat label={d.landing.delegations} value={n(figures.delegations)} href="/diplomacy/events" />
        <Stat label={d.landing.meetings} value={n(figures.meetings)} href="/diplomacy/meetings" />
        <Stat label={d.landing.agreements} value={n(figures.agreements)} href="/diplomacy/agreements" />
        <Stat label={d.landing.openFollowUps} value={n(figures.openFollowUps)} href="/diplomacy/agreements" />
      </div>

      <Card aria-labelledby="recent-events">
        <CardTitle>
          <span id="recent-events">{d.landing.recentEvents}</span>
        </CardTitle>
        {events.length ? (
          <ul className="divide-y divide-stone-100">
            {events.map((event) => (
              <li key={event.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div className="min-w-0">
                  <Link href={`/diplomacy/events/${event.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                    {event.title}
                  </Link>
                  <p className="text-sm text-stone-600">
                    {dateRange(d.range, locale, event.startsOn, event.endsOn)} · {event.city}
                  </p>
                </div>
                <span className="text-sm text-stone-700 tabular-nums">{fill(d.landing.eventFigures, { delegations: n(event.delegations), countries: n(event.countries) })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{d.landing.noEvents}</p>
        )}
      </Card>
    </div>
  );
}
