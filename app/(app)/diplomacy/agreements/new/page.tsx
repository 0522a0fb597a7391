import type { Metadata } from "next";
import Link from "next/link";
import { AgreementForm } from "@/components/diplomacy/agreement-form";
import { pickableParties, partyPickerLabels } from "@/components/diplomacy/labels";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { partyChoices } from "@/lib/diplomacy/queries";
import { getDictionary } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.agreements.new };
}

export default async function NewAgreementPage() {
  const viewer = await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const d = t.diplomacy;
  const parties = await partyChoices(viewer);
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/agreements", label: d.agreements.title }, { label: d.agreements.new }]}
          />
        }
        title={d.agreements.new}
        description={
          <Link href="/diplomacy/parties/new" className="text-brand-800 underline underline-offset-4">
            {d.partyPicker.newParty}
          </Link>
        }
      />
      <Card>
        <AgreementForm
          mode="create"
          defaults={{ title: "", signedOn: "", place: "", partyIds: [], signatories: "", aims: "", durationMonths: "", notes: "" }}
          parties={pickableParties(parties, locale)}
          currentDocument={null}
          cancelHref="/diplomacy/agreements"
          labels={d.agreements.form}
          documentTooLarge={d.errors.documentTooLarge}
          pickerLabels={partyPickerLabels(d, d.agreements.form.parties)}
        />
      </Card>
    </div>
  );
}
