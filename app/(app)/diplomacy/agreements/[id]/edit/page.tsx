import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/diplomacy/agreement-form";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteLabels, pickableParties, partyPickerLabels } from "@/components/diplomacy/labels";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { deleteAgreement } from "@/lib/diplomacy/agreement-actions";
import { findAgreement } from "@/lib/diplomacy/agreement-queries";
import { partyChoices } from "@/lib/diplomacy/queries";
import { agreementFormValues } from "@/lib/diplomacy/schemas";
import { getDictionary } from "@/lib/i18n";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.agreements.edit };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const [agreement, parties] = await Promise.all([findAgreement(viewer, parseId((await params).id)), partyChoices(viewer)]);
  if (!agreement) notFound();
  const d = t.diplomacy;
  const href = `/diplomacy/agreements/${agreement.id}`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/agreements", label: d.agreements.title }, { href, label: agreement.title }, { label: d.agreements.edit }]}
          />
        }
        title={d.agreements.edit}
        description={agreement.title}
      />
      <Card>
        <AgreementForm
          mode="edit"
          defaults={{ ...agreementFormValues(agreement, agreement.parties.map((p) => p.id)), removeDocument: false }}
          parties={pickableParties(parties, locale)}
          currentDocument={agreement.documentName}
          cancelHref={href}
          labels={d.agreements.form}
          documentTooLarge={d.errors.documentTooLarge}
          pickerLabels={partyPickerLabels(d, d.agreements.form.parties)}
        />
      </Card>
      <ConfirmDelete id={agreement.id} action={deleteAgreement} labels={deleteLabels(d, d.agreements.detail.delete, d.agreements.detail.deleteQuestion)} />
    </div>
  );
}
