import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { committeeSessions, recommendations, sittingAttendance, workshops } from "@/db/schema";
import { expectSavedOver, expectStale } from "@/tests/concurrency";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { addRecommendation, deleteRecommendation, moveRecommendation, recordAttendance, saveSessionOutcomes, updateRecommendation } from "./outcome-actions";
import { committeeMembers, expectRefused, FORBIDDEN, memberIdOf, NOT_FOUND, ordinaryMember, REQUIRED, sessionByOrdinal, sittingsOf, workshopsOf } from "@/tests/fixtures/sessions";

async function recommendationsOf(workshopId: number) {
  return db.select().from(recommendations).where(eq(recommendations.workshopId, workshopId)).orderBy(asc(recommendations.position), asc(recommendations.id));
}

/** Workshop 1 of the 9th session, with the demo member made its rapporteur. */
async function workshopWithMemberAsRapporteur() {
  const [first, second] = await workshopsOf((await sessionByOrdinal(9)).id);
  await db
    .update(workshops)
    .set({ rapporteurId: await memberIdOf(demo.member) })
    .where(eq(workshops.id, first.id));
  return { mine: first, other: second };
}

describe("recommendations", () => {
  it("lets the workshop's rapporteur add, edit, reorder and delete recommendations", async () => {
    const { mine } = await workshopWithMemberAsRapporteur();
    await signInAs(demo.member);
    for (const text of ["توصية أولى", "توصية ثانية"]) {
      const state = await addRecommendation(null, { workshopId: String(mine.id), text });
      expect(state).toMatchObject({ ok: true, message: "أُضيفت التوصية." });
    }
    let rows = await recommendationsOf(mine.id);
    expect(rows.map((r) => r.text)).toEqual(["توصية أولى", "توصية ثانية"]);
    expect((await lastAudit("recommendation.add"))?.entityId).toBe(String(rows[1].id));

    expect((await moveRecommendation(null, { id: String(rows[1].id), direction: "up" })).ok).toBe(true);
    expect((await recommendationsOf(mine.id)).map((r) => r.text)).toEqual(["توصية ثانية", "توصية أولى"]);
    expect((await updateRecommendation(null, { id: String(rows[0].id), text: "توصية أولى معدلة" })).ok).toBe(true);
    expect((await deleteRecommendation(null, { id: String(rows[1].id) })).ok).toBe(true);
    rows = await recommendationsOf(mine.id);
    expect(rows.map((r) => r.text)).toEqual(["توصية أولى معدلة"]);
    expect((await lastAudit("recommendation.delete"))?.changes).toEqual({ text: "توصية ثانية" });
  });

  it("refuses a member who is not the workshop's rapporteur, and an officer", async () => {
    const { other } = await workshopWithMemberAsRapporteur();
    for (const email of [demo.member, demo.officerFes]) {
      await signInAs(email);
      const state = await expectRefused(() => addRecommendation(null, { workshopId: String(other.id), text: "توصية" }), recommendations);
      expect(state.message).toBe("يسجل التوصيات مقرر الورشة أو المكتب السياسي فقط.");
    }
    const [eighthWorkshop] = await workshopsOf((await sessionByOrdinal(8)).id);
    const [existing] = await recommendationsOf(eighthWorkshop.id);
    await signInAs(demo.member);
    await expectRefused(() => deleteRecommendation(null, { id: String(existing.id) }), recommendations);
    await expectRefused(() => updateRecommendation(null, { id: String(existing.id), text: "تعديل" }), recommendations);
    const [row] = await db.select().from(recommendations).where(eq(recommendations.id, existing.id));
    expect(row.text).toBe(existing.text);
  });

  it("lets the bureau record any workshop's recommendations, and refuses an empty text", async () => {
    await signInAs(demo.bureau);
    const [, , third] = await workshopsOf((await sessionByOrdinal(9)).id);
    expect((await addRecommendation(null, { workshopId: String(third.id), text: "توصية المكتب" })).ok).toBe(true);
    const empty = await expectRefused(() => addRecommendation(null, { workshopId: String(third.id), text: "   " }), recommendations);
    expect(empty.fieldErrors?.text).toBe(REQUIRED);
  });

  it("hides a draft session's workshop from its rapporteur", async () => {
    const { mine } = await workshopWithMemberAsRapporteur();
    const ninth = await sessionByOrdinal(9);
    await db.update(committeeSessions).set({ status: "draft" }).where(eq(committeeSessions.id, ninth.id));
    await signInAs(demo.member);
    const state = await expectRefused(() => addRecommendation(null, { workshopId: String(mine.id), text: "توصية" }), recommendations);
    expect(state.message).toBe(NOT_FOUND);
    await db.update(committeeSessions).set({ status: "convened" }).where(eq(committeeSessions.id, ninth.id));
  });
});

describe("saveSessionOutcomes", () => {
  it("lets the bureau write the final statement and the minutes", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const state = await saveSessionOutcomes(null, { id: String(ninth.id), version: String(ninth.version), finalStatement: "البيان الختامي\nفقرة ثانية", minutes: "" });
    expect(state).toMatchObject({ ok: true, message: "حُفظت المخرجات." });
    const row = await sessionByOrdinal(9);
    expect(row).toMatchObject({ finalStatement: "البيان الختامي\nفقرة ثانية", minutes: null });
    expect((await lastAudit("session.outcomes"))?.changes).toMatchObject({ finalStatement: { from: null, to: "البيان الختامي\nفقرة ثانية" } });
  });

  it.each([demo.member, demo.officerFes])("refuses %s", async (email) => {
    await signInAs(email);
    const eighth = await sessionByOrdinal(8);
    const state = await expectRefused(() => saveSessionOutcomes(null, { id: String(eighth.id), version: String(eighth.version), finalStatement: "x", minutes: "y" }), committeeSessions);
    expect(state.message).toBe(FORBIDDEN);
    expect((await sessionByOrdinal(8)).finalStatement).toBe(eighth.finalStatement);
  });
});

describe("recordAttendance", () => {
  it("upserts one page of statuses in one action, audited with the counts", async () => {
    await signInAs(demo.bureau);
    const [opening] = await sittingsOf((await sessionByOrdinal(9)).id);
    const [a, b, c] = await committeeMembers();
    const state = await recordAttendance(null, { sittingId: String(opening.id), [`att_${a}`]: "present", [`att_${b}`]: "excused", [`att_${c}`]: "absent" });
    expect(state).toMatchObject({ ok: true, message: "حُفظ الحضور." });
    const statusOf = async (memberId: number) =>
      (await db.select().from(sittingAttendance).where(and(eq(sittingAttendance.sittingId, opening.id), eq(sittingAttendance.memberId, memberId))))[0]?.status;
    expect([await statusOf(a), await statusOf(b), await statusOf(c)]).toEqual(["present", "excused", "absent"]);
    expect((await lastAudit("attendance.record"))?.changes).toMatchObject({ counts: { present: 1, excused: 1, absent: 1 } });

    expect((await recordAttendance(null, { sittingId: String(opening.id), entries: [{ memberId: b, status: "present" }] })).ok).toBe(true);
    expect(await statusOf(b)).toBe("present");
  });

  it("refuses a member outside the Central Committee, a bad status, and non-Bureau roles", async () => {
    const [opening] = await sittingsOf((await sessionByOrdinal(9)).id);
    const [a] = await committeeMembers();
    await signInAs(demo.bureau);
    const outsider = await ordinaryMember(2);
    const notCc = await expectRefused(() => recordAttendance(null, { sittingId: String(opening.id), [`att_${a}`]: "present", [`att_${outsider}`]: "present" }), sittingAttendance);
    expect(notCc.message).toBe("لا تُسجَّل الحضور إلا لأعضاء اللجنة المركزية.");
    await expectRefused(() => recordAttendance(null, { sittingId: String(opening.id), [`att_${a}`]: "late" }), sittingAttendance);
    for (const email of [demo.member, demo.officerSefrou]) {
      await signInAs(email);
      const state = await expectRefused(() => recordAttendance(null, { sittingId: String(opening.id), [`att_${a}`]: "present" }), sittingAttendance);
      expect(state.message).toBe(FORBIDDEN);
    }
  });
});

describe("saveSessionOutcomes from a stale version", () => {
  it("refuses minutes saved over someone else's, with their texts; passes from their version", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const id = String(ninth.id);
    await expectSavedOver(committeeSessions, ninth.id, () => saveSessionOutcomes(null, { id, version: String(ninth.version), finalStatement: "", minutes: "محضر الأول" }));
    const current = await expectStale(committeeSessions, ninth.id, () => saveSessionOutcomes(null, { id, version: String(ninth.version), finalStatement: "", minutes: "محضر الثاني" }));
    expect(current).toEqual({ id, version: String(ninth.version + 1), finalStatement: "", minutes: "محضر الأول" });
    await expectSavedOver(committeeSessions, ninth.id, () => saveSessionOutcomes(null, { id, version: String(ninth.version + 1), finalStatement: "", minutes: "محضر الثاني" }));
  });
});
