import type { Metadata } from "next";
import { EventForm } from "@/components/diplomacy/event-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.events.new };
}

export default async function NewEventPage() {
  await requirePermission("diplomacy.manage");
  const { t } = await getDictionary();
  const d = t.diplomacy;
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={
          <Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/events", label: d.events.title }, { label: d.events.new }]} />
        }
        title={d.events.new}
      />
      <Card>
        <EventForm
          mode="create"
          defaults={{ kind: "congress", ordinal: "", title: "", startsOn: "", endsOn: "", venue: "", city: "", description: "" }}
          cancelHref="/diplomacy/events"
          labels={d.events.form}
          kinds={d.eventKinds}
        />
      </Card>
    </div>
  );
}
