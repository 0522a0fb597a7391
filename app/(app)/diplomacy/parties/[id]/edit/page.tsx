import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteLabels } from "@/components/diplomacy/labels";
import { PartyForm } from "@/components/diplomacy/party-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { deleteParty } from "@/lib/diplomacy/actions";
import { countryChoices } from "@/lib/diplomacy/countries";
import { findParty } from "@/lib/diplomacy/queries";
import { partyFormValues } from "@/lib/diplomacy/schemas";
import { getDictionary } from "@/lib/i18n";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.parties.edit };
}

export default async function EditPartyPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const found = await findParty(viewer, parseId((await params).id));
  if (!found) notFound();
  const { party } = found;
  const d = t.diplomacy;
  const href = `/diplomacy/parties/${party.id}`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/parties", label: d.parties.title }, { href, label: party.nameAr }, { label: d.parties.edit }]}
          />
        }
        title={d.parties.edit}
        description={party.nameAr}
      />
      <Card>
        <PartyForm
          mode="edit"
          defaults={partyFormValues(party)}
          countries={countryChoices(locale)}
          cancelHref={href}
          labels={d.parties.form}
        />
      </Card>
      <ConfirmDelete id={party.id} action={deleteParty} labels={deleteLabels(d, d.parties.detail.delete, d.parties.detail.deleteQuestion)} />
    </div>
  );
}
