import { and, asc, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { agreements, followUpActions, notifications, users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { memberIdOf } from "@/tests/fixtures/papers";
import { userId } from "@/tests/fixtures/reviews";
import { demo, today } from "@/tests/helpers";
import { remindOfFollowUps } from "./reminders";

const at = (days: number) => new Date(clock.now().getTime() + days * 86_400_000);

const remindersOf = (user: number, followUpId: number) =>
  db
    .select({ title: notifications.title, body: notifications.body, href: notifications.href, key: notifications.dedupeKey })
    .from(notifications)
    .where(and(eq(notifications.userId, user), like(notifications.dedupeKey, `followup.reminder:${followUpId}:%`)))
    .orderBy(asc(notifications.id));

describe("remindOfFollowUps", () => {
  it("reminds the owner three days and one day before, and once after, with the agreement's link for the Bureau", async () => {
    const [agreement] = await db.insert(agreements).values({ title: "اتفاق التعاون", signedOn: today(-100) }).returning();
    const bureauMember = (await db.select({ memberId: users.memberId }).from(users).where(eq(users.email, demo.bureau)))[0].memberId!;
    const [action] = await db.insert(followUpActions).values({ agreementId: agreement.id, title: "تبادل الوفود", dueOn: today(5), ownerMemberId: bureauMember }).returning();
    const [done] = await db.insert(followUpActions).values({ agreementId: agreement.id, title: "منجز", dueOn: today(5), ownerMemberId: bureauMember, status: "done" }).returning();
    const bureau = await userId(demo.bureau);

    await remindOfFollowUps(at(1)); // four days before
    expect(await remindersOf(bureau, action.id)).toEqual([]);
    for (const day of [2, 2.2, 4, 6, 9]) await remindOfFollowUps(at(day));
    const sent = await remindersOf(bureau, action.id);
    expect(sent.map((n) => n.key!.split(":").pop())).toEqual(["j3", "j1", "overdue"]);
    expect(sent[0]).toMatchObject({ title: "إجراء تتبع يقترب أجله: تبادل الوفود", href: `/diplomacy/agreements/${agreement.id}` });
    expect(sent[0].body).toMatch(/^إجراء تتبع لاتفاق «اتفاق التعاون»، آخر أجل لإنجازه .+، أي بعد 3 أيام\.$/);
    expect(sent[2].title).toBe("تأخّر إجراء تتبع: تبادل الوفود");
    expect(await remindersOf(bureau, done.id)).toEqual([]);
  });

  it("tells an owner who cannot open the agreement without its link", async () => {
    const [agreement] = await db.insert(agreements).values({ title: "اتفاق آخر", signedOn: today(-100) }).returning();
    const [action] = await db.insert(followUpActions).values({ agreementId: agreement.id, title: "مراسلة", dueOn: today(1), ownerMemberId: await memberIdOf(demo.member) }).returning();
    await remindOfFollowUps();
    const [notice] = await remindersOf(await userId(demo.member), action.id);
    expect(notice).toMatchObject({ title: "إجراء تتبع يقترب أجله: مراسلة", href: null });
  });
});
