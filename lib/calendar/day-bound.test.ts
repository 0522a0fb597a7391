import { describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { makeSession, makeWorkshop } from "@/tests/fixtures/papers";
import { demo, signInAs } from "@/tests/helpers";
import { CALENDAR_EVENTS_PER_DAY, capPerDay, occursOn } from "./events";
import { calendarEvents, calendarSources, monthGrid } from "./queries";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

const programme = Object.values(calendarSources).filter((s) => s.type !== "training");

describe("the month page's bound on a day's session events", () => {
  it("shows CALENDAR_EVENTS_PER_DAY of them, counts the others, and the day's list has them all", async () => {
    const day = "2042-05-10";
    const session = await makeSession({ status: "convened", startsOn: day, endsOn: "2042-05-11", title: "دورة ماي 2042" });
    for (let i = 1; i <= 6; i++) await makeWorkshop(session, { number: i, date: day, startTime: `1${i}:00`, endTime: `1${i}:45`, title: `ورشة ماي ${i}` });
    await makeWorkshop(session, { number: 7, date: "2042-05-11", startTime: "09:00", endTime: "12:00", title: "ورشة اليوم الثاني" });
    const member = await viewer(demo.member);

    const month = await calendarEvents(member, monthGrid("2042-05").range, programme);
    const capped = capPerDay(month);
    const shownThatDay = capped.events.filter((e) => e.date === day);
    expect(shownThatDay.map((e) => e.title)).toEqual(["دورة ماي 2042", "ورشة ماي 1", "ورشة ماي 2"].slice(0, CALENDAR_EVENTS_PER_DAY));
    expect(capped.moreOn).toEqual({ [day]: 7 - CALENDAR_EVENTS_PER_DAY });
    // the next day is under the bound: whole, with no "more"
    expect(capped.events.filter((e) => e.date === "2042-05-11").map((e) => e.title)).toEqual(["ورشة اليوم الثاني"]);

    // the day's page: every event of the day, those shown and those counted, none twice
    const wholeDay = (await calendarEvents(member, { from: day, to: day }, programme)).filter((e) => occursOn(e, day));
    expect(wholeDay).toHaveLength(7);
    const key = (e: { type: string; id: number }) => `${e.type}-${e.id}`;
    const rest = wholeDay.filter((e) => !shownThatDay.some((s) => key(s) === key(e)));
    expect(rest).toHaveLength(capped.moreOn[day]);
    expect(new Set([...shownThatDay, ...rest].map(key)).size).toBe(7);
  });
});
