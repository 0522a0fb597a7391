import type { Server } from "node:net";
import { and, asc, count, eq, like, ne, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { committeeSessions, notifications, outboxEmails, sessionInvitations, users, workshopParticipants, workshops } from "@/db/schema";
import * as clock from "@/lib/clock";
import { sendOutboxEmail } from "@/lib/notifications/delivery";
import { fakeSmtp } from "@/tests/smtp";
import { demo, getCurrentUser, lastAudit, setClock, signInAs } from "@/tests/helpers";
import { committeeMembers, expectRefused, FORBIDDEN, memberIdOf, NOT_FOUND, ordinaryMember, sessionByOrdinal, sittingsOf } from "@/tests/fixtures/sessions";
import { changeSessionStatus, createSitting, deleteSitting, updateSitting } from "./actions";
import { attendanceSheet } from "./attendance-queries";
import { addInvitee, answerInvitation, removeInvitee } from "./invitation-actions";
import { myInvitation, pendingInvitations, sessionInvitees } from "./invitation-queries";
import { updateWorkshop } from "./workshop-actions";

let ordinal = 60;
async function draftSession() {
  const [row] = await db
    .insert(committeeSessions)
    .values({ ordinal: (ordinal += 1), title: `دورة ${ordinal} للاختبار`, startsOn: "2027-10-02", endsOn: "2027-10-03", venue: "المقر الوطني", city: "الرباط" })
    .returning();
  return row;
}

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

const invitationsOf = (sessionId: number) => db.select().from(sessionInvitations).where(eq(sessionInvitations.sessionId, sessionId)).orderBy(asc(sessionInvitations.memberId));
const noticesOf = async (kind: string, dedupe: string) =>
  db.select().from(notifications).where(and(eq(notifications.kind, kind), like(notifications.dedupeKey, dedupe)));
const userIdOf = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email)))[0].id;
const invitationOf = async (sessionId: number, email: string) =>
  (await db.select().from(sessionInvitations).where(and(eq(sessionInvitations.sessionId, sessionId), eq(sessionInvitations.memberId, await memberIdOf(email)))))[0];

describe("the seeded 9th session", () => {
  it("has invited the Central Committee through convening; some answered, the demo member has not", async () => {
    const ninth = await sessionByOrdinal(9);
    const rows = await invitationsOf(ninth.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.invitedAt !== null)).toBe(true);
    expect(rows.some((r) => r.answer === "attending") && rows.some((r) => r.answer === "excused")).toBe(true);
    const mine = await invitationOf(ninth.id, demo.member);
    expect(mine.answer).toBe("none");
    const member = await viewer(demo.member);
    expect((await pendingInvitations(member)).map((p) => p.sessionId)).toEqual([ninth.id]);
    const [notice] = await db.select().from(notifications).where(and(eq(notifications.userId, member.id), eq(notifications.kind, "session.invitation")));
    expect(notice.title).toBe("دعوة إلى الدورة التاسعة للجنة المركزية");
  });
});

describe("convening a session", () => {
  it("invites each invitee once, in their own language, with the session's .ics; a withdrawal and reconvening invites no one again", async () => {
    const session = await draftSession();
    await db.update(users).set({ locale: "fr" }).where(eq(sql`lower(${users.email})`, demo.member));
    await signInAs(demo.bureau);
    expect((await changeSessionStatus(null, { id: String(session.id), to: "convened" })).ok).toBe(true);

    const rows = await invitationsOf(session.id);
    const committee = await committeeMembers();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => committee.includes(r.memberId) && r.invitedAt !== null && r.answer === "none")).toBe(true);
    expect(new Set(rows.map((r) => r.memberId)).size).toBe(rows.length);

    const key = `session.invitation:${session.id}`;
    const notices = await noticesOf("session.invitation", key);
    const byUser = new Map(notices.map((n) => [n.userId, n]));
    expect(byUser.get(await userIdOf(demo.member))?.title).toBe(`Invitation : Session n° ${ordinal} du Comité central`);
    expect(byUser.get(await userIdOf(demo.bureau))?.title).toBe(`دعوة إلى الدورة ${ordinal} للجنة المركزية`);

    const [email] = await db.select().from(outboxEmails).where(and(eq(outboxEmails.to, demo.member), like(outboxEmails.subject, "Invitation :%"), sql`${outboxEmails.body} like ${`%/sessions/${session.id}/invitation?answer=attending%`}`));
    expect(email.body).toContain("Je serai présent(e)");
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments![0]).toMatchObject({ filename: `session-${session.id}.ics` });
    expect(email.attachments![0].content).toMatch(/BEGIN:VCALENDAR[\s\S]*UID:session-\d+@party-life[\s\S]*DTSTART;VALUE=DATE:20271002/);
    expect((await lastAudit("session.status"))?.changes).toMatchObject({ to: "convened", invited: rows.length });

    const firstInvited = rows.map((r) => r.invitedAt!.getTime());
    const emailsBefore = (await db.select({ n: count() }).from(outboxEmails))[0].n;
    setClock(new Date(clock.now().getTime() + 60_000));
    expect((await changeSessionStatus(null, { id: String(session.id), to: "draft" })).ok).toBe(true);
    const withdrawn = await noticesOf("session.withdrawn", `session.withdrawn:${session.id}:%`);
    expect(withdrawn.length).toBe(notices.length);
    setClock(new Date(clock.now().getTime() + 60_000));
    expect((await changeSessionStatus(null, { id: String(session.id), to: "convened" })).ok).toBe(true);
    expect((await invitationsOf(session.id)).map((r) => r.invitedAt!.getTime())).toEqual(firstInvited);
    expect(await noticesOf("session.invitation", key)).toHaveLength(notices.length);
    // the withdrawal wrote one email per invitee with an account, the reconvening none
    expect((await db.select({ n: count() }).from(outboxEmails))[0].n).toBe(emailsBefore + withdrawn.length);
    await db.update(users).set({ locale: null }).where(eq(sql`lower(${users.email})`, demo.member));
  });

  it("sends the .ics with the email", async () => {
    const received: string[] = [];
    const smtp = await fakeSmtp(received);
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    try {
      const ninth = await sessionByOrdinal(9);
      const [email] = await db.select().from(outboxEmails).where(and(eq(outboxEmails.to, demo.member), sql`${outboxEmails.attachments} is not null`, ne(outboxEmails.status, "sent")));
      expect(await sendOutboxEmail({ outboxId: email.id, round: email.round, retryCount: 0, retryLimit: 5 })).toBe("sent");
      expect(received).toHaveLength(1);
      expect(received[0]).toMatch(/Content-Type: text\/calendar/);
      expect(received[0]).toContain(`filename=session-${ninth.id}.ics`);
    } finally {
      delete process.env.SMTP_URL;
      (smtp.server as Server).close();
    }
  });
});

describe("the list of invitees", () => {
  it("lets the Bureau add and remove people before convening; someone added to a convened session is invited at once", async () => {
    const session = await draftSession();
    const outsider = await ordinaryMember(3);
    await signInAs(demo.bureau);
    expect((await addInvitee(null, { sessionId: String(session.id), memberId: String(outsider) })).ok).toBe(true);
    const [added] = await invitationsOf(session.id);
    expect(added).toMatchObject({ memberId: outsider, invitedAt: null });
    // a list already made is kept as it is when convening: the Bureau chose it
    expect((await addInvitee(null, { sessionId: String(session.id), memberId: String(await memberIdOf(demo.member)) })).ok).toBe(true);
    const again = await expectRefused(() => addInvitee(null, { sessionId: String(session.id), memberId: String(outsider) }), sessionInvitations);
    expect(again.fieldErrors?.memberId).toBe("هذا العضو مدعو من قبل.");
    expect((await removeInvitee(null, { invitationId: String(added.id) })).ok).toBe(true);
    expect((await changeSessionStatus(null, { id: String(session.id), to: "convened" })).ok).toBe(true);
    const rows = await invitationsOf(session.id);
    expect(rows.map((r) => r.memberId)).toEqual([await memberIdOf(demo.member)]);

    expect((await addInvitee(null, { sessionId: String(session.id), memberId: String(outsider) })).ok).toBe(true);
    const late = (await invitationsOf(session.id)).find((r) => r.memberId === outsider)!;
    expect(late.invitedAt).not.toBeNull();
    const invited = rows[0];
    const refused = await expectRefused(() => removeInvitee(null, { invitationId: String(invited.id) }), sessionInvitations);
    expect(refused.message).toBe("وصلت الدعوة إلى هذا العضو: لا يُحذف من دورة منشورة.");
  });

  it.each([demo.member, demo.officerFes])("refuses %s to edit the invitees, writing nothing", async (email) => {
    const ninth = await sessionByOrdinal(9);
    const [any] = await invitationsOf(ninth.id);
    const outsider = await ordinaryMember(5);
    await signInAs(email);
    expect((await expectRefused(() => addInvitee(null, { sessionId: String(ninth.id), memberId: String(outsider) }), sessionInvitations)).message).toBe(FORBIDDEN);
    expect((await expectRefused(() => removeInvitee(null, { invitationId: String(any.id) }), sessionInvitations)).message).toBe(FORBIDDEN);
  });

  it("refuses an unknown member or session", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    expect((await expectRefused(() => addInvitee(null, { sessionId: String(ninth.id), memberId: "999999" }), sessionInvitations)).fieldErrors?.memberId).toBe("هذا العضو غير موجود.");
    const outsider = await ordinaryMember();
    expect((await expectRefused(() => addInvitee(null, { sessionId: "999999", memberId: String(outsider) }), sessionInvitations)).message).toBe(NOT_FOUND);
    expect((await expectRefused(() => addInvitee(null, { sessionId: "1e3", memberId: "x" }), sessionInvitations)).fieldErrors).toHaveProperty("sessionId");
  });
});

describe("answering", () => {
  it("records the invitee's answer, lets them change it, and the Bureau counts it", async () => {
    const ninth = await sessionByOrdinal(9);
    const mine = await invitationOf(ninth.id, demo.member);
    const bureau = await viewer(demo.bureau);
    const before = (await sessionInvitees(bureau, ninth.id, {}))!;

    await signInAs(demo.member);
    expect((await answerInvitation(null, { invitationId: String(mine.id), answer: "attending", reason: "" })).ok).toBe(true);
    expect(await invitationOf(ninth.id, demo.member)).toMatchObject({ answer: "attending", reason: null });
    const member = (await getCurrentUser())!;
    expect((await pendingInvitations(member)).map((p) => p.sessionId)).not.toContain(ninth.id);
    expect((await myInvitation(member, ninth.id))?.open).toBe(true);

    const after = (await sessionInvitees(await viewer(demo.bureau), ninth.id, {}))!;
    expect(after.counts).toEqual({ ...before.counts, none: before.counts.none - 1, attending: before.counts.attending + 1 });
    const attending = (await sessionInvitees(bureau, ninth.id, { answer: "attending" }))!;
    expect(attending.rows.every((r) => r.answer === "attending")).toBe(true);

    await signInAs(demo.member);
    expect((await answerInvitation(null, { invitationId: String(mine.id), answer: "excused", reason: "سفر مهني" })).ok).toBe(true);
    expect(await invitationOf(ninth.id, demo.member)).toMatchObject({ answer: "excused", reason: "سفر مهني" });
    expect((await lastAudit("invitation.answer"))?.changes).toEqual({ from: "attending", to: "excused" });
    const excused = (await sessionInvitees(await viewer(demo.bureau), ninth.id, {}))!;
    expect(excused.counts.excused).toBe(before.counts.excused + 1);

    // the attendance sheet starts from the excuse, with its reason
    const [opening] = await sittingsOf(ninth.id);
    const sheet = (await attendanceSheet(bureau, ninth.id, opening.id, { q: "" }))!;
    let line = sheet.rows.find((r) => r.id === mine.memberId);
    let cursor = sheet.hasNext ? sheet.nextCursor : null;
    while (!line && cursor) {
      const page = (await attendanceSheet(bureau, ninth.id, opening.id, { after: cursor }))!;
      line = page.rows.find((r) => r.id === mine.memberId);
      cursor = page.hasNext ? page.nextCursor : null;
    }
    expect(line).toMatchObject({ status: null, answer: "excused", reason: "سفر مهني" });
  });

  it("refuses someone else's invitation, an unknown one and a bad answer, writing nothing", async () => {
    const ninth = await sessionByOrdinal(9);
    const mine = await invitationOf(ninth.id, demo.member);
    await signInAs(demo.bureau);
    const other = await expectRefused(() => answerInvitation(null, { invitationId: String(mine.id), answer: "attending" }), sessionInvitations);
    expect(other.message).toBe(NOT_FOUND);
    expect(await invitationOf(ninth.id, demo.member)).toEqual(mine);
    await signInAs(demo.member);
    expect((await expectRefused(() => answerInvitation(null, { invitationId: "999999", answer: "attending" }), sessionInvitations)).message).toBe(NOT_FOUND);
    expect((await expectRefused(() => answerInvitation(null, { invitationId: String(mine.id), answer: "maybe" }), sessionInvitations)).fieldErrors).toHaveProperty("answer");
    expect((await expectRefused(() => answerInvitation(null, { invitationId: "-1", answer: "attending" }), sessionInvitations)).fieldErrors).toHaveProperty("invitationId");
  });

  it("closes once the session has started", async () => {
    const ninth = await sessionByOrdinal(9);
    const mine = await invitationOf(ninth.id, demo.member);
    setClock(`${ninth.startsOn}T12:00:00Z`);
    await signInAs(demo.member);
    const state = await expectRefused(() => answerInvitation(null, { invitationId: String(mine.id), answer: "attending" }), sessionInvitations);
    expect(state.fieldErrors?.answer).toBe("لم يعد الجواب على هذه الدعوة ممكنًا.");
    expect((await myInvitation((await getCurrentUser())!, ninth.id))?.open).toBe(false);
  });
});

describe("changes to a convened session", () => {
  it("tells the invitees of a sitting moved, and a workshop's participants of its new room", async () => {
    const ninth = await sessionByOrdinal(9);
    const [opening] = await sittingsOf(ninth.id);
    await signInAs(demo.bureau);
    const state = await updateSitting(null, {
      id: String(opening.id),
      version: String(opening.version),
      kind: opening.kind,
      title: opening.title,
      date: opening.date,
      startTime: "09:00",
      endTime: "",
      chairs: opening.chairs ?? "",
      rapporteurId: opening.rapporteurId ? String(opening.rapporteurId) : "",
    });
    expect(state.ok).toBe(true);
    const moved = await noticesOf("session.changed", `session.sitting-changed:${opening.id}:%`);
    const invitedWithAccounts = await db
      .select({ n: count() })
      .from(sessionInvitations)
      .innerJoin(users, and(eq(users.memberId, sessionInvitations.memberId), eq(users.active, true)))
      .where(eq(sessionInvitations.sessionId, ninth.id));
    expect(moved).toHaveLength(invitedWithAccounts[0].n);
    expect(moved[0].body).toContain("09:00");

    const [first] = await db.select().from(workshops).where(eq(workshops.sessionId, ninth.id)).orderBy(asc(workshops.number)).limit(1);
    const saved = await updateWorkshop(null, {
      id: String(first.id),
      version: String(first.version),
      sessionId: String(ninth.id),
      number: String(first.number),
      title: first.title,
      theme: first.theme ?? "",
      questions: first.questions.join("\n"),
      date: first.date,
      startTime: first.startTime.slice(0, 5),
      endTime: first.endTime.slice(0, 5),
      room: "قاعة الندوات",
      facilitatorId: first.facilitatorId ? String(first.facilitatorId) : "",
      rapporteurId: first.rapporteurId ? String(first.rapporteurId) : "",
      capacity: first.capacity === null ? "" : String(first.capacity),
    });
    expect(saved.ok).toBe(true);
    const told = await noticesOf("workshop.changed", `workshop.changed:${first.id}:%`);
    const participantAccounts = await db
      .select({ id: users.id })
      .from(workshopParticipants)
      .innerJoin(users, eq(users.memberId, workshopParticipants.memberId))
      .where(eq(workshopParticipants.workshopId, first.id));
    expect(told.map((n) => n.userId).sort()).toEqual(participantAccounts.map((u) => u.id).sort());
    expect(told[0].body).toContain("قاعة الندوات");
  });

  it("tells the invitees of a sitting added to the programme and of one taken off it, once each; a draft's sittings tell no one", async () => {
    const ninth = await sessionByOrdinal(9);
    await signInAs(demo.bureau);
    const invitedWithAccounts = (
      await db
        .select({ n: count() })
        .from(sessionInvitations)
        .innerJoin(users, and(eq(users.memberId, sessionInvitations.memberId), eq(users.active, true)))
        .where(eq(sessionInvitations.sessionId, ninth.id))
    )[0].n;
    const sitting = { sessionId: String(ninth.id), kind: "plenary", title: "جلسة التقرير المالي", date: ninth.startsOn, startTime: "18:00", endTime: "19:30", chairs: "", rapporteurId: "" };
    let id = 0;
    try {
      await createSitting(null, sitting);
    } catch (error) {
      // a created sitting leads to its edit page
      id = Number(/\/sittings\/(\d+)\/edit/.exec(String((error as Error).message))?.[1]);
    }
    expect(id).toBeGreaterThan(0);
    const added = await noticesOf("session.changed", `session.sitting-added:${id}`);
    expect(added).toHaveLength(invitedWithAccounts);
    expect(added[0].title).toContain("جلسة التقرير المالي");
    expect(added[0].body).toContain("18:00");

    await expect(deleteSitting(null, { id: String(id) })).rejects.toThrow(/NEXT_REDIRECT/);
    const removed = await noticesOf("session.changed", `session.sitting-removed:${id}`);
    expect(removed).toHaveLength(invitedWithAccounts);
    expect(removed[0].body).toContain("لم تعد جلسة «جلسة التقرير المالي»");

    const draft = await draftSession();
    const before = (await db.select({ n: count() }).from(notifications))[0].n;
    await createSitting(null, { ...sitting, sessionId: String(draft.id), date: draft.startsOn }).catch(() => undefined);
    expect((await db.select({ n: count() }).from(notifications))[0].n).toBe(before);
  });
});
