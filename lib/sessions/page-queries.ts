import "server-only";
import type { InvitationAnswer } from "@/db/schema";
import { can, type Actor } from "@/lib/permissions";
import { myInvitation, sessionInvitees } from "./invitation-queries";
import { findSession, sessionProgramme } from "./queries";

/**
 * A session's page for one viewer, in one read: the session, its programme (sittings, workshops,
 * their agendas, thematic meetings, recommendations and counts), whether the viewer manages it,
 * the viewer's own invitation, and for the Bureau one page of the invitees with their answers.
 * `null` when the session does not exist for them (missing, or a draft hidden from their role):
 * the page's 404.
 */
export async function sessionPage(
  viewer: Actor & { memberId: number | null },
  sessionId: number,
  invitees: { answer?: InvitationAnswer | null; after?: string; before?: string } = {},
) {
  const session = await findSession(viewer, sessionId);
  if (!session) return null;
  const canManage = can(viewer, "session.manage");
  const [programme, mine, list] = await Promise.all([
    sessionProgramme(viewer, session.id),
    myInvitation(viewer, session.id),
    canManage ? sessionInvitees(viewer, session.id, invitees) : null,
  ]);
  if (!programme) return null;
  return { session, programme, canManage, invitation: mine, invitees: list };
}
