import "server-only";
import { can, type Actor } from "@/lib/permissions";
import { findSession, sessionProgramme } from "./queries";

/**
 * A session's page for one viewer, in one read: the session, its programme (sittings, workshops,
 * their agendas, thematic meetings, recommendations and counts) and whether the viewer manages it.
 * `null` when the session does not exist for them (missing, or a draft hidden from their role):
 * the page's 404.
 */
export async function sessionPage(viewer: Actor, sessionId: number) {
  const session = await findSession(viewer, sessionId);
  if (!session) return null;
  const programme = await sessionProgramme(viewer, session.id);
  if (!programme) return null;
  return { session, programme, canManage: can(viewer, "session.manage") };
}
