import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteLabels } from "@/components/sessions/labels";
import { MeetingForm } from "@/components/sessions/meeting-form";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { sessionName } from "@/lib/sessions/format";
import { deleteThematicMeeting } from "@/lib/sessions/meeting-actions";
import { findMeeting } from "@/lib/sessions/queries";
import { localDateTime } from "@/lib/sessions/time";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.meetings.edit };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const viewer = await requirePermission("session.manage");
  const { t } = await getDictionary();
  const { id, meetingId } = await params;
  const found = await findMeeting(viewer, parseId(id), parseId(meetingId));
  if (!found) notFound();
  const { session, meeting } = found;
  const s = t.sessions;
  const name = sessionName(s, session.ordinal);
  const local = localDateTime(meeting.startsAt);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={<Breadcrumbs label={s.breadcrumbs} items={[{ href: "/sessions", label: s.title }, { href: `/sessions/${session.id}`, label: name }, { label: s.meetings.edit }]} />}
        title={s.meetings.edit}
        description={`${meeting.city} — «${meeting.theme}»`}
      />
      <Card>
        <MeetingForm
          mode="edit"
          defaults={{
            id: String(meeting.id),
            city: meeting.city,
            date: local.date,
            time: local.time,
            venue: meeting.venue ?? "",
            theme: meeting.theme,
            speakers: meeting.speakers ?? "",
            status: meeting.status,
          }}
          cancelHref={`/sessions/${session.id}#meetings`}
          t={s.meetings}
        />
      </Card>
      <Card>
        <CardTitle>{s.meetings.delete}</CardTitle>
        <ConfirmDelete id={meeting.id} action={deleteThematicMeeting} labels={deleteLabels(s, s.meetings.delete, s.meetings.deleteQuestion)} />
      </Card>
    </div>
  );
}
