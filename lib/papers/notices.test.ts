import { and, asc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { committeeSessions, notifications, outboxEmails, users, workingPapers } from "@/db/schema";
import * as clock from "@/lib/clock";
import { versionOf } from "@/tests/concurrency";
import { freeMembers, makeMemberAccount, makeSession, makeWorkshop, memberIdOf } from "@/tests/fixtures/papers";
import { userId } from "@/tests/fixtures/reviews";
import { demo, signInAs, today } from "@/tests/helpers";
import { approvePaper, assignPaper, returnPaper, submitPaper, updateAssignment } from "./actions";
import { remindOfPapers } from "./reminders";

let memberId: number;
let memberUser: number;
let others: number[];

beforeAll(async () => {
  memberId = await memberIdOf(demo.member);
  memberUser = await userId(demo.member);
  others = await freeMembers(2);
});

const noticesOf = (user: number, paperId: number) =>
  db
    .select({ kind: notifications.kind, title: notifications.title, body: notifications.body, href: notifications.href, key: notifications.dedupeKey })
    .from(notifications)
    .where(and(eq(notifications.userId, user), like(notifications.dedupeKey, `paper.%:${paperId}%`)))
    .orderBy(asc(notifications.id));

/** A workshop in three months of a session in that status, and the Bureau assigning its paper to `assignees`. */
async function assigned(status: "draft" | "convened", assignees: number[], dueOn = today(80)) {
  const session = await makeSession({ status, startsOn: today(94), endsOn: today(95) });
  const workshop = await makeWorkshop(session);
  await signInAs(demo.bureau);
  await expect(assignPaper(null, { workshopId: workshop.id, title: "الورقة المنتظرة", dueOn, assigneeIds: assignees })).rejects.toThrow(/NEXT_REDIRECT/);
  const [paper] = await db.select().from(workingPapers).where(eq(workingPapers.workshopId, workshop.id));
  return { session, workshop, paper };
}

describe("a paper's assignees are told", () => {
  it("when it is assigned to them, in their language, with the link to write it; once", async () => {
    const { paper, workshop } = await assigned("convened", [memberId]);
    expect(await noticesOf(memberUser, paper.id)).toEqual([
      { kind: "paper.assigned", title: "كُلِّفتَ بإعداد ورقة عمل: الورقة المنتظرة", body: expect.stringContaining(`ورقة عمل ورشة «${workshop.title}»`), href: `/assignments/${paper.id}`, key: `paper.assigned:${paper.id}` },
    ]);
    const [email] = await db.select().from(outboxEmails).where(eq(outboxEmails.subject, "كُلِّفتَ بإعداد ورقة عمل: الورقة المنتظرة"));
    expect(email.to).toBe(demo.member);

    // a change that names one more tells only the newcomer, in French when that is their language
    const newcomer = await makeMemberAccount("newcomer.paper@example.org");
    await db.update(users).set({ locale: "fr" }).where(eq(users.id, newcomer.userId));
    await expect(
      updateAssignment(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), title: "الورقة المنتظرة", dueOn: paper.dueOn, assigneeIds: [memberId, newcomer.memberId] }),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await noticesOf(memberUser, paper.id)).toHaveLength(1);
    expect((await noticesOf(newcomer.userId, paper.id)).map((n) => n.title)).toEqual(["Document de travail à préparer : الورقة المنتظرة"]);
  });

  it("not while the session is a draft members cannot see; the hourly job tells them once it is convened", async () => {
    const { paper, session } = await assigned("draft", [memberId]);
    expect(await noticesOf(memberUser, paper.id)).toEqual([]);
    await remindOfPapers();
    expect(await noticesOf(memberUser, paper.id)).toEqual([]);
    await db.update(committeeSessions).set({ status: "convened" }).where(eq(committeeSessions.id, session.id));
    await remindOfPapers();
    await remindOfPapers();
    expect((await noticesOf(memberUser, paper.id)).map((n) => n.kind)).toEqual(["paper.assigned"]);
  });

  it("when the Bureau returns it (with the comment) and approves it", async () => {
    const { paper } = await assigned("convened", [memberId, others[0]]);
    await signInAs(demo.member);
    expect((await submitPaper(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "الصيغة الأولى" })).ok).toBe(true);
    await signInAs(demo.bureau);
    expect((await returnPaper(null, { paperId: paper.id, comment: "أضيفوا محور التكوين." })).ok).toBe(true);
    await signInAs(demo.member);
    expect((await submitPaper(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "الصيغة الثانية" })).ok).toBe(true);
    await signInAs(demo.bureau);
    expect((await approvePaper(null, { paperId: paper.id, comment: "" })).ok).toBe(true);
    expect((await noticesOf(memberUser, paper.id)).map((n) => [n.kind, n.title, n.body])).toEqual([
      ["paper.assigned", "كُلِّفتَ بإعداد ورقة عمل: الورقة المنتظرة", expect.any(String)],
      ["paper.returned", "أُعيدت ورقة العمل «الورقة المنتظرة» مع ملاحظات المكتب السياسي", "أضيفوا محور التكوين."],
      ["paper.approved", "اعتمد المكتب السياسي ورقة العمل «الورقة المنتظرة»", null],
    ]);
  });
});

describe("remindOfPapers", () => {
  it("reminds three days and one day before the due day and once after it, only of papers still to hand in", async () => {
    const due = today(10);
    const { paper } = await assigned("convened", [memberId], due);
    const { paper: handedIn } = await assigned("convened", [memberId], due);
    await db.update(workingPapers).set({ status: "submitted" }).where(eq(workingPapers.id, handedIn.id));
    const start = clock.now().getTime();
    const at = (days: number) => new Date(start + days * 86_400_000);
    const reminders = async (id: number) => (await noticesOf(memberUser, id)).filter((n) => n.kind === "paper.reminder");

    await remindOfPapers(at(6)); // four days before
    expect(await reminders(paper.id)).toEqual([]);
    await remindOfPapers(at(7));
    await remindOfPapers(at(7.1));
    await remindOfPapers(at(9));
    await remindOfPapers(at(11));
    await remindOfPapers(at(15));
    const sent = await reminders(paper.id);
    expect(sent.map((n) => n.key)).toEqual([`paper.reminder:${paper.id}:j3`, `paper.reminder:${paper.id}:j1`, `paper.reminder:${paper.id}:overdue`]);
    expect(sent[0].body).toMatch(/أي بعد 3 أيام\.$/);
    expect(sent[1].body).toMatch(/^آخر أجل لتسليم ورقة العمل هو الغد/);
    expect(sent[2].title).toBe("تأخّرت ورقة العمل: الورقة المنتظرة");
    expect(await reminders(handedIn.id)).toEqual([]);
  });
});
