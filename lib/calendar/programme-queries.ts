import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { agendaItems, committeeSessions, members, sittings, thematicMeetings, workshopParticipants, workshops } from "@/db/schema";
import { canSeeSessionStatus, type Actor } from "@/lib/permissions";
import { hhmm, moroccoWallClock } from "./zone";

const facilitators = alias(members, "facilitators");
const rapporteurs = alias(members, "rapporteurs");

export interface AgendaLine {
  position: number;
  title: string;
  startTime: string | null;
  durationMinutes: number | null;
  speaker: string | null;
}

async function sessionFor(viewer: Actor, sessionId: number) {
  if (!Number.isInteger(sessionId) || sessionId <= 0) return null;
  const [session] = await db.select().from(committeeSessions).where(eq(committeeSessions.id, sessionId)).limit(1);
  return session && canSeeSessionStatus(viewer, session.status) ? session : null;
}

async function agendaOf(owner: "sitting" | "workshop", ids: number[]): Promise<Map<number, AgendaLine[]>> {
  const byOwner = new Map<number, AgendaLine[]>();
  if (ids.length === 0) return byOwner;
  const column = owner === "sitting" ? agendaItems.sittingId : agendaItems.workshopId;
  const rows = await db
    .select({ ownerId: column, position: agendaItems.position, title: agendaItems.title, startTime: agendaItems.startTime, durationMinutes: agendaItems.durationMinutes, speaker: agendaItems.speaker })
    .from(agendaItems)
    .where(and(isNotNull(column), inArray(column, ids)))
    .orderBy(asc(column), asc(agendaItems.position));
  for (const { ownerId, ...line } of rows) {
    const list = byOwner.get(ownerId!) ?? [];
    list.push({ ...line, startTime: hhmm(line.startTime) });
    byOwner.set(ownerId!, list);
  }
  return byOwner;
}

const workshopColumns = {
  id: workshops.id,
  sessionId: workshops.sessionId,
  number: workshops.number,
  title: workshops.title,
  theme: workshops.theme,
  questions: workshops.questions,
  date: workshops.date,
  startTime: workshops.startTime,
  endTime: workshops.endTime,
  room: workshops.room,
  facilitator: facilitators.fullNameAr,
  rapporteur: rapporteurs.fullNameAr,
};

/** A session's printed programme: its sittings and workshops with their agendas, its thematic meetings. */
export async function sessionProgramme(viewer: Actor, sessionId: number) {
  const session = await sessionFor(viewer, sessionId);
  if (!session) return null;
  const [sittingRows, workshopRows, meetings] = await Promise.all([
    db
      .select({ id: sittings.id, kind: sittings.kind, title: sittings.title, date: sittings.date, startTime: sittings.startTime, endTime: sittings.endTime, chairs: sittings.chairs, rapporteur: rapporteurs.fullNameAr })
      .from(sittings)
      .leftJoin(rapporteurs, eq(rapporteurs.id, sittings.rapporteurId))
      .where(eq(sittings.sessionId, session.id))
      .orderBy(asc(sittings.date), asc(sittings.startTime)),
    db
      .select(workshopColumns)
      .from(workshops)
      .leftJoin(facilitators, eq(facilitators.id, workshops.facilitatorId))
      .leftJoin(rapporteurs, eq(rapporteurs.id, workshops.rapporteurId))
      .where(eq(workshops.sessionId, session.id))
      .orderBy(asc(workshops.date), asc(workshops.startTime), asc(workshops.number)),
    db.select().from(thematicMeetings).where(eq(thematicMeetings.sessionId, session.id)).orderBy(asc(thematicMeetings.startsAt)),
  ]);
  const [sittingAgenda, workshopAgenda] = await Promise.all([agendaOf("sitting", sittingRows.map((s) => s.id)), agendaOf("workshop", workshopRows.map((w) => w.id))]);

  const days = [...new Set([...sittingRows.map((s) => s.date), ...workshopRows.map((w) => w.date)])].sort();
  return {
    session,
    days: days.map((date) => ({
      date,
      sittings: sittingRows.filter((s) => s.date === date).map((s) => ({ ...s, startTime: hhmm(s.startTime)!, endTime: hhmm(s.endTime), agenda: sittingAgenda.get(s.id) ?? [] })),
      workshops: workshopRows.filter((w) => w.date === date).map((w) => ({ ...w, startTime: hhmm(w.startTime)!, endTime: hhmm(w.endTime), agenda: workshopAgenda.get(w.id) ?? [] })),
    })),
    meetings: meetings.map((m) => ({ ...m, local: moroccoWallClock(m.startsAt) })),
  };
}

/** A workshop's printed agenda: theme, questions, agenda and people. */
export async function workshopProgramme(viewer: Actor, workshopId: number) {
  if (!Number.isInteger(workshopId) || workshopId <= 0) return null;
  const [workshop] = await db
    .select(workshopColumns)
    .from(workshops)
    .leftJoin(facilitators, eq(facilitators.id, workshops.facilitatorId))
    .leftJoin(rapporteurs, eq(rapporteurs.id, workshops.rapporteurId))
    .where(eq(workshops.id, workshopId))
    .limit(1);
  if (!workshop) return null;
  const session = await sessionFor(viewer, workshop.sessionId);
  if (!session) return null;
  const [agenda, participants] = await Promise.all([
    agendaOf("workshop", [workshop.id]),
    db
      .select({ id: members.id, name: members.fullNameAr })
      .from(workshopParticipants)
      .innerJoin(members, eq(members.id, workshopParticipants.memberId))
      .where(eq(workshopParticipants.workshopId, workshop.id))
      .orderBy(asc(members.fullNameAr)),
  ]);
  return {
    session,
    workshop: { ...workshop, startTime: hhmm(workshop.startTime)!, endTime: hhmm(workshop.endTime), agenda: agenda.get(workshop.id) ?? [] },
    participants,
  };
}

export type SessionProgramme = NonNullable<Awaited<ReturnType<typeof sessionProgramme>>>;
export type WorkshopProgramme = NonNullable<Awaited<ReturnType<typeof workshopProgramme>>>;
