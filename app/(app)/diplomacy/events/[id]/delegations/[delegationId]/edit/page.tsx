import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { DelegationForm } from "@/components/diplomacy/delegation-form";
import { deleteLabels } from "@/components/diplomacy/labels";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { countryChoices } from "@/lib/diplomacy/countries";
import { deleteDelegation } from "@/lib/diplomacy/event-actions";
import { findDelegation } from "@/lib/diplomacy/event-queries";
import { asLines } from "@/lib/diplomacy/format";
import { partyChoices } from "@/lib/diplomacy/queries";
import { getDictionary } from "@/lib/i18n";
import { parseId } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.delegations.edit };
}

export default async function EditDelegationPage({ params }: { params: Promise<{ id: string; delegationId: string }> }) {
  const viewer = await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const { id, delegationId } = await params;
  const [delegation, parties] = await Promise.all([findDelegation(viewer, parseId(delegationId)), partyChoices(viewer)]);
  if (!delegation || delegation.eventId !== parseId(id)) notFound();
  const d = t.diplomacy;
  const href = `/diplomacy/events/${delegation.eventId}`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[
              { href: "/diplomacy", label: d.title },
              { href: "/diplomacy/events", label: d.events.title },
              { href, label: delegation.eventTitle },
              { label: d.delegations.edit },
            ]}
          />
        }
        title={d.delegations.edit}
        description={<span dir="auto">{delegation.headOfDelegation}</span>}
      />
      <Card>
        <DelegationForm
          mode="edit"
          defaults={{
            id: String(delegation.id),
            partyId: delegation.partyId == null ? "" : String(delegation.partyId),
            country: delegation.country,
            headOfDelegation: delegation.headOfDelegation,
            members: asLines(delegation.members),
            arrivedOn: delegation.arrivedOn ?? "",
            leftOn: delegation.leftOn ?? "",
            spoke: delegation.spoke,
            notes: delegation.notes ?? "",
          }}
          parties={parties.map((p) => ({ value: p.id, label: nameIn(locale, p.nameAr, p.nameOriginal), country: p.country }))}
          countries={countryChoices(locale)}
          cancelHref={`${href}#delegations`}
          labels={d.delegations.form}
        />
      </Card>
      <ConfirmDelete id={delegation.id} action={deleteDelegation} labels={deleteLabels(d, d.delegations.delete, d.delegations.deleteQuestion)} />
    </div>
  );
}
