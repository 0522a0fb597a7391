import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MyInvitation } from "@/components/sessions/my-invitation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { parseId } from "@/lib/params";
import { sessionName } from "@/lib/sessions/format";
import { myInvitation } from "@/lib/sessions/invitation-queries";
import { findSession } from "@/lib/sessions/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.invitations.confirmTitle };
}

/**
 * Where the invitation email's links lead: the answer they name is chosen, and only the confirm
 * button writes it (a GET never does).
 */
export default async function InvitationPage({ params, searchParams }: Props) {
  const viewer = await requirePermission("invitation.answer");
  const { t } = await getDictionary();
  const sessionId = parseId((await params).id);
  const session = await findSession(viewer, sessionId);
  if (!session) notFound();
  const mine = await myInvitation(viewer, session.id);
  const { answer } = await searchParams;
  const preselected = answer === "attending" || answer === "excused" ? answer : null;
  const s = t.sessions;
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        crumbs={<Breadcrumbs label={s.breadcrumbs} items={[{ href: "/sessions", label: s.title }, { href: `/sessions/${session.id}`, label: sessionName(s, session.ordinal) }, { label: t.invitations.confirmTitle }]} />}
        title={t.invitations.confirmTitle}
        description={session.title}
      />
      {mine ? (
        <>
          {mine.open ? <p className="text-stone-700">{t.invitations.confirmIntro}</p> : null}
          <MyInvitation ordinal={session.ordinal} invitation={mine.invitation} open={mine.open} preselected={preselected} t={t} />
        </>
      ) : (
        <Alert tone="info">{t.invitations.notInvited}</Alert>
      )}
      <ButtonLink href={`/sessions/${session.id}`} variant="secondary">
        {t.invitations.programme}
      </ButtonLink>
    </div>
  );
}
