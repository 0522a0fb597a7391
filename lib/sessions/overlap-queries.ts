import "server-only";
import { and, asc, eq, exists, lt, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db";
import { committeeSessions, workshopParticipants, workshops } from "@/db/schema";

export interface Overlap {
  memberId: number;
  workshopId: number;
  sessionId: number;
  number: number;
  title: string;
  ordinal: number;
}

/**
 * The other workshops, at a time that overlaps this one's on the same day, in which this workshop's
 * participants (or one of them) also take part — as participant, facilitator or rapporteur.
 * One query, whatever the number of participants.
 */
export async function overlappingWorkshops(ex: Executor, workshopId: number, memberId?: number): Promise<Overlap[]> {
  const other = alias(workshops, "other");
  const otherParticipant = alias(workshopParticipants, "other_participant");
  const member = workshopParticipants.memberId;
  return ex
    .select({
      memberId: member,
      workshopId: other.id,
      sessionId: other.sessionId,
      number: other.number,
      title: other.title,
      ordinal: committeeSessions.ordinal,
    })
    .from(workshopParticipants)
    .innerJoin(workshops, eq(workshops.id, workshopParticipants.workshopId))
    .innerJoin(
      other,
      and(ne(other.id, workshops.id), eq(other.date, workshops.date), lt(other.startTime, workshops.endTime), lt(workshops.startTime, other.endTime)),
    )
    .innerJoin(committeeSessions, eq(committeeSessions.id, other.sessionId))
    .where(
      and(
        eq(workshopParticipants.workshopId, workshopId),
        memberId ? eq(member, memberId) : undefined,
        or(
          exists(
            ex
              .select({ one: sql`1` })
              .from(otherParticipant)
              .where(and(eq(otherParticipant.workshopId, other.id), eq(otherParticipant.memberId, member))),
          ),
          eq(other.facilitatorId, member),
          eq(other.rapporteurId, member),
        ),
      ),
    )
    .orderBy(asc(member), asc(other.startTime), asc(other.number));
}
