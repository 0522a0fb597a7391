import { eq } from "drizzle-orm";
import ical, { type CalendarComponent, type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { sittings, thematicMeetings, users } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { makeSession, makeWorkshop } from "@/tests/fixtures/papers";
import { auditCount, demo, lastAudit, signInAs } from "@/tests/helpers";
import { GET as eventRoute } from "@/app/api/calendar/event/[type]/[id]/route";
import { GET as feedRoute } from "@/app/api/calendar/feed/[token]/route";
import { regenerateCalendarToken, revokeCalendarToken } from "./actions";
import { toIcs } from "./ics";
import { calendarEvent, calendarEvents, feedEvents, monthGrid, monthOf } from "./queries";
import { offsetChanges } from "./vtimezone";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

let ids: { draft: number; draftWorkshop: number; convened: number; workshop: number; sitting: number; meeting: number };

beforeAll(async () => {
  // a convened session in June 2027 (no Ramadan: UTC+1) and a draft one the same month
  const convened = await makeSession({ status: "convened", startsOn: "2027-06-05", endsOn: "2027-06-06", title: "دورة يونيو" });
  const workshop = await makeWorkshop(convened, { date: "2027-06-05", startTime: "09:00", endTime: "12:30", title: "ورشة يونيو" });
  const [sitting] = await db.insert(sittings).values({ sessionId: convened.id, kind: "opening", title: "افتتاح يونيو", date: "2027-06-06", startTime: "10:00" }).returning();
  const [meeting] = await db
    .insert(thematicMeetings)
    .values({ sessionId: convened.id, city: "أكادير", theme: "الحزب والمجتمع", startsAt: new Date("2027-05-30T14:00:00Z"), status: "cancelled" })
    .returning();
  const draft = await makeSession({ status: "draft", startsOn: "2027-06-19", title: "دورة مسودة" });
  const draftWorkshop = await makeWorkshop(draft, { date: "2027-06-19", title: "ورشة مسودة" });
  ids = { draft: draft.id, draftWorkshop: draftWorkshop.id, convened: convened.id, workshop: workshop.id, sitting: sitting.id, meeting: meeting.id };
});

describe("calendar events", () => {
  it("merges every source in day and time order, within the range", async () => {
    const events = await calendarEvents(await viewer(demo.member), { from: "2027-05-30", to: "2027-06-06" });
    expect(events.map((e) => [e.type, e.title, e.date, e.startTime])).toEqual([
      ["meeting", "الحزب والمجتمع", "2027-05-30", "15:00"],
      ["session", "دورة يونيو", "2027-06-05", null],
      ["workshop", "ورشة يونيو", "2027-06-05", "09:00"],
      ["sitting", "افتتاح يونيو", "2027-06-06", "10:00"],
    ]);
    expect(events[0].cancelled).toBe(true);
    expect(events[1]).toMatchObject({ endDate: "2027-06-06", href: `/sessions/${ids.convened}` });
    // a session that began before the range still shows on its later days
    const lastDay = await calendarEvents(await viewer(demo.member), { from: "2027-06-06", to: "2027-06-06" });
    expect(lastDay.map((e) => e.type)).toEqual(["session", "sitting"]);
  });

  it("never shows a draft session or its workshops to a member or an officer; the Bureau sees them", async () => {
    const range = { from: "2027-06-01", to: "2027-06-30" };
    for (const email of [demo.member, demo.officerFes]) {
      const titles = (await calendarEvents(await viewer(email), range)).map((e) => e.title);
      expect(titles).not.toContain("دورة مسودة");
      expect(titles).not.toContain("ورشة مسودة");
      expect(await calendarEvent(await viewer(email), "workshop", ids.draftWorkshop)).toBeNull();
    }
    const bureau = (await calendarEvents(await viewer(demo.bureau), range)).map((e) => e.title);
    expect(bureau).toEqual(expect.arrayContaining(["دورة مسودة", "ورشة مسودة"]));
  });

  it("finds one event by type and id, and nothing for an unknown type", async () => {
    const member = await viewer(demo.member);
    expect(await calendarEvent(member, "sitting", ids.sitting)).toMatchObject({ title: "افتتاح يونيو", href: `/sessions/${ids.convened}#sitting-${ids.sitting}` });
    expect(await calendarEvent(member, "constructor", 1)).toBeNull();
    expect(await calendarEvent(member, "workshop", Number.NaN)).toBeNull();
  });

  it("lays a month out in Monday-first weeks", () => {
    const grid = monthGrid("2027-03");
    expect(grid.range).toEqual({ from: "2027-03-01", to: "2027-04-04" });
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks[0][0]).toBe("2027-03-01");
    expect([grid.previous, grid.next]).toEqual(["2027-02", "2027-04"]);
    expect(monthGrid("2027-02").weeks[0][0]).toBe("2027-02-01");
    expect(monthOf("2027-13", "2026-11-23")).toBe("2026-11");
    expect(monthOf("2027-03", "2026-11-23")).toBe("2027-03");
  });
});

describe(".ics", () => {
  it("writes Morocco's times with their zone, right in Ramadan (UTC+0) and outside it (UTC+1)", async () => {
    const member = await viewer(demo.member);
    const june = (await calendarEvent(member, "workshop", ids.workshop))!;
    const march = { ...june, id: 999, date: "2027-03-06", endDate: "2027-03-06" };
    const text = toIcs([june, march], { name: "اليومية", origin: "http://localhost", product: "party-life" });
    expect(text).toContain("DTSTART;TZID=Africa/Casablanca:20270605T090000");
    expect(text).toContain("DTSTART;TZID=Africa/Casablanca:20270306T090000");
    expect(text).toContain("BEGIN:VTIMEZONE");
    const parsed = Object.values(ical.sync.parseICS(text)).filter((c): c is CalendarComponent => c?.type === "VEVENT") as VEvent[];
    const byUid = Object.fromEntries(parsed.map((e) => [e.uid, e]));
    expect(byUid[`workshop-${ids.workshop}@party-life`].start.toISOString()).toBe("2027-06-05T08:00:00.000Z");
    expect(byUid[`workshop-${ids.workshop}@party-life`].end?.toISOString()).toBe("2027-06-05T11:30:00.000Z");
    expect(byUid["workshop-999@party-life"].start.toISOString()).toBe("2027-03-06T09:00:00.000Z");
    expect(String(byUid["workshop-999@party-life"].summary)).toBe("ورشة يونيو");
    expect(text).toContain(`URL;VALUE=URI:http://localhost/sessions/${ids.convened}/workshops/${ids.workshop}`);
  });

  it("writes a session as whole days and a cancelled meeting as cancelled", async () => {
    const member = await viewer(demo.member);
    const session = (await calendarEvent(member, "session", ids.convened))!;
    const meeting = (await calendarEvent(member, "meeting", ids.meeting))!;
    const text = toIcs([session, meeting], { name: "x", origin: "http://localhost", product: "party-life" });
    expect(text).toContain("DTSTART;VALUE=DATE:20270605");
    expect(text).toContain("DTEND;VALUE=DATE:20270607");
    expect(text).toContain("DTSTART;TZID=Africa/Casablanca:20270530T150000");
    expect(text).toContain("STATUS:CANCELLED");
  });

  it("knows when Morocco's clocks change around Ramadan 2027", () => {
    const changes = offsetChanges("Africa/Casablanca", Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
    expect(changes.map((c) => [new Date(c.at).toISOString(), c.from, c.to])).toEqual([
      ["2027-02-07T02:00:00.000Z", 60, 0],
      ["2027-03-14T02:00:00.000Z", 0, 60],
    ]);
  });

  it("serves one event to whoever may see it, and 404 for a draft session's workshop", async () => {
    await signInAs(demo.member);
    const ok = await eventRoute(new Request("http://localhost/x"), { params: Promise.resolve({ type: "workshop", id: `${ids.workshop}.ics` }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await ok.text()).toContain("DTSTART;TZID=Africa/Casablanca:20270605T090000");
    const hidden = await eventRoute(new Request("http://localhost/x"), { params: Promise.resolve({ type: "workshop", id: `${ids.draftWorkshop}.ics` }) });
    expect(hidden.status).toBe(404);
    await signInAs(demo.bureau);
    const bureau = await eventRoute(new Request("http://localhost/x"), { params: Promise.resolve({ type: "workshop", id: `${ids.draftWorkshop}.ics` }) });
    expect(bureau.status).toBe(200);
    await signInAs(null);
    expect((await eventRoute(new Request("http://localhost/x"), { params: Promise.resolve({ type: "workshop", id: `${ids.workshop}.ics` }) })).status).toBe(401);
  });
});

describe("the private subscription feed", () => {
  const tokenOf = async (email: string) => (await db.select({ token: users.calendarToken }).from(users).where(eq(users.email, email)))[0].token;
  const feed = (token: string) => feedRoute(new Request("http://localhost/api/calendar/feed/x"), { params: Promise.resolve({ token: `${token}.ics` }) });

  it("gives each user a random token, audited without it, and the feed shows what that user may see", async () => {
    await signInAs(demo.member);
    const state = await regenerateCalendarToken(null, {});
    expect(state).toMatchObject({ ok: true, message: "أُنشئ عنوان اشتراك جديد. العنوان السابق، إن وُجد، لم يعد يعمل." });
    const token = (await tokenOf(demo.member))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const audit = await lastAudit("calendar.token.create");
    expect(JSON.stringify(audit)).not.toContain(token);

    await signInAs(null);
    const events = (await feedEvents(token, "2027-05-15"))!;
    expect(events.map((e) => e.title)).toEqual(expect.arrayContaining(["دورة يونيو", "ورشة يونيو"]));
    expect(events.map((e) => e.title)).not.toContain("دورة مسودة");

    await signInAs(demo.bureau);
    await regenerateCalendarToken(null, {});
    const bureauEvents = (await feedEvents((await tokenOf(demo.bureau))!, "2027-05-15"))!;
    expect(bureauEvents.map((e) => e.title)).toContain("دورة مسودة");

    await signInAs(null);
    const response = await feed(token);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("BEGIN:VCALENDAR");
  });

  it("stops the old address when renewed or revoked: 404", async () => {
    await signInAs(demo.officerFes);
    await regenerateCalendarToken(null, {});
    const first = (await tokenOf(demo.officerFes))!;
    await regenerateCalendarToken(null, {});
    const second = (await tokenOf(demo.officerFes))!;
    expect(second).not.toBe(first);
    expect((await lastAudit())?.action).toBe("calendar.token.regenerate");
    expect((await feed(first)).status).toBe(404);
    expect((await feed(second)).status).toBe(200);

    const before = await auditCount();
    expect((await revokeCalendarToken(null, {})).ok).toBe(true);
    expect(await auditCount()).toBe(before + 1);
    expect(await tokenOf(demo.officerFes)).toBeNull();
    expect((await feed(second)).status).toBe(404);
    expect((await feed("not-a-token")).status).toBe(404);
    expect((await feedRoute(new Request("http://localhost/x"), { params: Promise.resolve({ token: second }) })).status).toBe(404);
  });

  it("refuses the signed-out, writing nothing", async () => {
    await signInAs(null);
    const before = await auditCount();
    expect((await regenerateCalendarToken(null, {})).ok).toBe(false);
    expect(await auditCount()).toBe(before);
  });

  it("stops a deactivated user's feed", async () => {
    await signInAs(demo.member);
    await regenerateCalendarToken(null, {});
    const token = (await tokenOf(demo.member))!;
    await db.update(users).set({ active: false }).where(eq(users.email, demo.member));
    expect((await feed(token)).status).toBe(404);
    await db.update(users).set({ active: true }).where(eq(users.email, demo.member));
  });
});
