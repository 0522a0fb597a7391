import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { WorkshopForm } from "@/components/sessions/workshop-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { sessionName } from "@/lib/sessions/format";
import { findSession } from "@/lib/sessions/queries";
import { newWorkshopDefaults } from "@/lib/sessions/workshop-queries";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.workshop.new };
}

export default async function NewWorkshopPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("session.manage");
  const { locale, t } = await getDictionary();
  const session = await findSession(viewer, parseId((await params).id));
  if (!session) notFound();
  const s = t.sessions;
  const name = sessionName(s, session.ordinal);
  // a parallel workshop: the number after the last one, and its day and times
  const start = await newWorkshopDefaults(viewer, session);
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={<Breadcrumbs label={s.breadcrumbs} items={[{ href: "/sessions", label: s.title }, { href: `/sessions/${session.id}`, label: name }, { label: s.workshop.new }]} />}
        title={s.workshop.new}
        description={name}
      />
      <Card>
        <WorkshopForm
          mode="create"
          defaults={{
            sessionId: String(session.id),
            number: String(start.number),
            title: "",
            theme: "",
            questions: "",
            date: start.date,
            startTime: start.startTime,
            endTime: start.endTime,
            room: "",
            capacity: "",
          }}
          people={{ facilitator: null, rapporteur: null }}
          range={{ min: session.startsOn, max: session.endsOn }}
          cancelHref={`/sessions/${session.id}`}
          t={s.workshop}
          picker={memberPickerLabels(t, locale)}
        />
      </Card>
    </div>
  );
}
