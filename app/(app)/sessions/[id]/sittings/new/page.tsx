import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { SittingForm } from "@/components/sessions/sitting-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { sessionName } from "@/lib/sessions/format";
import { findSession } from "@/lib/sessions/queries";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.sitting.new };
}

export default async function NewSittingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("session.manage");
  const { locale, t } = await getDictionary();
  const session = await findSession(viewer, parseId((await params).id));
  if (!session) notFound();
  const s = t.sessions;
  const name = sessionName(s, session.ordinal);
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={<Breadcrumbs label={s.breadcrumbs} items={[{ href: "/sessions", label: s.title }, { href: `/sessions/${session.id}`, label: name }, { label: s.sitting.new }]} />}
        title={s.sitting.new}
        description={name}
      />
      <Card>
        <SittingForm
          mode="create"
          defaults={{ sessionId: String(session.id), kind: "plenary", title: s.sittingKinds.plenary, date: session.startsOn, startTime: "", endTime: "", chairs: "" }}
          rapporteur={null}
          range={{ min: session.startsOn, max: session.endsOn }}
          cancelHref={`/sessions/${session.id}`}
          t={s.sitting}
          kindLabels={s.sittingKinds}
          picker={memberPickerLabels(t, locale)}
        />
      </Card>
    </div>
  );
}
