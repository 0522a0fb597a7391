import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { committeeSessions, sittings } from "@/db/schema";
import { expectSavedOver, expectStale } from "@/tests/concurrency";
import { auditCount, demo, lastAudit, signInAs } from "@/tests/helpers";
import { changeSessionStatus, createSession, createSitting, deleteSession, deleteSitting, updateSession, updateSitting } from "./actions";
import { expectRefused, FORBIDDEN, memberIdOf, ninthDays, REQUIRED, sessionByOrdinal, sittingsOf } from "@/tests/fixtures/sessions";

let ordinal = 40;
function newSession(overrides: Record<string, unknown> = {}) {
  ordinal += 1;
  return {
    ordinal: String(ordinal),
    title: `الدورة ${ordinal} للجنة المركزية`,
    startsOn: "2027-06-05",
    endsOn: "2027-06-06",
    venue: "المقر الوطني للحزب بالرباط",
    city: "الرباط",
    description: "",
    ...overrides,
  };
}

async function draftSession() {
  const [row] = await db
    .insert(committeeSessions)
    .values({ ordinal: (ordinal += 1), title: "دورة للاختبار", startsOn: "2027-10-02", endsOn: "2027-10-03", venue: "المقر", city: "الرباط" })
    .returning();
  return row;
}

describe("createSession", () => {
  it("lets the bureau create a draft session, audited, and goes to its page", async () => {
    await signInAs(demo.bureau);
    const input = newSession();
    await expect(createSession(null, input)).rejects.toThrow(/NEXT_REDIRECT \/sessions\/\d+/);
    const row = await sessionByOrdinal(Number(input.ordinal));
    expect(row).toMatchObject({ title: input.title, startsOn: "2027-06-05", endsOn: "2027-06-06", status: "draft", description: null });
    const audit = await lastAudit("session.create");
    expect(audit?.entityId).toBe(String(row.id));
  });

  it("lets the admin create a one-day session", async () => {
    await signInAs(demo.admin);
    const input = newSession({ endsOn: "2027-06-05" });
    await expect(createSession(null, input)).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await sessionByOrdinal(Number(input.ordinal))).toMatchObject({ startsOn: "2027-06-05", endsOn: "2027-06-05" });
  });

  it.each([demo.member, demo.officerFes])("refuses %s, writing nothing", async (email) => {
    await signInAs(email);
    const state = await expectRefused(() => createSession(null, newSession()), committeeSessions);
    expect(state.message).toBe(FORBIDDEN);
  });

  it("refuses an end date before the start date, under the end date", async () => {
    await signInAs(demo.bureau);
    const state = await expectRefused(() => createSession(null, newSession({ startsOn: "2027-06-06", endsOn: "2027-06-05" })), committeeSessions);
    expect(state.fieldErrors?.endsOn).toBe("يجب ألا يسبق تاريخ النهاية تاريخ البداية.");
  });

  it("refuses an empty title and a taken ordinal under their fields", async () => {
    await signInAs(demo.bureau);
    const empty = await expectRefused(() => createSession(null, newSession({ title: "  " })), committeeSessions);
    expect(empty.fieldErrors?.title).toBe(REQUIRED);
    const taken = await expectRefused(() => createSession(null, newSession({ ordinal: "8" })), committeeSessions);
    expect(taken.fieldErrors?.ordinal).toBe("توجد دورة بهذا الرقم من قبل.");
  });
});

describe("updateSession", () => {
  it("lets the bureau change dates and venue, with the changes audited", async () => {
    await signInAs(demo.bureau);
    const session = await draftSession();
    const input = { id: String(session.id), version: String(session.version), ...newSession({ ordinal: String(session.ordinal), title: "عنوان جديد", venue: "قاعة المؤتمرات", city: "سلا" }) };
    await expect(updateSession(null, input)).rejects.toThrow(/NEXT_REDIRECT/);
    const [row] = await db.select().from(committeeSessions).where(eq(committeeSessions.id, session.id));
    expect(row).toMatchObject({ title: "عنوان جديد", venue: "قاعة المؤتمرات", city: "سلا", startsOn: "2027-06-05" });
    expect((await lastAudit("session.update"))?.changes).toMatchObject({ city: { from: "الرباط", to: "سلا" } });
  });

  it("refuses the member and bad dates, leaving the row as it was", async () => {
    const session = await draftSession();
    const input = { id: String(session.id), version: String(session.version), ...newSession({ ordinal: String(session.ordinal), title: "لا يُحفظ" }) };
    await signInAs(demo.member);
    await expectRefused(() => updateSession(null, input), committeeSessions);
    await signInAs(demo.bureau);
    const state = await expectRefused(() => updateSession(null, { ...input, endsOn: "2027-06-01" }), committeeSessions);
    expect(state.fieldErrors?.endsOn).toBeDefined();
    const [row] = await db.select().from(committeeSessions).where(eq(committeeSessions.id, session.id));
    expect(row.title).toBe("دورة للاختبار");
  });
});

describe("updateSession dates", () => {
  it("refuses dates that would leave planned sittings or workshops outside", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const input = {
      id: String(ninth.id),
      version: String(ninth.version),
      ordinal: "9",
      title: ninth.title,
      // a day later: the first day's sittings and workshops would fall outside
      startsOn: ninthDays.second,
      endsOn: ninthDays.after,
      venue: ninth.venue,
      city: ninth.city,
      description: ninth.description ?? "",
    };
    const state = await expectRefused(() => updateSession(null, input), committeeSessions);
    expect(state.fieldErrors?.startsOn).toBe("في البرنامج جلسات أو ورشات خارج هذه التواريخ: غيّر تواريخها أولًا.");
    expect((await sessionByOrdinal(9)).startsOn).toBe(ninthDays.first);
  });
});

describe("changeSessionStatus", () => {
  it("moves a session forward one step at a time, auditing from and to", async () => {
    await signInAs(demo.bureau);
    const session = await draftSession();
    const steps = [
      ["draft", "convened"],
      ["convened", "held"],
      ["held", "closed"],
    ] as const;
    for (const [from, to] of steps) {
      const state = await changeSessionStatus(null, { id: String(session.id), to });
      expect(state.ok).toBe(true);
      const audit = await lastAudit("session.status");
      expect(audit).toMatchObject({ entity: "session", entityId: String(session.id), changes: { from, to } });
    }
    const [row] = await db.select().from(committeeSessions).where(eq(committeeSessions.id, session.id));
    expect(row.status).toBe("closed");
  });

  it("allows convened back to draft, and refuses skipping or going back further", async () => {
    await signInAs(demo.admin);
    const session = await draftSession();
    const id = String(session.id);
    const skip = await changeSessionStatus(null, { id, to: "held" });
    expect(skip.ok).toBe(false);
    expect(skip.fieldErrors?.to).toBe("لا يمكن الانتقال من «مسودة» إلى «منعقدة».");
    expect((await changeSessionStatus(null, { id, to: "convened" })).ok).toBe(true);
    expect((await changeSessionStatus(null, { id, to: "draft" })).ok).toBe(true);
    expect((await lastAudit("session.status"))?.changes).toEqual({ from: "convened", to: "draft" });
    await db.update(committeeSessions).set({ status: "held" }).where(eq(committeeSessions.id, session.id));
    const before = await auditCount();
    expect((await changeSessionStatus(null, { id, to: "convened" })).ok).toBe(false);
    expect(await auditCount()).toBe(before);
  });

  it("refuses members and officers", async () => {
    const session = await draftSession();
    for (const email of [demo.member, demo.officerSouss]) {
      await signInAs(email);
      const before = await auditCount();
      const state = await changeSessionStatus(null, { id: String(session.id), to: "convened" });
      expect(state).toMatchObject({ ok: false, message: FORBIDDEN });
      expect(await auditCount()).toBe(before);
    }
    const [row] = await db.select().from(committeeSessions).where(eq(committeeSessions.id, session.id));
    expect(row.status).toBe("draft");
  });
});

describe("deleteSession", () => {
  it("deletes a draft, and refuses a published session", async () => {
    await signInAs(demo.bureau);
    const session = await draftSession();
    await expect(deleteSession(null, { id: String(session.id) })).rejects.toThrow(/NEXT_REDIRECT \/sessions/);
    expect(await db.select().from(committeeSessions).where(eq(committeeSessions.id, session.id))).toHaveLength(0);
    expect((await lastAudit("session.delete"))?.entityId).toBe(String(session.id));
    const ninth = await sessionByOrdinal(9);
    const state = await expectRefused(() => deleteSession(null, { id: String(ninth.id) }), committeeSessions);
    expect(state.message).toBe("لا تُحذف إلا الدورة المسودة.");
  });
});

describe("sittings", () => {
  const sittingInput = (sessionId: number, overrides: Record<string, unknown> = {}) => ({
    sessionId: String(sessionId),
    kind: "plenary",
    title: "جلسة عامة",
    date: ninthDays.first,
    startTime: "17:00",
    endTime: "19:00",
    chairs: "",
    rapporteurId: "",
    ...overrides,
  });

  it("lets the bureau add a plenary sitting with a rapporteur", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const rapporteurId = await memberIdOf(demo.member);
    await expect(createSitting(null, sittingInput(ninth.id, { rapporteurId: String(rapporteurId), chairs: "رئاسة مشتركة" }))).rejects.toThrow(
      new RegExp(`NEXT_REDIRECT /sessions/${ninth.id}/sittings/\\d+/edit`),
    );
    const rows = await sittingsOf(ninth.id);
    const added = rows.find((s) => s.kind === "plenary")!;
    expect(added).toMatchObject({ title: "جلسة عامة", startTime: "17:00:00", endTime: "19:00:00", chairs: "رئاسة مشتركة", rapporteurId });
    expect((await lastAudit("sitting.create"))?.entityId).toBe(String(added.id));
  });

  it("refuses a sitting outside the session's dates, an end before its start, an empty title", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const outside = await expectRefused(() => createSitting(null, sittingInput(ninth.id, { date: ninthDays.after })), sittings);
    expect(outside.fieldErrors?.date).toBe(ninthDays.outsideMessage);
    const times = await expectRefused(() => createSitting(null, sittingInput(ninth.id, { startTime: "18:00", endTime: "17:00" })), sittings);
    expect(times.fieldErrors?.endTime).toBe("يجب أن تكون ساعة النهاية بعد ساعة البداية.");
    const empty = await expectRefused(() => createSitting(null, sittingInput(ninth.id, { title: "" })), sittings);
    expect(empty.fieldErrors?.title).toBe(REQUIRED);
    const badTime = await expectRefused(() => createSitting(null, sittingInput(ninth.id, { startTime: "25:00" })), sittings);
    expect(badTime.fieldErrors?.startTime).toBeDefined();
  });

  it("refuses the member and the officer", async () => {
    const ninth = await sessionByOrdinal(9);
    for (const email of [demo.member, demo.officerFes]) {
      await signInAs(email);
      const state = await expectRefused(() => createSitting(null, sittingInput(ninth.id)), sittings);
      expect(state.message).toBe(FORBIDDEN);
    }
  });

  it("updates and deletes a sitting", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const [opening] = await sittingsOf(ninth.id);
    const state = await updateSitting(null, { ...sittingInput(ninth.id, { kind: "opening", title: "الجلسة الافتتاحية", startTime: "09:30", endTime: "12:00" }), id: String(opening.id), version: String(opening.version) });
    expect(state.ok).toBe(true);
    const [row] = await db.select().from(sittings).where(eq(sittings.id, opening.id));
    expect(row).toMatchObject({ startTime: "09:30:00", kind: "opening" });
    await signInAs(demo.member);
    await expectRefused(() => deleteSitting(null, { id: String(opening.id) }), sittings);
    await signInAs(demo.bureau);
    await expect(deleteSitting(null, { id: String(opening.id) })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.select().from(sittings).where(eq(sittings.id, opening.id))).toHaveLength(0);
    expect((await lastAudit("sitting.delete"))?.entityId).toBe(String(opening.id));
  });
});

describe("saves from a stale version", () => {
  it("refuses a session saved from a replaced version, with the session as its form shows it", async () => {
    await signInAs(demo.bureau);
    const session = await draftSession();
    const fields = { id: String(session.id), ordinal: String(session.ordinal), title: session.title, startsOn: session.startsOn, endsOn: session.endsOn, venue: "المقر", city: "الرباط", description: "" };
    await expectSavedOver(committeeSessions, session.id, () => updateSession(null, { ...fields, version: "1", city: "فاس" }));
    const current = await expectStale(committeeSessions, session.id, () => updateSession(null, { ...fields, version: "1", venue: "قاعة أخرى" }));
    expect(current).toEqual({ ...fields, version: "2", city: "فاس" });
    await expectSavedOver(committeeSessions, session.id, () => updateSession(null, { ...fields, version: "2", venue: "قاعة أخرى" }));
    const [row] = await db.select().from(committeeSessions).where(eq(committeeSessions.id, session.id));
    expect(row).toMatchObject({ venue: "قاعة أخرى", city: "الرباط", version: 3 });
  });

  it("refuses a sitting saved from a replaced version, naming its rapporteur", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const [sitting] = await sittingsOf(ninth.id);
    const rapporteurId = await memberIdOf(demo.member);
    const fields = { id: String(sitting.id), kind: sitting.kind, title: sitting.title, date: sitting.date, startTime: "10:00", endTime: "", chairs: "", rapporteurId: "" };
    await expectSavedOver(sittings, sitting.id, () => updateSitting(null, { ...fields, version: String(sitting.version), rapporteurId: String(rapporteurId) }));
    const current = await expectStale(sittings, sitting.id, () => updateSitting(null, { ...fields, version: String(sitting.version), chairs: "الأمين العام" }));
    expect(current).toMatchObject({ ...fields, version: String(sitting.version + 1), rapporteurId: String(rapporteurId) });
    expect((current.$labels as Record<string, string>).rapporteurId).toBeTruthy();
    const saved = await updateSitting(null, { ...fields, version: String(sitting.version + 1), chairs: "الأمين العام" });
    // the form stays on the page: the answer names the version the next save starts from
    expect(saved).toMatchObject({ ok: true, result: { sessionId: ninth.id, version: sitting.version + 2 } });
  });
});
