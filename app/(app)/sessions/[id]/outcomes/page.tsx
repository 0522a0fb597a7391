import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutcomesForm } from "@/components/sessions/outcomes-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { sessionName } from "@/lib/sessions/format";
import { findSession } from "@/lib/sessions/queries";
import { sessionOutcomesValues } from "@/lib/sessions/schemas";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.outcomes.edit };
}

export default async function OutcomesPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("session.manage");
  const { t } = await getDictionary();
  const session = await findSession(viewer, parseId((await params).id));
  if (!session) notFound();
  const s = t.sessions;
  const name = sessionName(s, session.ordinal);
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={<Breadcrumbs label={s.breadcrumbs} items={[{ href: "/sessions", label: s.title }, { href: `/sessions/${session.id}`, label: name }, { label: s.outcomes.title }]} />}
        title={s.outcomes.edit}
        description={name}
      />
      <Card>
        <OutcomesForm defaults={sessionOutcomesValues(session)} t={s.outcomes} />
      </Card>
    </div>
  );
}
