import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DelegationForm } from "@/components/diplomacy/delegation-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { countryChoices } from "@/lib/diplomacy/countries";
import { findEvent } from "@/lib/diplomacy/event-queries";
import { partyChoices } from "@/lib/diplomacy/queries";
import { getDictionary } from "@/lib/i18n";
import { parseId } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.delegations.new };
}

export default async function NewDelegationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const [found, parties] = await Promise.all([findEvent(viewer, parseId((await params).id)), partyChoices(viewer)]);
  if (!found) notFound();
  const { event } = found;
  const d = t.diplomacy;
  const href = `/diplomacy/events/${event.id}`;
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/events", label: d.events.title }, { href, label: event.title }, { label: d.delegations.new }]}
          />
        }
        title={d.delegations.new}
        description={event.title}
      />
      <Card>
        <DelegationForm
          mode="create"
          defaults={{
            eventId: String(event.id),
            partyId: "",
            country: "",
            headOfDelegation: "",
            members: "",
            arrivedOn: event.startsOn,
            leftOn: event.endsOn,
            spoke: false,
            notes: "",
          }}
          parties={parties.map((p) => ({ value: p.id, label: nameIn(locale, p.nameAr, p.nameOriginal), country: p.country }))}
          countries={countryChoices(locale)}
          cancelHref={`${href}#delegations`}
          labels={d.delegations.form}
        />
      </Card>
    </div>
  );
}
