import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { workshopParticipants, type SessionStatus } from "@/db/schema";
import { fill } from "@/lib/i18n";
import { formatDate, todayInMorocco } from "@/lib/i18n/format";
import { notifyEach, usersOfMembers } from "@/lib/notifications/localized";
import { shortTime } from "./time";

export interface WorkshopAbout {
  id: number;
  sessionId: number;
  title: string;
  date: string;
  startTime: string;
  room: string | null;
}

export const workshopHref = (w: Pick<WorkshopAbout, "id" | "sessionId">) => `/sessions/${w.sessionId}/workshops/${w.id}`;

/** Members are told of a workshop only once its session is convened (they cannot see a draft) and while it is still to come. */
export const workshopWorthTelling = (workshop: Pick<WorkshopAbout, "date">, status: SessionStatus) => status === "convened" && workshop.date >= todayInMorocco();

/** Tells members (their accounts) they take part in a workshop, once per workshop and member, each in their language. */
export async function tellParticipants(tx: Executor, workshop: WorkshopAbout, memberIds: number[]): Promise<number> {
  return notifyEach(tx, await usersOfMembers(tx, memberIds), (t, locale) => ({
    kind: "workshop.added",
    title: fill(t.sessions.notices.addedTitle, { title: workshop.title }),
    body: fill(t.sessions.notices.addedBody, {
      date: formatDate(workshop.date, locale),
      time: shortTime(workshop.startTime),
      room: workshop.room ? fill(t.sessions.notices.room, { room: workshop.room }) : "",
    }),
    href: workshopHref(workshop),
    dedupeKey: `workshop.added:${workshop.id}`,
  }));
}

/** Tells a workshop's participants its agenda changed: at most once a day, however many edits the Bureau makes. */
export async function tellAgendaChanged(tx: Executor, workshop: WorkshopAbout): Promise<number> {
  const participants = await tx.select({ memberId: workshopParticipants.memberId }).from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshop.id));
  const today = todayInMorocco();
  return notifyEach(
    tx,
    await usersOfMembers(
      tx,
      participants.map((p) => p.memberId),
    ),
    (t, locale) => ({
      kind: "workshop.agenda",
      title: fill(t.sessions.notices.agendaTitle, { title: workshop.title }),
      body: fill(t.sessions.notices.agendaBody, { date: formatDate(workshop.date, locale) }),
      href: workshopHref(workshop),
      dedupeKey: `workshop.agenda:${workshop.id}:${today}`,
    }),
  );
}
