import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { SessionForm } from "@/components/sessions/session-form";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { deleteSession } from "@/lib/sessions/actions";
import { sessionName } from "@/lib/sessions/format";
import { findSession } from "@/lib/sessions/queries";
import { sessionFormValues } from "@/lib/sessions/schemas";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.editSession };
}

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("session.manage");
  const { t } = await getDictionary();
  const session = await findSession(viewer, parseId((await params).id));
  if (!session) notFound();
  const s = t.sessions;
  const name = sessionName(s, session.ordinal);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={s.breadcrumbs}
            items={[{ href: "/sessions", label: s.title }, { href: `/sessions/${session.id}`, label: name }, { label: s.editSession }]}
          />
        }
        title={s.editSession}
        description={name}
      />
      <Card>
        <SessionForm
          mode="edit"
          defaults={sessionFormValues(session)}
          cancelHref={`/sessions/${session.id}`}
          t={{ form: s.form, ordinals: s.ordinals, defaultTitle: s.defaultTitle, ordinalNumber: s.ordinalNumber }}
        />
      </Card>
      {session.status === "draft" ? (
        <Card>
          <CardTitle>{s.deleteSession}</CardTitle>
          <ConfirmDelete
            id={session.id}
            action={deleteSession}
            labels={{ trigger: s.deleteSession, question: s.deleteSessionQuestion, confirm: s.confirm, cancel: s.cancel, pending: s.deleting }}
          />
        </Card>
      ) : null}
    </div>
  );
}
