import { and, asc, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { agendaItems, committeeSessions, notifications, workshopParticipants } from "@/db/schema";
import * as clock from "@/lib/clock";
import { makeMemberAccount, makeSession, makeWorkshop } from "@/tests/fixtures/papers";
import { demo, setClock, signInAs, today } from "@/tests/helpers";
import { addAgendaItem, deleteAgendaItem, updateAgendaItem } from "./agenda-actions";
import { tellWorkshopParticipants } from "./reminders";
import { addParticipant } from "./workshop-actions";

const item = (overrides: Record<string, unknown> = {}) => ({ title: "بند جديد", startTime: "", durationMinutes: "", speaker: "", notes: "", ...overrides });

const noticesOf = (user: number, workshopId: number) =>
  db
    .select({ kind: notifications.kind, title: notifications.title, body: notifications.body, href: notifications.href })
    .from(notifications)
    .where(and(eq(notifications.userId, user), like(notifications.dedupeKey, `workshop.%:${workshopId}%`)))
    .orderBy(asc(notifications.id));

async function workshopOf(status: "draft" | "convened", date = today(30)) {
  const session = await makeSession({ status, startsOn: date, endsOn: date });
  return { session, workshop: await makeWorkshop(session, { title: "ورشة التنظيم" }) };
}

describe("a workshop's participants are told", () => {
  it("when added to a workshop of a convened session, with the day, time and room, once", async () => {
    const { session, workshop } = await workshopOf("convened");
    const person = await makeMemberAccount("participant.one@example.org");
    await signInAs(demo.bureau);
    expect((await addParticipant(null, { workshopId: String(workshop.id), memberId: String(person.memberId) })).ok).toBe(true);
    const notices = await noticesOf(person.userId, workshop.id);
    expect(notices).toEqual([{ kind: "workshop.added", title: "أنت مشارك في ورشة: ورشة التنظيم", body: expect.stringMatching(/على الساعة 15:00، في القاعة الكبرى\./), href: `/sessions/${session.id}/workshops/${workshop.id}` }]);
    await tellWorkshopParticipants();
    expect(await noticesOf(person.userId, workshop.id)).toHaveLength(1);
  });

  it("of a draft session only once it is convened, from the hourly job; never of a past workshop", async () => {
    const { session, workshop } = await workshopOf("draft");
    const person = await makeMemberAccount("participant.two@example.org");
    await signInAs(demo.bureau);
    expect((await addParticipant(null, { workshopId: String(workshop.id), memberId: String(person.memberId) })).ok).toBe(true);
    expect(await noticesOf(person.userId, workshop.id)).toEqual([]);
    await tellWorkshopParticipants();
    expect(await noticesOf(person.userId, workshop.id)).toEqual([]);
    await db.update(committeeSessions).set({ status: "convened" }).where(eq(committeeSessions.id, session.id));
    await tellWorkshopParticipants();
    expect((await noticesOf(person.userId, workshop.id)).map((n) => n.kind)).toEqual(["workshop.added"]);

    const { workshop: past } = await workshopOf("convened", today(-3));
    await db.insert(workshopParticipants).values({ workshopId: past.id, memberId: person.memberId });
    await tellWorkshopParticipants();
    expect(await noticesOf(person.userId, past.id)).toEqual([]);
  });

  it("when its agenda changes, at most once a day however many edits", async () => {
    const { workshop } = await workshopOf("convened");
    const person = await makeMemberAccount("participant.three@example.org");
    await db.insert(workshopParticipants).values({ workshopId: workshop.id, memberId: person.memberId });
    await signInAs(demo.bureau);
    expect((await addAgendaItem(null, { owner: "workshop", ownerId: String(workshop.id), ...item() })).ok).toBe(true);
    const [added] = await db.select().from(agendaItems).where(eq(agendaItems.workshopId, workshop.id));
    expect((await updateAgendaItem(null, { id: String(added.id), ...item({ title: "بند معدّل" }) })).ok).toBe(true);
    const agenda = (await noticesOf(person.userId, workshop.id)).filter((n) => n.kind === "workshop.agenda");
    expect(agenda).toEqual([{ kind: "workshop.agenda", title: "تغيّر جدول أعمال ورشة: ورشة التنظيم", body: expect.stringContaining("اطّلع على جدول الأعمال الجديد"), href: expect.any(String) }]);

    // the next day's change is told again
    setClock(new Date(clock.now().getTime() + 86_400_000));
    expect((await deleteAgendaItem(null, { id: String(added.id) })).ok).toBe(true);
    expect((await noticesOf(person.userId, workshop.id)).filter((n) => n.kind === "workshop.agenda")).toHaveLength(2);
  });
});
