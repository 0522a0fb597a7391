import { InvitationAnswerForm } from "@/components/sessions/invitation-answer-form";
import { Card } from "@/components/ui/card";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { sessionName } from "@/lib/sessions/format";

interface Invitation {
  id: number;
  answer: "none" | "attending" | "excused";
  reason: string | null;
}

/**
 * The viewer's own invitation on the session's page (and the email's link): their answer, which
 * they may change until the session starts. `preselected` comes from the link; only the button writes.
 */
export function MyInvitation({
  ordinal,
  invitation,
  open,
  preselected,
  t,
}: {
  ordinal: number;
  invitation: Invitation;
  open: boolean;
  preselected?: "attending" | "excused" | null;
  t: Dictionary;
}) {
  const i = t.invitations;
  const answer = preselected ?? (invitation.answer === "none" ? null : invitation.answer);
  return (
    <Card aria-labelledby="my-invitation" className="border-brand-300">
      <h2 id="my-invitation" className="mb-2 text-lg font-semibold text-stone-900">
        {fill(i.yourInvitation, { session: sessionName(t.sessions, ordinal) })}
      </h2>
      {invitation.answer !== "none" ? (
        <p className="mb-3 text-stone-800">
          {fill(i.yourAnswer, { answer: i.answers[invitation.answer] })}
          {invitation.answer === "excused" && invitation.reason ? ` — ${invitation.reason}` : null}
        </p>
      ) : null}
      {open ? (
        <>
          <InvitationAnswerForm
            invitationId={invitation.id}
            answer={answer}
            reason={invitation.reason}
            idPrefix="my-invitation"
            labels={{ prompt: i.answerPrompt, attending: i.answers.attending, excused: i.answers.excused, reason: i.reason, reasonHint: i.reasonHint, confirm: i.confirm }}
          />
          <p className="mt-3 text-sm text-stone-600">{i.changeUntil}</p>
        </>
      ) : (
        <p className="text-sm text-stone-600">{i.closedForAnswers}</p>
      )}
    </Card>
  );
}
