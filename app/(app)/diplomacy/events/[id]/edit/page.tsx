import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { EventForm } from "@/components/diplomacy/event-form";
import { deleteLabels } from "@/components/diplomacy/labels";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { deleteEvent } from "@/lib/diplomacy/event-actions";
import { findEvent } from "@/lib/diplomacy/event-queries";
import { getDictionary } from "@/lib/i18n";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.events.edit };
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("diplomacy.manage");
  const { t } = await getDictionary();
  const found = await findEvent(viewer, parseId((await params).id));
  if (!found) notFound();
  const { event } = found;
  const d = t.diplomacy;
  const href = `/diplomacy/events/${event.id}`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/events", label: d.events.title }, { href, label: event.title }, { label: d.events.edit }]}
          />
        }
        title={d.events.edit}
        description={event.title}
      />
      <Card>
        <EventForm
          mode="edit"
          defaults={{ ...event, id: String(event.id), ordinal: event.ordinal == null ? "" : String(event.ordinal) }}
          cancelHref={href}
          labels={d.events.form}
          kinds={d.eventKinds}
        />
      </Card>
      <ConfirmDelete id={event.id} action={deleteEvent} labels={deleteLabels(d, d.events.detail.delete, d.events.detail.deleteQuestion)} />
    </div>
  );
}
