import { eq } from "drizzle-orm";
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { GET as feedRoute } from "@/app/api/calendar/feed/[token]/route";
import { getCurrentUser } from "@/lib/auth/current-user";
import { makeSession, makeWorkshop } from "@/tests/fixtures/papers";
import { makePlan, makeTraining } from "@/tests/fixtures/rooting";
import { demo, setClock, signInAs } from "@/tests/helpers";
import { regenerateCalendarToken } from "./actions";
import { daysFrom } from "./events";
import { calendarEvents, FEED_DAYS_AHEAD, FEED_DAYS_BEHIND, FEED_MAX_EVENTS, feedEvents, feedRange } from "./queries";

// a stretch of 2041 that nothing else of the demo reaches: one training a day from 1 March to
// 30 June (122, twice the feed's bound), a session and its workshop on 15 April, and events
// just outside the window on either side
const today = "2041-04-15";
let token: string;

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  const planId = await makePlan("2041-01-01");
  for (let day = "2041-03-01"; day <= "2041-06-30"; day = addDays(day, 1)) {
    await makeTraining({ planId, title: `لقاء ${day}`, startsOn: day, endsOn: day, startTime: "10:00" });
  }
  await makeTraining({ planId, title: "لقاء قبل النافذة", startsOn: addDays(today, -FEED_DAYS_BEHIND - 1), endsOn: addDays(today, -FEED_DAYS_BEHIND - 1) });
  await makeTraining({ planId, title: "لقاء بعد النافذة", startsOn: addDays(today, FEED_DAYS_AHEAD + 1), endsOn: addDays(today, FEED_DAYS_AHEAD + 1) });
  const session = await makeSession({ status: "convened", startsOn: today, endsOn: addDays(today, 1), title: "دورة أبريل 2041" });
  await makeWorkshop(session, { date: addDays(today, 1), startTime: "09:00", endTime: "12:00", title: "ورشة أبريل 2041" });
  await signInAs(demo.bureau);
  await regenerateCalendarToken(null, {});
  token = (await db.select({ token: users.calendarToken }).from(users).where(eq(users.email, demo.bureau)))[0].token!;
  await signInAs(null);
});

describe("the subscription feed's bound", () => {
  it("carries at most FEED_MAX_EVENTS events, the nearest today, in day order", async () => {
    const events = (await feedEvents(token, today))!;
    expect(events).toHaveLength(FEED_MAX_EVENTS);
    const keys = events.map((e) => `${e.date} ${e.startTime ?? ""} ${e.type} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(events.map((e) => e.title)).toEqual(expect.arrayContaining(["دورة أبريل 2041", "ورشة أبريل 2041", `لقاء ${today}`]));

    // nothing left out is nearer today than anything carried
    await signInAs(demo.bureau);
    const whole = await calendarEvents((await getCurrentUser())!, feedRange(today));
    await signInAs(null);
    const carried = new Set(events.map((e) => `${e.type}-${e.id}`));
    const left = whole.filter((e) => !carried.has(`${e.type}-${e.id}`));
    expect(left.length).toBeGreaterThan(0);
    const farthestCarried = Math.max(...events.map((e) => daysFrom(e, today)));
    expect(Math.min(...left.map((e) => daysFrom(e, today)))).toBeGreaterThanOrEqual(farthestCarried);
    // about as many days each way: the bound cuts the far ends of the window, not one side
    expect(events.filter((e) => e.date < today).length).toBeGreaterThan(FEED_MAX_EVENTS / 2 - 5);
    expect(events.filter((e) => e.date >= today).length).toBeGreaterThan(FEED_MAX_EVENTS / 2 - 5);
  });

  it("keeps to its window, and lets the far events in as the days pass", async () => {
    const titles = async (day: string) => (await feedEvents(token, day))!.map((e) => e.title);
    expect(await titles(today)).not.toContain("لقاء قبل النافذة");
    // a day in July: June's trainings are the nearest, the window's far end is next year's
    const july = await titles("2041-07-20");
    expect(july).toContain("لقاء 2041-06-30");
    expect(july).not.toContain("لقاء 2041-03-01");
    // long after every training of the spring: the one a year ahead of April is in reach
    expect(await titles(addDays(today, 200))).toContain("لقاء بعد النافذة");
  });

  it("answers the bound as an .ics file", async () => {
    setClock(`${today}T09:00:00Z`);
    const response = await feedRoute(new Request("http://localhost/api/calendar/feed/x"), { params: Promise.resolve({ token: `${token}.ics` }) });
    expect(response.status).toBe(200);
    const text = await response.text();
    const vevents = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
    expect(vevents).toHaveLength(FEED_MAX_EVENTS);
    expect(vevents.map((e) => e.summary)).toContain("دورة أبريل 2041");
  });
});
