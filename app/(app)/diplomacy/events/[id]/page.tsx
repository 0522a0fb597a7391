import { CalendarDays, MapPin, Pencil, Plus } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CountryCounts } from "@/components/diplomacy/country-counts";
import { DelegationTable } from "@/components/diplomacy/delegation-table";
import { Section } from "@/components/diplomacy/detail-list";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { byCountryName } from "@/lib/diplomacy/countries";
import { findEvent } from "@/lib/diplomacy/event-queries";
import { dateRange } from "@/lib/diplomacy/format";
import { fill, getDictionary } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/params";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission("diplomacy.read");
  const { t } = await getDictionary();
  const found = await findEvent(viewer, parseId((await params).id));
  return { title: found?.event.title ?? t.diplomacy.events.title };
}

export default async function EventPage({ params }: Props) {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const found = await findEvent(viewer, parseId((await params).id));
  if (!found) notFound();
  const { event } = found;
  const d = t.diplomacy;
  const canManage = can(viewer, "diplomacy.manage");
  const n = (value: number) => formatNumber(value, locale);
  const compare = byCountryName(locale);
  const delegations = [...found.delegations].sort((a, b) => compare(a.country, b.country) || a.id - b.id);
  const byCountry = [...found.byCountry].sort((a, b) => b.count - a.count || compare(a.country, b.country));

  return (
    <div className="space-y-8">
      <PageHeader
        crumbs={<Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/events", label: d.events.title }, { label: event.title }]} />}
        title={event.title}
        description={
          <span className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <Badge tone={event.kind === "congress" ? "green" : "neutral"}>{d.eventKinds[event.kind]}</Badge>
            <span className="inline-flex items-center gap-1.5">
              <CalendarDays aria-hidden="true" size={16} />
              {dateRange(d.range, locale, event.startsOn, event.endsOn)}
            </span>
            <span className="inline-flex items-center gap-1.5">
              <MapPin aria-hidden="true" size={16} />
              {[event.venue, event.city].filter(Boolean).join("، ")}
            </span>
          </span>
        }
        actions={
          canManage ? (
            <ButtonLink href={`/diplomacy/events/${event.id}/edit`} variant="secondary">
              <Pencil aria-hidden="true" size={18} />
              {d.events.edit}
            </ButtonLink>
          ) : null
        }
      />
      {event.description ? <p dir="auto" className="max-w-3xl leading-relaxed whitespace-pre-line text-stone-700">{event.description}</p> : null}

      <Section
        id="delegations"
        title={d.events.detail.delegations}
        action={
          canManage ? (
            <ButtonLink href={`/diplomacy/events/${event.id}/delegations/new`} size="sm">
              <Plus aria-hidden="true" size={16} />
              {d.events.detail.addDelegation}
            </ButtonLink>
          ) : null
        }
      >
        {delegations.length ? (
          <>
            <p className="text-stone-700">{fill(d.events.detail.figures, { delegations: n(delegations.length), countries: n(byCountry.length) })}</p>
            <CountryCounts byCountry={byCountry} byContinent={found.byContinent} locale={locale} t={d} />
            <DelegationTable rows={delegations} eventId={event.id} locale={locale} t={d} canManage={canManage} />
          </>
        ) : (
          <p className="text-stone-600">{d.events.detail.noDelegations}</p>
        )}
      </Section>
    </div>
  );
}
