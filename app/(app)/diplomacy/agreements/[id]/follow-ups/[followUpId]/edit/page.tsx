import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { FollowUpForm } from "@/components/diplomacy/follow-up-form";
import { deleteLabels } from "@/components/diplomacy/labels";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { deleteFollowUp } from "@/lib/diplomacy/agreement-actions";
import { findFollowUp } from "@/lib/diplomacy/agreement-queries";
import { getDictionary } from "@/lib/i18n";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.followUps.edit };
}

export default async function EditFollowUpPage({ params }: { params: Promise<{ id: string; followUpId: string }> }) {
  const viewer = await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const { id, followUpId } = await params;
  const followUp = await findFollowUp(viewer, parseId(id), parseId(followUpId));
  if (!followUp) notFound();
  const d = t.diplomacy;
  const href = `/diplomacy/agreements/${followUp.agreementId}`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[
              { href: "/diplomacy", label: d.title },
              { href: "/diplomacy/agreements", label: d.agreements.title },
              { href, label: followUp.agreementTitle },
              { label: d.followUps.edit },
            ]}
          />
        }
        title={d.followUps.edit}
        description={followUp.title}
      />
      <Card>
        <FollowUpForm
          mode="edit"
          defaults={{ id: String(followUp.id), title: followUp.title, ownerMemberId: followUp.ownerMemberId == null ? "" : String(followUp.ownerMemberId), dueOn: followUp.dueOn, notes: followUp.notes ?? "" }}
          owner={followUp.ownerMemberId && followUp.ownerName ? { id: followUp.ownerMemberId, name: followUp.ownerName } : null}
          cancelHref={`${href}#follow-ups`}
          labels={d.followUps.form}
          pickerLabels={memberPickerLabels(t, locale)}
        />
      </Card>
      <ConfirmDelete id={followUp.id} action={deleteFollowUp} labels={deleteLabels(d, d.followUps.delete, d.followUps.deleteQuestion)} />
    </div>
  );
}
