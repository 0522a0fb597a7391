import type { Metadata } from "next";
import Link from "next/link";
import { pickableParties, partyPickerLabels } from "@/components/diplomacy/labels";
import { MeetingForm } from "@/components/diplomacy/meeting-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { partyChoices } from "@/lib/diplomacy/queries";
import { getDictionary } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.meetings.new };
}

export default async function NewMeetingPage() {
  const viewer = await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const d = t.diplomacy;
  const parties = await partyChoices(viewer);
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={
          <Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/meetings", label: d.meetings.title }, { label: d.meetings.new }]} />
        }
        title={d.meetings.new}
        description={
          <Link href="/diplomacy/parties/new" className="text-brand-800 underline underline-offset-4">
            {d.partyPicker.newParty}
          </Link>
        }
      />
      <Card>
        <MeetingForm
          mode="create"
          defaults={{ date: "", place: "", where: "received", partyIds: [], ourParticipants: "", theirParticipants: "", topics: "", outcome: "" }}
          parties={pickableParties(parties, locale)}
          cancelHref="/diplomacy/meetings"
          t={d.meetings}
          pickerLabels={partyPickerLabels(d, d.meetings.form.parties)}
        />
      </Card>
    </div>
  );
}
