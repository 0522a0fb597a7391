import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { evaluationReports, outboxEmails, reportReviews, users } from "@/db/schema";
import { ar } from "@/lib/i18n/ar";
import { lateReminderNotice } from "@/lib/notifications/messages";
import * as clock from "@/lib/clock";
import { notify } from "@/lib/notifications/notify";
import { demo, getCurrentUser, lastAudit, signInAs } from "@/tests/helpers";
import { acceptReport, returnReport, reviewReport } from "./review-actions";
import { reviewOf, timeline } from "./review-queries";
import { notificationsOf, OPEN_CAMPAIGN, reportOf, writeCounts } from "@/tests/fixtures/reviews";

const FORBIDDEN = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";

type State = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };
async function refused(run: () => Promise<State>) {
  const before = await writeCounts();
  const state = await run();
  expect(state.ok).toBe(false);
  expect(await writeCounts()).toEqual(before);
  return state;
}

/** Sefrou's report of the open campaign, made submitted: both Sefrou's officer and Fès-Meknès's answer for it. */
async function submittedSefrou() {
  const report = await reportOf(OPEN_CAMPAIGN, "Sefrou");
  const [row] = await db
    .update(evaluationReports)
    .set({ status: "submitted", version: 2, submittedAt: new Date(clock.now().getTime() - 2 * 86_400_000) })
    .where(eq(evaluationReports.id, report.id))
    .returning();
  return row;
}

describe("returnReport", () => {
  it("lets the Bureau return a submitted report with comments; the province's and the region's officers are notified once", async () => {
    const report = await submittedSefrou();
    const questionId = Object.keys(report.answers)[0];
    await signInAs(demo.bureau);
    const before = await writeCounts();
    const state = await returnReport(null, {
      reportId: String(report.id),
      version: "2",
      comment: "نرجو إتمام الأرقام.",
      [`questionComment.${questionId}`]: "هذا الرقم ناقص.",
    });
    expect(state).toMatchObject({ ok: true, message: "أُرجع التقرير إلى مسؤولي الهيئة مع ملاحظاتك." });
    const [after] = await db.select().from(evaluationReports).where(eq(evaluationReports.id, report.id));
    expect(after).toMatchObject({ status: "returned", version: 2 });
    const [review] = await db.select().from(reportReviews).where(eq(reportReviews.reportId, report.id));
    expect(review).toMatchObject({ version: 2, decision: "returned", comment: "نرجو إتمام الأرقام.", questionComments: { [questionId]: "هذا الرقم ناقص." } });
    const audit = await lastAudit("report.return");
    expect(audit?.entityId).toBe(String(report.id));
    expect(audit?.changes).toMatchObject({ version: 2, notified: 2 });

    for (const email of [demo.officerSefrou, demo.officerFes]) {
      const notices = await notificationsOf(email, "report.returned");
      const mine = notices.filter((n) => n.href === `/reports/${report.campaignId}/reports/${report.id}`);
      expect(mine).toHaveLength(1);
      expect(mine[0].title).toBe("أُعيد تقرير صفرو مع ملاحظات المكتب السياسي");
    }
    expect((await notificationsOf(demo.officerSouss, "report.returned")).length).toBe(0);
    expect(await writeCounts()).toEqual({ ...before, reviews: before.reviews + 1, notices: before.notices + 2, emails: before.emails + 2, audit: before.audit + 1 });
  });

  it("refuses a return without a general comment, in Arabic under the comment, writing nothing", async () => {
    const report = await reportOf(OPEN_CAMPAIGN, "Meknès");
    await signInAs(demo.bureau);
    const state = await refused(() => returnReport(null, { reportId: String(report.id), version: String(report.version), comment: "   " }));
    expect(state.fieldErrors?.comment).toBe("اكتب ملاحظة عامة تشرح سبب إرجاع التقرير.");
    // the form's one action dispatches on the button
    const form = new FormData();
    form.set("reportId", String(report.id));
    form.set("version", String(report.version));
    form.set("decision", "return");
    expect((await refused(() => reviewReport(null, form))).fieldErrors?.comment).toBe("اكتب ملاحظة عامة تشرح سبب إرجاع التقرير.");
  });

  it.each([
    ["officer.fes", demo.officerFes],
    ["member", demo.member],
  ])("refuses the %s, writing nothing", async (_name, email) => {
    const report = await reportOf(OPEN_CAMPAIGN, "Meknès");
    await signInAs(email);
    const input = { reportId: String(report.id), version: String(report.version), comment: "ملاحظة" };
    expect((await refused(() => returnReport(null, input))).message).toBe(FORBIDDEN);
    expect((await refused(() => acceptReport(null, input))).message).toBe(FORBIDDEN);
  });

  it("refuses a comment on a question of another campaign", async () => {
    const report = await reportOf(OPEN_CAMPAIGN, "Meknès");
    await signInAs(demo.bureau);
    const state = await refused(() => returnReport(null, { reportId: String(report.id), version: String(report.version), comment: "ملاحظة", "questionComment.999999": "؟" }));
    expect(state.fieldErrors?.["questionComment.999999"]).toBe("هذا السؤال لا ينتمي إلى أسئلة الحملة.");
  });
});

describe("acceptReport", () => {
  it("accepts a submitted report, audited, and tells the region's officer, in the officer's language", async () => {
    const report = await reportOf(OPEN_CAMPAIGN, "Fès");
    expect(report.status).toBe("submitted");
    await db.update(users).set({ locale: "fr" }).where(eq(users.email, demo.officerFes));
    await signInAs(demo.bureau);
    const state = await acceptReport(null, { reportId: String(report.id), version: String(report.version) });
    expect(state.ok).toBe(true);
    const [after] = await db.select().from(evaluationReports).where(eq(evaluationReports.id, report.id));
    expect(after.status).toBe("accepted");
    expect(after.acceptedAt).toBeInstanceOf(Date);
    expect((await lastAudit("report.accept"))?.entityId).toBe(String(report.id));
    const notices = (await notificationsOf(demo.officerFes, "report.accepted")).filter((n) => n.dedupeKey === `report.accepted:${report.id}:${report.version}`);
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toBe("Le Bureau politique a accepté le rapport de Fès");
    const [email] = await db.select().from(outboxEmails).where(eq(outboxEmails.subject, notices[0].title));
    expect(email?.to).toBe(demo.officerFes);
    // Fès is not Sefrou: the province officer of Sefrou hears nothing of it
    expect((await notificationsOf(demo.officerSefrou, "report.accepted")).length).toBe(0);
  });

  it("reviews only submitted reports: a draft, a returned or an accepted one is refused", async () => {
    await signInAs(demo.bureau);
    const notSubmitted = "لا يمكن مراجعة هذا التقرير: لم يُرسَل بعد أو سبقت مراجعته.";
    for (const name of ["Sefrou", "Taza", "Ifrane", "El Hajeb"]) {
      const report = await reportOf(OPEN_CAMPAIGN, name);
      if (name === "Sefrou") await db.update(evaluationReports).set({ status: "draft", version: 1 }).where(eq(evaluationReports.id, report.id));
      const current = await reportOf(OPEN_CAMPAIGN, name);
      expect(current.status).not.toBe("submitted");
      const state = await refused(() => acceptReport(null, { reportId: String(current.id), version: String(current.version) }));
      expect(state.message).toBe(notSubmitted);
    }
  });

  it("refuses a decision on an older version than the one submitted, and a report that does not exist", async () => {
    const report = await reportOf(OPEN_CAMPAIGN, "Meknès");
    await signInAs(demo.bureau);
    const stale = await refused(() => acceptReport(null, { reportId: String(report.id), version: String(report.version - 1) }));
    expect(stale.message).toBe("أُرسلت نسخة أحدث من التقرير بعد أن فتحته. أعد تحميل الصفحة واقرأها قبل القرار.");
    expect((await refused(() => acceptReport(null, { reportId: "99999999", version: "1" }))).message).toBe("العنصر المطلوب غير موجود أو حُذف.");
  });
});

describe("notifications", () => {
  it("are created once per user and dedupe key", async () => {
    await signInAs(demo.bureau);
    const report = await reportOf(OPEN_CAMPAIGN, "Taza");
    const notice = lateReminderNotice(ar, "ar", {
      campaignId: report.campaignId,
      campaignTitle: OPEN_CAMPAIGN,
      deadline: "2026-12-05",
      reportId: report.id,
      body: { provinceNameAr: "تازة", provinceNameFr: "Taza", regionNameAr: "فاس مكناس", regionNameFr: "Fès-Meknès" },
      bodyKey: `${report.regionId}-${report.provinceId}`,
      today: "2026-12-07",
    });
    const officer = (await signInAs(demo.officerFes))!.id;
    expect(await db.transaction((tx) => notify(tx, [officer, officer], notice))).toBe(1);
    expect(await db.transaction((tx) => notify(tx, [officer], notice))).toBe(0);
    expect((await notificationsOf(demo.officerFes, "campaign.reminder")).filter((n) => n.dedupeKey === notice.dedupeKey)).toHaveLength(1);
  });
});

describe("reviewOf (the history)", () => {
  it("shows versions and decisions to the Bureau and to the officers in scope, nothing to others", async () => {
    const report = await reportOf(OPEN_CAMPAIGN, "Taza");
    await signInAs(demo.officerFes);
    const data = await reviewOf((await getCurrentUser())!, report.id);
    expect(data?.report.id).toBe(report.id);
    expect(data?.submissions.map((s) => s.version)).toEqual([2]);
    expect(data?.drafts).toBe(1);
    expect(data?.reviews).toMatchObject([{ version: 2, decision: "returned" }]);
    expect(timeline(data!).map((e) => e.kind)).toEqual(["review", "submission"]);

    for (const email of [demo.officerSouss, demo.officerSefrou, demo.member]) {
      await signInAs(email);
      expect(await reviewOf((await getCurrentUser())!, report.id)).toBeNull();
    }
    const reviews = await db.select().from(reportReviews).where(and(eq(reportReviews.reportId, report.id)));
    expect(reviews).toHaveLength(1);
  });
});
