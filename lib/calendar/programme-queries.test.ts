import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { agendaItems, committeeSessions, sittings, workshops } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { makeSession, makeWorkshop, memberIdOf } from "@/tests/fixtures/papers";
import { ninthDays } from "@/tests/fixtures/sessions";
import { demo, signInAs } from "@/tests/helpers";
import { sessionProgramme, workshopProgramme } from "./programme-queries";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

describe("printed programmes", () => {
  it("lays the 9th session out day by day, with each agenda in order", async () => {
    const [ninth] = await db.select().from(committeeSessions).where(eq(committeeSessions.ordinal, 9));
    const programme = (await sessionProgramme(await viewer(demo.member), ninth.id))!;
    expect(programme.days.map((d) => d.date)).toEqual([ninthDays.first, ninthDays.second]);
    expect(programme.days[0].sittings[0]).toMatchObject({ title: "الجلسة الافتتاحية", startTime: "10:00", endTime: "12:30" });
    expect(programme.days[0].sittings[0].agenda.map((a) => a.startTime)).toEqual(["10:00", "10:15", "11:30"]);
    expect(programme.days[0].workshops.map((w) => w.number)).toEqual([1, 2, 3]);
    expect(programme.days[0].workshops[0].facilitator).toBeTruthy();
    expect(programme.meetings.length).toBeGreaterThan(0);
  });

  it("prints a workshop with its people", async () => {
    const memberId = await memberIdOf(demo.member);
    const session = await makeSession({ status: "convened", startsOn: "2027-09-04" });
    const w = await makeWorkshop(session, { participants: [memberId], facilitatorId: memberId });
    await db.insert(agendaItems).values([
      { workshopId: w.id, position: 2, title: "نقاش", startTime: "16:00" },
      { workshopId: w.id, position: 1, title: "تقديم", startTime: "15:00", durationMinutes: 30 },
    ]);
    const programme = (await workshopProgramme(await viewer(demo.member), w.id))!;
    expect(programme.workshop.agenda.map((a) => a.title)).toEqual(["تقديم", "نقاش"]);
    expect(programme.participants.map((p) => p.id)).toEqual([memberId]);
    expect(programme.workshop.facilitator).toBe(programme.participants[0].name);
  });

  it("prints nothing of a draft session for a member, all of it for the Bureau", async () => {
    const session = await makeSession({ status: "draft", startsOn: "2027-10-02" });
    const w = await makeWorkshop(session);
    await db.insert(sittings).values({ sessionId: session.id, kind: "opening", title: "افتتاح", date: "2027-10-02", startTime: "09:00" });
    const member = await viewer(demo.member);
    expect(await sessionProgramme(member, session.id)).toBeNull();
    expect(await workshopProgramme(member, w.id)).toBeNull();
    const bureau = await viewer(demo.bureau);
    expect((await sessionProgramme(bureau, session.id))?.days[0].sittings).toHaveLength(1);
    expect(await workshopProgramme(bureau, w.id)).not.toBeNull();
    expect(await workshopProgramme(bureau, 99999999)).toBeNull();
    expect((await db.select().from(workshops).where(eq(workshops.id, w.id))).length).toBe(1);
  });
});
