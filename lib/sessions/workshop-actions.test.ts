import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { workshopParticipants, workshops } from "@/db/schema";
import { expectSavedOver, expectStale } from "@/tests/concurrency";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { expectRefused, FORBIDDEN, memberIdOf, ninthDays, ordinaryMember, REQUIRED, sessionByOrdinal, workshopsOf } from "@/tests/fixtures/sessions";
import { addParticipant, createWorkshop, deleteWorkshop, removeParticipant, updateWorkshop } from "./workshop-actions";

const workshopInput = (sessionId: number, overrides: Record<string, unknown> = {}) => ({
  sessionId: String(sessionId),
  number: "4",
  title: "ورشة الشباب",
  theme: "انخراط الشباب في العمل الحزبي",
  questions: "كيف نستقطب الشباب؟\n\n  أي أدوار لهم في الفروع؟  \n",
  date: ninthDays.first,
  startTime: "15:00",
  endTime: "18:30",
  room: "القاعة 3",
  facilitatorId: "",
  rapporteurId: "",
  capacity: "",
  ...overrides,
});

async function participantsOf(workshopId: number) {
  const [{ n }] = await db.select({ n: count() }).from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshopId));
  return n;
}

async function isParticipant(workshopId: number, memberId: number) {
  const rows = await db
    .select()
    .from(workshopParticipants)
    .where(and(eq(workshopParticipants.workshopId, workshopId), eq(workshopParticipants.memberId, memberId)));
  return rows.length === 1;
}

describe("createWorkshop", () => {
  it("lets the bureau add a workshop, its questions one per line", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const facilitatorId = await memberIdOf(demo.member);
    await expect(createWorkshop(null, workshopInput(ninth.id, { facilitatorId: String(facilitatorId), capacity: "30" }))).rejects.toThrow(
      new RegExp(`NEXT_REDIRECT /sessions/${ninth.id}/workshops/\\d+/edit`),
    );
    const added = (await workshopsOf(ninth.id)).find((w) => w.number === 4)!;
    expect(added).toMatchObject({
      title: "ورشة الشباب",
      questions: ["كيف نستقطب الشباب؟", "أي أدوار لهم في الفروع؟"],
      startTime: "15:00:00",
      endTime: "18:30:00",
      facilitatorId,
      rapporteurId: null,
      capacity: 30,
    });
    expect((await lastAudit("workshop.create"))?.entityId).toBe(String(added.id));
  });

  it.each([demo.member, demo.officerFes])("refuses %s", async (email) => {
    await signInAs(email);
    const ninth = await sessionByOrdinal(9);
    const state = await expectRefused(() => createWorkshop(null, workshopInput(ninth.id, { number: "7" })), workshops);
    expect(state.message).toBe(FORBIDDEN);
  });

  it("refuses bad input under its field: date outside the session, end before start, empty title, taken number", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ number: "8", date: ninthDays.before }, "date", ninthDays.outsideMessage],
      [{ number: "8", endTime: "14:00" }, "endTime", "يجب أن تكون ساعة النهاية بعد ساعة البداية."],
      [{ number: "8", title: "" }, "title", REQUIRED],
      [{ number: "1" }, "number", "توجد ورشة بهذا الرقم في هذه الدورة."],
      [{ number: "" }, "number", REQUIRED],
    ];
    for (const [overrides, field, message] of cases) {
      const state = await expectRefused(() => createWorkshop(null, workshopInput(ninth.id, overrides)), workshops);
      expect(state.fieldErrors?.[field]).toBe(message);
    }
  });
});

describe("updateWorkshop and deleteWorkshop", () => {
  it("updates a workshop, and refuses a capacity below its participants", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const [first] = await workshopsOf(ninth.id);
    const n = await participantsOf(first.id);
    const input = { ...workshopInput(ninth.id, { number: "1", title: first.title, room: "قاعة الندوات" }), id: String(first.id), version: String(first.version) };
    expect((await updateWorkshop(null, input)).ok).toBe(true);
    const [row] = await db.select().from(workshops).where(eq(workshops.id, first.id));
    expect(row.room).toBe("قاعة الندوات");
    expect((await lastAudit("workshop.update"))?.changes).toMatchObject({ room: { from: "القاعة الكبرى", to: "قاعة الندوات" } });
    const state = await updateWorkshop(null, { ...input, version: String(first.version + 1), capacity: String(n - 1) });
    expect(state.fieldErrors?.capacity).toBe(`في الورشة ${n} مشاركًا، وهو أكثر من هذه الطاقة.`);
  });

  it("deletes a workshop for the bureau only", async () => {
    const ninth = await sessionByOrdinal(9);
    const [, , third] = await workshopsOf(ninth.id);
    await signInAs(demo.member);
    await expectRefused(() => deleteWorkshop(null, { id: String(third.id) }), workshops);
    await signInAs(demo.bureau);
    await expect(deleteWorkshop(null, { id: String(third.id) })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.select().from(workshops).where(eq(workshops.id, third.id))).toHaveLength(0);
  });
});

describe("addParticipant", () => {
  it("adds a member, audited, without a warning when they are free", async () => {
    await signInAs(demo.bureau);
    const [first] = await workshopsOf((await sessionByOrdinal(9)).id);
    const memberId = await ordinaryMember(0);
    const state = await addParticipant(null, { workshopId: String(first.id), memberId: String(memberId) });
    expect(state).toMatchObject({ ok: true, message: "أُضيف المشارك.", result: { warning: null } });
    expect(await isParticipant(first.id, memberId)).toBe(true);
    expect(await lastAudit("workshop.participant.add")).toMatchObject({ entityId: String(first.id), changes: { memberId, overlapsWorkshopId: null } });
  });

  it("warns, naming the other workshop, when the member is already in a workshop at the same time", async () => {
    await signInAs(demo.bureau);
    const [first, second, third] = await workshopsOf((await sessionByOrdinal(9)).id);
    const member = await memberIdOf(demo.member); // a participant of workshop 1
    const state = await addParticipant(null, { workshopId: String(second.id), memberId: String(member) });
    expect(state.ok).toBe(true);
    expect(state.result?.warning).toBe(`أُضيف المشارك، لكنه مشارك في الوقت نفسه في الورشة الأولى «${first.title}».`);
    expect(await isParticipant(second.id, member)).toBe(true);
    expect((await lastAudit("workshop.participant.add"))?.changes).toMatchObject({ overlapsWorkshopId: first.id });

    // facilitating a workshop counts too: the Bureau account's member facilitates workshop 2
    const facilitator = await memberIdOf(demo.bureau);
    const again = await addParticipant(null, { workshopId: String(third.id), memberId: String(facilitator) });
    expect(again.result?.warning).toContain(second.title);
  });

  it("refuses past the workshop's capacity, and a member already there", async () => {
    await signInAs(demo.bureau);
    const [workshop] = await workshopsOf((await sessionByOrdinal(9)).id);
    const n = await participantsOf(workshop.id);
    const newcomer = await ordinaryMember(5);
    await db.update(workshops).set({ capacity: n }).where(eq(workshops.id, workshop.id));
    const full = await expectRefused(() => addParticipant(null, { workshopId: String(workshop.id), memberId: String(newcomer) }), workshopParticipants);
    expect(full.fieldErrors?.memberId).toBe(`بلغت الورشة طاقتها الاستيعابية (${n} مشاركًا).`);
    await db.update(workshops).set({ capacity: null }).where(eq(workshops.id, workshop.id));
    const [existing] = await db.select().from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshop.id)).limit(1);
    const twice = await expectRefused(() => addParticipant(null, { workshopId: String(workshop.id), memberId: String(existing.memberId) }), workshopParticipants);
    expect(twice.fieldErrors?.memberId).toBe("هذا العضو مشارك في الورشة من قبل.");
  });

  it("refuses members and officers, and a missing member", async () => {
    const [first] = await workshopsOf((await sessionByOrdinal(9)).id);
    const memberId = await ordinaryMember(1);
    for (const email of [demo.member, demo.officerFes]) {
      await signInAs(email);
      const state = await expectRefused(() => addParticipant(null, { workshopId: String(first.id), memberId: String(memberId) }), workshopParticipants);
      expect(state.message).toBe(FORBIDDEN);
    }
    await signInAs(demo.bureau);
    const missing = await expectRefused(() => addParticipant(null, { workshopId: String(first.id), memberId: "999999" }), workshopParticipants);
    expect(missing.fieldErrors?.memberId).toBe("العضو المختار غير موجود.");
    const empty = await expectRefused(() => addParticipant(null, { workshopId: String(first.id), memberId: "" }), workshopParticipants);
    expect(empty.fieldErrors?.memberId).toBe(REQUIRED);
  });
});

describe("removeParticipant", () => {
  it("withdraws a participant for the bureau only", async () => {
    const [first] = await workshopsOf((await sessionByOrdinal(9)).id);
    const member = await memberIdOf(demo.member);
    await signInAs(demo.member);
    await expectRefused(() => removeParticipant(null, { workshopId: String(first.id), memberId: String(member) }), workshopParticipants);
    await signInAs(demo.admin);
    expect((await removeParticipant(null, { workshopId: String(first.id), memberId: String(member) })).ok).toBe(true);
    expect(await isParticipant(first.id, member)).toBe(false);
    expect((await lastAudit("workshop.participant.remove"))?.changes).toEqual({ memberId: member });
  });
});

describe("updateWorkshop from a stale version", () => {
  it("refuses a save from a replaced version with the workshop as its form shows it, then passes from the new one", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const [, second] = await workshopsOf(ninth.id);
    const base = { ...workshopInput(ninth.id, { number: String(second.number), title: second.title, date: second.date, capacity: "" }), id: String(second.id) };
    await expectSavedOver(workshops, second.id, () => updateWorkshop(null, { ...base, version: String(second.version), room: "قاعة أ" }));
    const current = await expectStale(workshops, second.id, () => updateWorkshop(null, { ...base, version: String(second.version), room: "قاعة ب" }));
    expect(current).toMatchObject({ id: String(second.id), version: String(second.version + 1), room: "قاعة أ", questions: "كيف نستقطب الشباب؟\nأي أدوار لهم في الفروع؟" });
    const saved = await updateWorkshop(null, { ...base, version: String(second.version + 1), room: "قاعة ب" });
    expect(saved).toMatchObject({ ok: true, result: { version: second.version + 2 } });
  });
});
