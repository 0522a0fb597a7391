import type { Metadata } from "next";
import { headers } from "next/headers";
import { FeedHelp } from "@/components/calendar/feed-help";
import { SubscriptionForm } from "@/components/calendar/subscription-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { calendarTokenOf, FEED_DAYS_BEHIND, FEED_MAX_EVENTS } from "@/lib/calendar/queries";
import { fill, getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.calendar.subscription.title };
}

/** The user's private calendar subscription address, made on demand, renewable and revocable. */
export default async function CalendarSubscriptionPage() {
  const user = await requirePermission("calendar.read");
  const { locale, t } = await getDictionary();
  const s = t.calendar.subscription;
  const token = await calendarTokenOf(user.id);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  const url = token ? `${proto}://${host}/api/calendar/feed/${token}.ics` : null;

  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title={s.title} description={s.intro} />
      <Card className="space-y-4">
        {url ? (
          <div className="space-y-1.5">
            <label htmlFor="feed-url" className="block text-sm font-medium text-stone-800">
              {s.url}
            </label>
            <input
              id="feed-url"
              readOnly
              value={url}
              dir="ltr"
              aria-describedby="feed-secret"
              className="block w-full rounded-lg border border-stone-300 bg-stone-50 px-3 py-2.5 font-mono text-sm text-stone-900"
            />
            <p id="feed-secret" className="text-sm text-stone-700">
              {s.secret}
            </p>
          </div>
        ) : (
          <Alert tone="info">{s.none}</Alert>
        )}
        <p className="text-sm text-stone-700">{fill(s.bound, { behind: plural(FEED_DAYS_BEHIND, s.days, locale), max: plural(FEED_MAX_EVENTS, s.events, locale) })}</p>
        <SubscriptionForm hasToken={Boolean(token)} labels={{ create: s.create, regenerate: s.regenerate, regenerateHint: s.regenerateHint, revoke: s.revoke }} />
      </Card>
      <FeedHelp t={s.help} />
    </div>
  );
}
