import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { evaluationReports, reportRevisions } from "@/db/schema";
import { auditCount, demo, lastAudit, setClock, signInAs } from "@/tests/helpers";
import { saveReportDraft, submitReport } from "./filing-actions";
import { getReport } from "./queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { expectRefused, FORBIDDEN, fullAnswers, openCampaignWithReports, reportById, reportOf } from "@/tests/fixtures/reports";

const CONFLICT = "حفظ شخص آخر هذا التقرير بعد أن فتحته، فلم يُحفظ نصك على الخادم. نصك باقٍ أمامك: قارنه بنسختهم ثم اختر.";

function save(reportId: number, baseVersion: number, answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { reportId: String(reportId), baseVersion: String(baseVersion), meetingHeldOn: "2016-12-28", attendance: "23", answers, ...extra };
}

const revisionsOf = async (reportId: number) => db.select().from(reportRevisions).where(eq(reportRevisions.reportId, reportId));

describe("saveReportDraft", () => {
  it("saves an officer's draft in scope, even with required answers empty: a new version, a revision and an audit row", async () => {
    const { campaign, questions } = await openCampaignWithReports();
    const report = await reportOf(campaign.id, "Fès");
    await signInAs(demo.officerFes);
    const state = await saveReportDraft(null, save(report.id, 0, { [questions[2].id]: "بداية النص" }, { attendance: "", meetingHeldOn: "" }));
    expect(state).toMatchObject({ ok: true, result: { version: 1, campaignId: campaign.id } });
    const saved = await reportById(report.id);
    expect(saved).toMatchObject({ status: "draft", version: 1, attendance: null, meetingHeldOn: null });
    expect(saved.answers).toEqual({ [questions[0].id]: null, [questions[1].id]: null, [questions[2].id]: "بداية النص", [questions[3].id]: null });
    expect(await revisionsOf(report.id)).toMatchObject([{ version: 1, kind: "draft", answers: saved.answers }]);
    expect((await lastAudit("report.save"))?.entityId).toBe(String(report.id));
  });

  it("takes the editor's JSON, where empty fields come as null", async () => {
    const { campaign, questions } = await openCampaignWithReports();
    const report = await reportOf(campaign.id, "Moulay Yacoub");
    await signInAs(demo.officerFes);
    const state = await saveReportDraft(null, { reportId: report.id, baseVersion: 0, meetingHeldOn: null, attendance: null, answers: { [questions[0].id]: 4 } });
    expect(state.ok).toBe(true);
    expect(await reportById(report.id)).toMatchObject({ meetingHeldOn: null, attendance: null, version: 1 });
  });

  it("drops answers to questions the campaign does not have", async () => {
    const { campaign, questions } = await openCampaignWithReports();
    const report = await reportOf(campaign.id, "Meknès");
    await signInAs(demo.officerFes);
    expect((await saveReportDraft(null, save(report.id, 0, { ...fullAnswers(questions), 999999: "مدسوس" }))).ok).toBe(true);
    expect(Object.keys((await reportById(report.id)).answers)).not.toContain("999999");
  });

  it("refuses a report outside the officer's scope, writing nothing (forged report id)", async () => {
    const { campaign, questions } = await openCampaignWithReports();
    const agadir = await reportOf(campaign.id, "Agadir Ida-Outanane", "Souss-Massa");
    const fes = await reportOf(campaign.id, "Fès");
    const regional = await reportOf(campaign.id, null);
    const cases: [string, number][] = [
      [demo.officerFes, agadir.id],
      [demo.officerSouss, fes.id],
      [demo.officerSefrou, fes.id],
      [demo.officerSefrou, regional.id],
    ];
    for (const [email, reportId] of cases) {
      await signInAs(email);
      const state = await expectRefused(() => saveReportDraft(null, save(reportId, 0, fullAnswers(questions))), reportRevisions);
      expect(state.message).toBe(FORBIDDEN);
      expect((await reportById(reportId)).version).toBe(0);
      const submitted = await expectRefused(() => submitReport(null, save(reportId, 0, fullAnswers(questions))), reportRevisions);
      expect(submitted.message).toBe(FORBIDDEN);
    }
    await signInAs(demo.member);
    expect((await saveReportDraft(null, save(fes.id, 0, fullAnswers(questions)))).message).toBe(FORBIDDEN);
  });

  it("lets the province's officer file their own province, and the bureau file any report", async () => {
    const { campaign, questions } = await openCampaignWithReports();
    await signInAs(demo.officerSefrou);
    expect((await saveReportDraft(null, save((await reportOf(campaign.id, "Sefrou")).id, 0, fullAnswers(questions)))).ok).toBe(true);
    await signInAs(demo.bureau);
    expect((await saveReportDraft(null, save((await reportOf(campaign.id, "Agadir Ida-Outanane", "Souss-Massa")).id, 0, fullAnswers(questions)))).ok).toBe(true);
  });

  it("refuses the second of two saves made from the same version, writing nothing", async () => {
    const { campaign, questions } = await openCampaignWithReports();
    const report = await reportOf(campaign.id, "Taza");
    await signInAs(demo.officerFes);
    expect((await saveReportDraft(null, save(report.id, 0, fullAnswers(questions, "نص المحرر الأول")))).ok).toBe(true);
    await signInAs(demo.bureau);
    const state = await expectRefused(() => saveReportDraft(null, save(report.id, 0, fullAnswers(questions, "نص المحرر الثاني"))), reportRevisions, evaluationReports);
    expect(state.fieldErrors?.version).toBe(CONFLICT);
    const kept = await reportById(report.id);
    expect(kept.version).toBe(1);
    expect(kept.answers[String(questions[2].id)]).toBe("نص المحرر الأول");
    // "keep mine": the same text saved deliberately against the version now on the server
    expect((await saveReportDraft(null, save(report.id, 1, fullAnswers(questions, "نص المحرر الثاني")))).ok).toBe(true);
    expect((await reportById(report.id)).answers[String(questions[2].id)]).toBe("نص المحرر الثاني");
  });

  it("refuses a save once the campaign is closed", async () => {
    const { campaign, questions } = await openCampaignWithReports({ status: "closed" });
    const report = await reportOf(campaign.id, "Fès");
    await signInAs(demo.officerFes);
    const state = await expectRefused(() => saveReportDraft(null, save(report.id, 0, fullAnswers(questions))), reportRevisions);
    expect(state.message).toBe("الحملة ليست مفتوحة: لا يُقبل حفظ التقرير ولا إرساله.");
  });
});

describe("submitReport", () => {
  it("refuses a submission with a required answer missing, under that answer, writing nothing", async () => {
    const { campaign, questions } = await openCampaignWithReports();
    const report = await reportOf(campaign.id, "Ifrane");
    await signInAs(demo.officerFes);
    const answers = { ...fullAnswers(questions), [questions[2].id]: "   " };
    const state = await expectRefused(() => submitReport(null, save(report.id, 0, answers)), reportRevisions);
    expect(state.fieldErrors?.[`q${questions[2].id}`]).toBe("هذا الحقل مطلوب.");
    const noMeeting = await expectRefused(() => submitReport(null, save(report.id, 0, fullAnswers(questions), { meetingHeldOn: "" })), reportRevisions);
    expect(noMeeting.fieldErrors?.meetingHeldOn).toBe("هذا الحقل مطلوب.");
    const negative = await expectRefused(() => submitReport(null, save(report.id, 0, { ...fullAnswers(questions), [questions[0].id]: -2 })), reportRevisions);
    expect(negative.fieldErrors?.[`q${questions[0].id}`]).toBe("القيمة أصغر من المسموح (0).");
  });

  it("submits a complete report: submitted, a submitted revision, audited; then it cannot be changed", async () => {
    const { campaign, questions } = await openCampaignWithReports();
    const report = await reportOf(campaign.id, "Boulemane");
    await signInAs(demo.officerFes);
    expect((await saveReportDraft(null, save(report.id, 0, fullAnswers(questions)))).ok).toBe(true);
    const state = await submitReport(null, save(report.id, 1, fullAnswers(questions)));
    expect(state).toMatchObject({ ok: true, result: { version: 2 } });
    const submitted = await reportById(report.id);
    expect(submitted).toMatchObject({ status: "submitted", version: 2, attendance: 23, meetingHeldOn: "2016-12-28" });
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    expect((await revisionsOf(report.id)).map((r) => r.kind)).toEqual(["draft", "submitted"]);
    expect((await lastAudit("report.submit"))?.entityId).toBe(String(report.id));

    const locked = "هذا التقرير مُرسَل أو مقبول: لا يمكن تعديله إلا إذا أعاده المكتب السياسي.";
    expect((await expectRefused(() => saveReportDraft(null, save(report.id, 2, fullAnswers(questions, "تغيير"))), reportRevisions)).message).toBe(locked);
    expect((await expectRefused(() => submitReport(null, save(report.id, 2, fullAnswers(questions, "تغيير"))), reportRevisions)).message).toBe(locked);
    await signInAs(demo.bureau);
    expect((await saveReportDraft(null, save(report.id, 2, fullAnswers(questions, "تغيير")))).message).toBe(locked);
  });

  it("lets a returned report be changed and sent again, keeping its status until then", async () => {
    const { campaign, questions } = await openCampaignWithReports();
    const report = await reportOf(campaign.id, "Taounate");
    await db.update(evaluationReports).set({ status: "returned", version: 4 }).where(eq(evaluationReports.id, report.id));
    await signInAs(demo.officerFes);
    expect((await saveReportDraft(null, save(report.id, 4, fullAnswers(questions)))).ok).toBe(true);
    expect((await reportById(report.id)).status).toBe("returned");
    expect((await submitReport(null, save(report.id, 5, fullAnswers(questions)))).ok).toBe(true);
    expect((await reportById(report.id)).status).toBe("submitted");
  });

  it("counts lateness in Africa/Casablanca: 23:30 on the deadline day is on time, 00:30 the next day is late by 1", async () => {
    const { campaign, questions } = await openCampaignWithReports({ deadline: "2027-01-07" });
    const onTime = await reportOf(campaign.id, "El Hajeb");
    const late = await reportOf(campaign.id, "Ifrane");
    await signInAs(demo.officerFes);
    // Morocco is UTC+1 in January: 23:30 local is 22:30Z; 00:30 local on the 8th is 23:30Z on the 7th
    setClock("2027-01-07T22:30:00Z");
    const first = await submitReport(null, save(onTime.id, 0, fullAnswers(questions)));
    expect(first.result).toMatchObject({ daysLate: 0 });
    setClock("2027-01-07T23:30:00Z");
    const second = await submitReport(null, save(late.id, 0, fullAnswers(questions)));
    expect(second.result).toMatchObject({ daysLate: 1 });
    expect((await lastAudit("report.submit"))?.changes).toMatchObject({ daysLate: 1 });
    expect((await reportById(late.id)).submittedAt?.toISOString()).toBe("2027-01-07T23:30:00.000Z");
  });
});

describe("getReport", () => {
  it("returns a report to an officer in scope, and null outside it", async () => {
    const { campaign } = await openCampaignWithReports();
    const fes = await reportOf(campaign.id, "Fès");
    const sefrou = await reportOf(campaign.id, "Sefrou");
    await signInAs(demo.officerFes);
    expect((await getReport((await getCurrentUser())!, fes.id))?.report.id).toBe(fes.id);
    await signInAs(demo.officerSouss);
    expect(await getReport((await getCurrentUser())!, fes.id)).toBeNull();
    await signInAs(demo.officerSefrou);
    const sefrouViewer = (await getCurrentUser())!;
    expect(await getReport(sefrouViewer, fes.id)).toBeNull();
    expect((await getReport(sefrouViewer, sefrou.id))?.questions).toHaveLength(4);
    await signInAs(demo.member);
    expect(await getReport((await getCurrentUser())!, sefrou.id)).toBeNull();
    const before = await auditCount();
    expect(await db.select().from(reportRevisions).where(and(eq(reportRevisions.reportId, fes.id)))).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });
});
