import "server-only";
import { and, eq, gte, inArray } from "drizzle-orm";
import { db } from "@/db";
import { committeeSessions, workshopParticipants, workshops } from "@/db/schema";
import * as clock from "@/lib/clock";
import { todayInMorocco } from "@/lib/i18n/format";
import { tellParticipants } from "./notices";

/**
 * From the hourly job: the participants of the workshops still to come of convened sessions are
 * told they take part, once each — those added while the session was a draft learn of it within the
 * hour after it is convened; the others were told when added, and the dedupe key adds nothing.
 * Reads only the workshops from today on (workshops_date_start_time_index).
 */
export async function tellWorkshopParticipants(now: Date = clock.now()): Promise<number> {
  const coming = await db
    .select({ id: workshops.id, sessionId: workshops.sessionId, title: workshops.title, date: workshops.date, startTime: workshops.startTime, room: workshops.room })
    .from(workshops)
    .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
    .where(and(gte(workshops.date, todayInMorocco(now)), eq(committeeSessions.status, "convened")));
  if (coming.length === 0) return 0;
  const participants = await db
    .select({ workshopId: workshopParticipants.workshopId, memberId: workshopParticipants.memberId })
    .from(workshopParticipants)
    .where(
      inArray(
        workshopParticipants.workshopId,
        coming.map((w) => w.id),
      ),
    );
  return db.transaction(async (tx) => {
    let created = 0;
    for (const workshop of coming) {
      const memberIds = participants.filter((p) => p.workshopId === workshop.id).map((p) => p.memberId);
      if (memberIds.length) created += await tellParticipants(tx, workshop, memberIds);
    }
    return created;
  });
}
