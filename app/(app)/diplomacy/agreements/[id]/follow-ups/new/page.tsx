import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { FollowUpForm } from "@/components/diplomacy/follow-up-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { findAgreement } from "@/lib/diplomacy/agreement-queries";
import { getDictionary } from "@/lib/i18n";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.followUps.add };
}

export default async function NewFollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const agreement = await findAgreement(viewer, parseId((await params).id));
  if (!agreement) notFound();
  const d = t.diplomacy;
  const href = `/diplomacy/agreements/${agreement.id}`;
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/agreements", label: d.agreements.title }, { href, label: agreement.title }, { label: d.followUps.add }]}
          />
        }
        title={d.followUps.add}
        description={agreement.title}
      />
      <Card>
        <FollowUpForm
          mode="create"
          defaults={{ agreementId: String(agreement.id), title: "", ownerMemberId: "", dueOn: "", notes: "" }}
          owner={null}
          cancelHref={`${href}#follow-ups`}
          labels={d.followUps.form}
          pickerLabels={memberPickerLabels(t, locale)}
        />
      </Card>
    </div>
  );
}
