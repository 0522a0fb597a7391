import { and, desc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { notifications, trainingMeetings, trainingPeople, users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { memberIdOf } from "@/tests/fixtures/papers";
import { userId } from "@/tests/fixtures/reviews";
import { branchIn, expectRedirect, makePlan, makeTraining, province, regionId } from "@/tests/fixtures/rooting";
import { demo, signInAs, today } from "@/tests/helpers";
import { remindOfTrainings } from "./reminders";
import { createTraining } from "./training-actions";

let planId: number;
let fesMeknes: number;
let sefrou: { id: number; regionId: number };

beforeAll(async () => {
  planId = await makePlan();
  fesMeknes = await regionId("Fès-Meknès");
  sefrou = await province("Sefrou");
});

const input = (overrides: Record<string, unknown> = {}) => ({
  planId: String(planId),
  level: "provincial",
  title: "لقاء للإشعار",
  startsOn: today(20),
  endsOn: today(20),
  startTime: "10:00",
  venue: "مقر الحزب",
  city: "صفرو",
  regionIds: [] as string[],
  provinceId: String(sefrou.id),
  branchId: "",
  parentId: "",
  rapporteur: "",
  ...overrides,
});

const latestId = async () => (await db.select({ id: trainingMeetings.id }).from(trainingMeetings).orderBy(desc(trainingMeetings.id)).limit(1))[0].id;

/** Who was told of this training, by their email, and what. */
async function told(trainingId: number, kind: string) {
  const rows = await db
    .select({ email: users.email, title: notifications.title, body: notifications.body, href: notifications.href })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(eq(notifications.kind, kind), like(notifications.dedupeKey, `${kind}:${trainingId}`)));
  return rows.sort((a, b) => a.email.localeCompare(b.email));
}

describe("a training scheduled", () => {
  it("is told to the officers of the regions a regional one covers, each in their language", async () => {
    await db.update(users).set({ locale: "fr" }).where(eq(users.email, demo.officerSefrou));
    await signInAs(demo.bureau);
    await expectRedirect(() => createTraining(null, input({ level: "regional", city: "فاس", regionIds: [String(fesMeknes)], provinceId: "" })), /NEXT_REDIRECT/);
    const id = await latestId();
    const notices = await told(id, "training.scheduled");
    expect(notices.map((n) => n.email)).toEqual([demo.officerFes, demo.officerSefrou].sort());
    expect(notices.find((n) => n.email === demo.officerFes)).toMatchObject({ title: "لقاء تكويني مبرمج: لقاء للإشعار", href: `/rooting/trainings/${id}` });
    expect(notices.find((n) => n.email === demo.officerFes)?.body).toMatch(/^جهوي، .+، في فاس\.$/);
    expect(notices.find((n) => n.email === demo.officerSefrou)?.title).toBe("Rencontre de formation programmée : لقاء للإشعار");
  });

  it("by an officer is told to the other officers of its province, not to the one who scheduled it", async () => {
    const branchId = String(await branchIn(sefrou.id));
    await signInAs(demo.officerSefrou);
    await expectRedirect(() => createTraining(null, input({ level: "local", branchId })), /NEXT_REDIRECT/);
    expect((await told(await latestId(), "training.scheduled")).map((n) => n.email)).toEqual([demo.officerFes]);
  });

  it("is not told when it is already past (a training recorded afterwards)", async () => {
    await signInAs(demo.officerFes);
    await expectRedirect(() => createTraining(null, input({ startsOn: today(-5), endsOn: today(-5) })), /NEXT_REDIRECT/);
    expect(await told(await latestId(), "training.scheduled")).toEqual([]);
  });
});

describe("remindOfTrainings", () => {
  it("reminds the training's people the day before, once; not for a training already held", async () => {
    const training = await makeTraining({ planId, title: "لقاء الغد", level: "provincial", provinceId: sefrou.id, city: "صفرو", startsOn: today(1), endsOn: today(1) });
    const held = await makeTraining({ planId, title: "لقاء منعقد", level: "provincial", provinceId: sefrou.id, city: "صفرو", startsOn: today(1), endsOn: today(1), status: "held" });
    const later = await makeTraining({ planId, title: "لقاء بعد أيام", level: "provincial", provinceId: sefrou.id, city: "صفرو", startsOn: today(3), endsOn: today(3) });
    const member = await memberIdOf(demo.member);
    for (const t of [training, held, later]) await db.insert(trainingPeople).values({ trainingId: t.id, memberId: member, role: "participant" });

    await remindOfTrainings();
    await remindOfTrainings(new Date(clock.now().getTime() + 3_600_000));
    expect(await told(training.id, "training.reminder")).toEqual([{ email: demo.member, title: "غدًا: لقاء الغد", body: expect.stringContaining("في صفرو"), href: `/rooting/trainings/${training.id}` }]);
    expect(await told(held.id, "training.reminder")).toEqual([]);
    expect(await told(later.id, "training.reminder")).toEqual([]);
    expect(await db.$count(notifications, and(eq(notifications.userId, await userId(demo.member)), eq(notifications.kind, "training.reminder")))).toBe(1);
  });
});
