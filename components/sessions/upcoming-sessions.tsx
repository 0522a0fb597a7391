import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { dateRange, sessionName } from "@/lib/sessions/format";
import { upcomingSessions } from "@/lib/sessions/queries";
import { workshopsOfMember } from "@/lib/sessions/workshop-queries";
import { MemberWorkshopList } from "./member-workshops";

/** The dashboard's "coming up": the next published sessions and the viewer's own coming workshops. */
export async function UpcomingSessions({ viewer }: { viewer: CurrentUser }) {
  const { locale, t } = await getDictionary();
  const s = t.sessions;
  const [sessions, workshops] = await Promise.all([upcomingSessions(viewer), workshopsOfMember(viewer, { upcomingOnly: true, limit: 6 })]);
  return (
    <section aria-labelledby="upcoming-sessions" className="space-y-4">
      <Card>
        <CardTitle
          action={
            <Link href="/sessions" className="text-sm font-medium text-brand-800 underline underline-offset-4">
              {s.upcoming.allSessions}
            </Link>
          }
        >
          <span id="upcoming-sessions">{s.upcoming.title}</span>
        </CardTitle>
        {sessions.length ? (
          <ul className="divide-y divide-stone-100">
            {sessions.map((session) => (
              <li key={session.id} className="py-2.5 first:pt-0 last:pb-0">
                <Link href={`/sessions/${session.id}`} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                  {sessionName(s, session.ordinal)}
                </Link>
                <p className="text-sm text-stone-700">
                  {dateRange(s, locale, session.startsOn, session.endsOn)} · {fill(s.venueCity, { venue: session.venue, city: session.city })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{s.upcoming.none}</p>
        )}
      </Card>
      {workshops.length ? (
        <div>
          <h2 className="mb-3 text-lg font-semibold text-stone-900">{s.upcoming.yourWorkshops}</h2>
          <MemberWorkshopList rows={workshops} t={s} locale={locale} />
        </div>
      ) : null}
    </section>
  );
}
