import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { committeeSessions, workshops } from "@/db/schema";
import { demo, getCurrentUser, signInAs, today } from "@/tests/helpers";
import { expectRefused, ninthDays, REQUIRED, sessionByOrdinal, workshopsOf } from "@/tests/fixtures/sessions";
import { createWorkshop } from "./workshop-actions";
import { newWorkshopDefaults } from "./workshop-queries";
import { createSessionSchema, workshopFormSchema } from "./schemas";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

const END_BEFORE_START = "يجب أن تكون ساعة النهاية بعد ساعة البداية.";

describe("newWorkshopDefaults: a new parallel workshop starts from the session's last one", () => {
  it("takes the last workshop's day and times, and the number after it", async () => {
    const ninth = await sessionByOrdinal(9);
    const last = (await workshopsOf(ninth.id)).sort((a, b) => b.number - a.number)[0];
    expect(await newWorkshopDefaults(await viewer(demo.bureau), ninth)).toEqual({
      number: last.number + 1,
      date: last.date,
      startTime: last.startTime.slice(0, 5),
      endTime: last.endTime.slice(0, 5),
    });
  });

  it("follows the workshop just added, so the third of a row starts where the second did", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const number = (await newWorkshopDefaults(await viewer(demo.bureau), ninth)).number;
    await expect(
      createWorkshop(null, {
        sessionId: String(ninth.id),
        number: String(number),
        title: "ورشة موازية",
        questions: "",
        date: ninthDays.first,
        startTime: "16:15",
        endTime: "19:00",
      }),
    ).rejects.toThrow(new RegExp(`NEXT_REDIRECT /sessions/${ninth.id}/workshops/\\d+/edit\\?created=workshop`));
    expect(await newWorkshopDefaults(await viewer(demo.bureau), ninth)).toEqual({ number: number + 1, date: ninthDays.first, startTime: "16:15", endTime: "19:00" });
  });

  it("starts a session without workshops at number 1 on its first day, times left to choose", async () => {
    const [empty] = await db
      .insert(committeeSessions)
      .values({ ordinal: 90, title: "دورة بلا ورشات", startsOn: today(400), endsOn: today(401), venue: "المقر", city: "الرباط" })
      .returning();
    expect(await newWorkshopDefaults(await viewer(demo.bureau), empty)).toEqual({ number: 1, date: today(400), startTime: "", endTime: "" });
  });

  it("is the Bureau's only", async () => {
    const ninth = await sessionByOrdinal(9);
    for (const email of [demo.member, demo.officerFes]) {
      await expect(newWorkshopDefaults(await viewer(email), ninth)).rejects.toThrow(/403/);
    }
  });
});

describe("end before start, in the schema the form and the action share", () => {
  it("is reported together with the empty required fields", () => {
    const result = workshopFormSchema.safeParse({ sessionId: "1", number: "2", title: "", questions: "", date: "", startTime: "15:00", endTime: "14:00" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    expect(messages).toMatchObject({ title: "required", date: "date", endTime: "endTimeBeforeStart" });
  });

  it("says nothing of the order while a time is itself missing or wrong", () => {
    for (const times of [{ startTime: "", endTime: "14:00" }, { startTime: "25:00", endTime: "14:00" }]) {
      const result = workshopFormSchema.safeParse({ sessionId: "1", number: "2", title: "ورشة", questions: "", date: "2027-02-04", ...times });
      expect(result.error!.issues.map((issue) => issue.message)).not.toContain("endTimeBeforeStart");
    }
  });

  it("holds a session's days in order, equal days allowed", () => {
    const session = { ordinal: "30", title: "", startsOn: "2027-02-05", endsOn: "2027-02-04", venue: "المقر", city: "الرباط" };
    const issues = createSessionSchema.safeParse(session).error!.issues;
    expect(issues.map((issue) => [issue.path[0], issue.message])).toEqual(expect.arrayContaining([["title", "required"], ["endsOn", "endBeforeStart"]]));
    expect(createSessionSchema.safeParse({ ...session, title: "دورة", endsOn: "2027-02-05" }).success).toBe(true);
  });

  it("comes back from the action under both fields, in Arabic, and writes nothing", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const state = await expectRefused(
      () => createWorkshop(null, { sessionId: String(ninth.id), number: "40", title: "", questions: "", date: ninthDays.first, startTime: "15:00", endTime: "14:00" }),
      workshops,
    );
    expect(state.fieldErrors).toMatchObject({ title: REQUIRED, endTime: END_BEFORE_START });
  });
});
