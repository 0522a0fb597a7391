import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { sessionInvitations } from "../schema";
// The demo's invitations leave through the app's own core, as convening a session does, so that
// they are what a real session's would be: the same rows, notices and emails in each one's language.
import { inviteOnConvening, recordAnswer, sessionById } from "@/lib/sessions/invitations";

const excuses = ["التزام مهني خارج المغرب في تلك الأيام.", "ظرف عائلي.", null];

/**
 * The 9th session, convened, has invited its list (the Central Committee); some members have
 * answered — most will attend, a few are excused — and the demo member has not, so their home
 * page asks them.
 */
export async function seedInvitations(db: Database, sessionId: number, answering: number[]) {
  await db.transaction(async (tx) => {
    const session = await sessionById(tx, sessionId);
    if (!session) return;
    await inviteOnConvening(tx, session);
    if (!answering.length) return;
    const rows = await tx
      .select({ id: sessionInvitations.id, memberId: sessionInvitations.memberId })
      .from(sessionInvitations)
      .where(and(eq(sessionInvitations.sessionId, sessionId), inArray(sessionInvitations.memberId, answering)));
    const order = new Map(answering.map((memberId, i) => [memberId, i]));
    for (const row of rows) {
      const i = order.get(row.memberId)!;
      const excused = i % 5 === 4;
      await recordAnswer(tx, row.id, excused ? "excused" : "attending", excused ? excuses[i % excuses.length] : null);
    }
  });
}
