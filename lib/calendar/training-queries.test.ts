import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { addPerson, makePlan, makeTraining, memberOfAccount, province, regionId } from "@/tests/fixtures/rooting";
import { demo, signInAs } from "@/tests/helpers";
import { GET as eventRoute } from "@/app/api/calendar/event/[type]/[id]/route";
import { calendarEvent, calendarEvents } from "./queries";
import { CALENDAR_TRAININGS_PER_DAY, calendarTrainings } from "./training-queries";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

const range = { from: "2037-06-01", to: "2037-06-30" };
const ids: Record<string, number> = {};

beforeAll(async () => {
  const planId = await makePlan("2037-01-01");
  const [marrakechSafi, fesMeknes] = [await regionId("Marrakech-Safi"), await regionId("Fès-Meknès")];
  ids.marrakech = (await makeTraining({ planId, title: "لقاء مراكش - آسفي", regionIds: [marrakechSafi], startsOn: "2037-06-05", endsOn: "2037-06-05", startTime: "09:30", venue: "مقر الحزب", city: "مراكش" })).id;
  ids.fes = (await makeTraining({ planId, title: "لقاء فاس - مكناس", regionIds: [fesMeknes], startsOn: "2037-06-12", endsOn: "2037-06-13", startTime: "10:00", city: "فاس" })).id;
  ids.sefrou = (await makeTraining({ planId, title: "لقاء صفرو", level: "provincial", provinceId: (await province("Sefrou")).id, startsOn: "2037-06-20", endsOn: "2037-06-20", city: "صفرو" })).id;
  ids.attended = (await makeTraining({ planId, title: "لقاء شارك فيه العضو", level: "provincial", provinceId: (await province("Fès")).id, startsOn: "2037-06-25", endsOn: "2037-06-25", city: "فاس" })).id;
  await addPerson(ids.attended, await memberOfAccount(demo.member), "participant");
});

const trainingTitles = async (email: string) =>
  (await calendarEvents(await viewer(email), range)).filter((e) => e.type === "training").map((e) => e.title);

describe("trainings on the calendar", () => {
  it("shows a member the trainings of their region and those they attended, officers their scope, the Bureau all", async () => {
    expect(await trainingTitles(demo.member)).toEqual(["لقاء مراكش - آسفي", "لقاء شارك فيه العضو"]);
    expect(await trainingTitles(demo.officerFes)).toEqual(["لقاء فاس - مكناس", "لقاء صفرو", "لقاء شارك فيه العضو"]);
    expect(await trainingTitles(demo.officerSouss)).toEqual([]);
    expect(await trainingTitles(demo.bureau)).toHaveLength(4);
  });

  it("gives one-day trainings their hour and longer ones whole days, with a link to the record", async () => {
    const member = await viewer(demo.member);
    expect(await calendarEvent(member, "training", ids.marrakech)).toMatchObject({
      date: "2037-06-05",
      endDate: "2037-06-05",
      startTime: "09:30",
      location: "مقر الحزب، مراكش",
      href: `/rooting/trainings/${ids.marrakech}`,
      status: "planned",
    });
    expect(await calendarEvent(member, "training", ids.fes)).toBeNull();
    expect(await calendarEvent(await viewer(demo.officerFes), "training", ids.fes)).toMatchObject({ date: "2037-06-12", endDate: "2037-06-13", startTime: null });
  });

  it("downloads a training as an .ics file for whoever may see it", async () => {
    await signInAs(demo.member);
    const request = new Request(`http://localhost/api/calendar/event/training/${ids.marrakech}.ics`);
    const response = await eventRoute(request, { params: Promise.resolve({ type: "training", id: `${ids.marrakech}.ics` }) });
    expect(response.status).toBe(200);
    const body = await response.text();
    const [event] = Object.values(ical.sync.parseICS(body)).filter((c) => c?.type === "VEVENT") as VEvent[];
    expect(event.summary).toBe("لقاء مراكش - آسفي");
    expect(body).toContain("DTSTART;TZID=Africa/Casablanca:20370605T093000");
    expect(body).toContain(`/rooting/trainings/${ids.marrakech}`);
    const hidden = await eventRoute(request, { params: Promise.resolve({ type: "training", id: `${ids.fes}.ics` }) });
    expect(hidden.status).toBe(404);
  });
});

describe("the calendar page's trainings", () => {
  it("shows at most three starting on a day and counts the others, each viewer only what they see", async () => {
    const planId = await makePlan("2038-01-01");
    const sefrou = (await province("Sefrou")).id;
    const agadir = (await province("Agadir Ida-Outanane")).id;
    for (let i = 0; i < 5; i++) await makeTraining({ planId, title: `محلي صفرو ${i}`, level: "local", provinceId: sefrou, startsOn: "2038-03-10", endsOn: "2038-03-10", city: "صفرو" });
    await makeTraining({ planId, title: "محلي أكادير", level: "local", provinceId: agadir, startsOn: "2038-03-10", endsOn: "2038-03-10", city: "أكادير" });
    await makeTraining({ planId, title: "محلي صفرو في يوم آخر", level: "local", provinceId: sefrou, startsOn: "2038-03-11", endsOn: "2038-03-11", city: "صفرو" });
    const march = { from: "2038-03-01", to: "2038-03-31" };

    const bureau = await calendarTrainings(await viewer(demo.bureau), march);
    expect(bureau.events.filter((e) => e.date === "2038-03-10")).toHaveLength(CALENDAR_TRAININGS_PER_DAY);
    expect(bureau.moreOn).toEqual({ "2038-03-10": 6 - CALENDAR_TRAININGS_PER_DAY });
    expect(bureau.events.filter((e) => e.date === "2038-03-11").map((e) => e.title)).toEqual(["محلي صفرو في يوم آخر"]);
    // the range itself still has them all
    expect((await calendarEvents(await viewer(demo.bureau), march)).filter((e) => e.type === "training")).toHaveLength(7);

    // an officer of Souss-Massa counts only Agadir's: nothing more to show
    const souss = await calendarTrainings(await viewer(demo.officerSouss), march);
    expect(souss.events.map((e) => e.title)).toEqual(["محلي أكادير"]);
    expect(souss.moreOn).toEqual({});
    // officer.fes sees Sefrou's five: three and two more
    const fes = await calendarTrainings(await viewer(demo.officerFes), march);
    expect(fes.moreOn).toEqual({ "2038-03-10": 5 - CALENDAR_TRAININGS_PER_DAY });
  });
});
