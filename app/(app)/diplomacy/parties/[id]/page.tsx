import { Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DetailList, Section } from "@/components/diplomacy/detail-list";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { continentOf, countryName } from "@/lib/diplomacy/countries";
import { findParty } from "@/lib/diplomacy/queries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/params";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission("diplomacy.read");
  const { t } = await getDictionary();
  const found = await findParty(viewer, parseId((await params).id));
  return { title: found?.party.nameAr ?? t.diplomacy.parties.title };
}

const linkClass = "font-medium text-brand-800 underline-offset-4 hover:underline";

export default async function PartnerPartyPage({ params }: Props) {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const found = await findParty(viewer, parseId((await params).id));
  if (!found) notFound();
  const { party } = found;
  const d = t.diplomacy;
  const p = d.parties.detail;
  const continent = continentOf(party.country);

  return (
    <div className="space-y-8">
      <PageHeader
        crumbs={<Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/parties", label: d.parties.title }, { label: party.nameAr }]} />}
        title={party.nameAr}
        description={<span dir="auto">{party.nameOriginal}</span>}
        actions={
          can(viewer, "diplomacy.manage") ? (
            <ButtonLink href={`/diplomacy/parties/${party.id}/edit`} variant="secondary">
              <Pencil aria-hidden="true" size={18} />
              {d.parties.edit}
            </ButtonLink>
          ) : null
        }
      />
      <Card className="max-w-3xl">
        <DetailList
          items={[
            { label: p.country, value: countryName(party.country, locale) },
            { label: p.continent, value: continent ? d.continents[continent] : d.none },
            { label: p.orientation, value: party.orientation ?? d.none },
            { label: p.relationsSince, value: party.relationsSince ? formatDate(party.relationsSince, locale) : d.none },
            { label: p.contacts, value: party.contacts ?? d.none },
            { label: d.notes, value: party.notes ?? d.none },
          ]}
        />
      </Card>

      <Section id="party-agreements" title={p.agreements}>
        {found.agreements.length ? (
          <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white px-4 shadow-sm">
            {found.agreements.map((a) => (
              <li key={a.id} className="py-3">
                <Link href={`/diplomacy/agreements/${a.id}`} className={linkClass}>
                  {a.title}
                </Link>
                <p className="text-sm text-stone-600">
                  {formatDate(a.signedOn, locale)}
                  {a.place ? ` · ${a.place}` : null}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{p.noAgreements}</p>
        )}
      </Section>

      <Section id="party-meetings" title={p.meetings}>
        {found.meetings.length ? (
          <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white px-4 shadow-sm">
            {found.meetings.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <Link href={`/diplomacy/meetings/${m.id}`} className={linkClass}>
                    {formatDate(m.date, locale)} · {m.place}
                  </Link>
                  {m.topics ? <p className="line-clamp-2 text-sm text-stone-600">{m.topics}</p> : null}
                </div>
                <Badge tone={m.received ? "green" : "blue"}>{m.received ? d.meetings.where.received : d.meetings.where.abroad}</Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{p.noMeetings}</p>
        )}
      </Section>

      <Section id="party-delegations" title={p.delegations}>
        {found.delegations.length ? (
          <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white px-4 shadow-sm">
            {found.delegations.map((del) => (
              <li key={del.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <Link href={`/diplomacy/events/${del.eventId}`} className={linkClass}>
                    {del.eventTitle}
                  </Link>
                  <p className="text-sm text-stone-600">
                    {formatDate(del.startsOn, locale)} · <span dir="auto">{fill(p.ledBy, { name: del.headOfDelegation })}</span>
                  </p>
                </div>
                {del.spoke ? <Badge tone="green">{d.delegations.spoke}</Badge> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{p.noDelegations}</p>
        )}
      </Section>
    </div>
  );
}
