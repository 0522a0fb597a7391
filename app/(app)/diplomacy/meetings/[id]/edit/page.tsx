import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteLabels, pickableParties, partyPickerLabels } from "@/components/diplomacy/labels";
import { MeetingForm } from "@/components/diplomacy/meeting-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { deleteMeeting } from "@/lib/diplomacy/actions";
import { findMeeting } from "@/lib/diplomacy/agreement-queries";
import { asLines } from "@/lib/diplomacy/format";
import { partyChoices } from "@/lib/diplomacy/queries";
import { getDictionary } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.meetings.edit };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const [meeting, parties] = await Promise.all([findMeeting(viewer, parseId((await params).id)), partyChoices(viewer)]);
  if (!meeting) notFound();
  const d = t.diplomacy;
  const href = `/diplomacy/meetings/${meeting.id}`;
  const name = `${formatDate(meeting.date, locale)} · ${meeting.place}`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/meetings", label: d.meetings.title }, { href, label: name }, { label: d.meetings.edit }]}
          />
        }
        title={d.meetings.edit}
        description={name}
      />
      <Card>
        <MeetingForm
          mode="edit"
          defaults={{
            id: String(meeting.id),
            date: meeting.date,
            place: meeting.place,
            where: meeting.received ? "received" : "abroad",
            partyIds: meeting.parties.map((p) => String(p.id)),
            ourParticipants: asLines(meeting.ourParticipants),
            theirParticipants: asLines(meeting.theirParticipants),
            topics: meeting.topics ?? "",
            outcome: meeting.outcome ?? "",
          }}
          parties={pickableParties(parties, locale)}
          cancelHref={href}
          t={d.meetings}
          pickerLabels={partyPickerLabels(d, d.meetings.form.parties)}
        />
      </Card>
      <ConfirmDelete id={meeting.id} action={deleteMeeting} labels={deleteLabels(d, d.meetings.detail.delete, d.meetings.detail.deleteQuestion)} />
    </div>
  );
}
