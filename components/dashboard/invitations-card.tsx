import Link from "next/link";
import { InvitationAnswerForm } from "@/components/sessions/invitation-answer-form";
import { Card, CardTitle } from "@/components/ui/card";
import { fill, getDictionary } from "@/lib/i18n";
import { dateRange, sessionName } from "@/lib/sessions/format";
import type { PendingInvitation } from "@/lib/sessions/invitation-queries";

/** First of what waits on the viewer while an invitation to a session waits for their answer (read by whatNow). */
export async function InvitationsCard({ pending }: { pending: PendingInvitation[] }) {
  if (!pending.length) return null;
  const { locale, t } = await getDictionary();
  const s = t.sessions;
  const i = t.invitations;
  const labels = { prompt: i.answerPrompt, attending: i.answers.attending, excused: i.answers.excused, reason: i.reason, reasonHint: i.reasonHint, confirm: i.confirm };
  return (
    <Card aria-labelledby="pending-invitations" className="border-brand-300">
      <CardTitle>
        <span id="pending-invitations">{i.cardTitle}</span>
      </CardTitle>
      <ul className="divide-y divide-stone-100">
        {pending.map((invitation) => (
          <li key={invitation.id} className="space-y-3 py-3 first:pt-0 last:pb-0">
            <div>
              <Link href={`/sessions/${invitation.sessionId}`} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                {fill(i.yourInvitation, { session: sessionName(s, invitation.ordinal) })}
              </Link>
              <p className="text-sm text-stone-700">
                {dateRange(s, locale, invitation.startsOn, invitation.endsOn)} · {fill(s.venueCity, { venue: invitation.venue, city: invitation.city })}
              </p>
            </div>
            <InvitationAnswerForm invitationId={invitation.id} answer={null} reason={null} labels={labels} idPrefix={`invitation-${invitation.id}`} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
