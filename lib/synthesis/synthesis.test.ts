import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { evaluationReports, synthesisReports, synthesisVersions } from "@/db/schema";
import { campaignByTitle, ELECTIONS_2016, OPEN_CAMPAIGN } from "@/tests/fixtures/reviews";
import { auditCount, demo, getCurrentUser, lastAudit, signInAs } from "@/tests/helpers";
import { finalizeSynthesis, saveSynthesis } from "./actions";
import { campaignQuestionsOf, countedStatuses, narrativeAnswers, synthesisFigures, synthesisPage } from "./queries";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

const FORBIDDEN = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";

describe("synthesisFigures", () => {
  it("sums each numeric question by region and nationally: totals equal the sum of the submitted and accepted reports", async () => {
    const campaign = await campaignByTitle(ELECTIONS_2016);
    const questions = await campaignQuestionsOf(campaign.id);
    // an answer given as text still counts as a number; a draft never counts
    const [one] = await db
      .select()
      .from(evaluationReports)
      .where(and(eq(evaluationReports.campaignId, campaign.id), eq(evaluationReports.status, "accepted")))
      .limit(1);
    await db.update(evaluationReports).set({ answers: { ...one.answers, [questions[0].id]: " 4 " } }).where(eq(evaluationReports.id, one.id));

    const figures = await synthesisFigures(campaign, questions);
    const sources = await db
      .select()
      .from(evaluationReports)
      .where(and(eq(evaluationReports.campaignId, campaign.id), inArray(evaluationReports.status, countedStatuses)));
    expect(figures.national.reports).toBe(sources.length);
    expect(figures.questions.map((q) => q.label)).toEqual([
      "عدد المرشحين",
      "عدد الأصوات المحصل عليها",
      "عدد المقاعد المتبارى عليها",
      "عدد المقاعد المحصل عليها",
      "نسبة المشاركة (%)",
      "الحضور في اجتماع التقييم",
    ]);
    for (const q of figures.questions) {
      const expected = sources.reduce((sum, r) => sum + Number(r.answers[String(q.id)] ?? 0), 0);
      expect(figures.national.figures[q.id].sum).toBe(expected);
      expect(figures.regions.reduce((sum, r) => sum + r.figures[q.id].sum, 0)).toBe(expected);
      for (const region of figures.regions) {
        const own = sources.filter((r) => r.regionId === region.regionId);
        expect(region.reports).toBe(own.length);
        expect(region.figures[q.id].sum).toBe(own.reduce((sum, r) => sum + Number(r.answers[String(q.id)] ?? 0), 0));
      }
    }
    const seatsWon = figures.questions[3];
    const fesMeknes = figures.regions.find((r) => r.nameFr === "Fès-Meknès")!;
    expect(fesMeknes.figures[seatsWon.id].sum).toBeGreaterThanOrEqual(1); // Sefrou: one seat of three
  });

  it("gathers the narrative answers by region, each with its source report", async () => {
    const campaign = await campaignByTitle(ELECTIONS_2016);
    const questions = await campaignQuestionsOf(campaign.id);
    const narrative = await narrativeAnswers(campaign, questions);
    const proposals = questions.find((q) => q.label === "المقترحات")!;
    const groups = narrative.get(proposals.id)!;
    const counted = await db
      .select({ id: evaluationReports.id })
      .from(evaluationReports)
      .where(and(eq(evaluationReports.campaignId, campaign.id), inArray(evaluationReports.status, countedStatuses)));
    expect(groups.flatMap((g) => g.answers.map((a) => a.reportId)).sort()).toEqual(counted.map((r) => r.id).sort());
    expect(new Set(groups.map((g) => g.regionId)).size).toBe(groups.length);
  });

  it("is the Bureau's: an officer gets the 403 page, whatever region", async () => {
    const campaign = await campaignByTitle(ELECTIONS_2016);
    for (const email of [demo.officerFes, demo.officerSefrou, demo.member]) {
      await expect(synthesisPage(await viewer(email), campaign.id)).rejects.toThrow(/403/);
    }
    const page = await synthesisPage(await viewer(demo.bureau), campaign.id);
    expect(page.synthesis?.version).toBe(2);
    expect(page.versions.map((v) => v.version)).toEqual([2, 1]);
  });
});

describe("saveSynthesis and finalizeSynthesis", () => {
  it("saves each save as a new version, then finalizing makes it read only", async () => {
    const campaign = await campaignByTitle(OPEN_CAMPAIGN);
    const questions = await campaignQuestionsOf(campaign.id);
    await signInAs(demo.bureau);
    const first = await saveSynthesis(null, { campaignId: String(campaign.id), version: "0", "section.introduction": "تقديم أول", [`section.${questions[3].id}`]: "خلاصة الأنشطة", "section.conclusion": "  " });
    expect(first).toMatchObject({ ok: true, result: 1 });
    const second = await saveSynthesis(null, { campaignId: String(campaign.id), version: "1", "section.introduction": "تقديم ثان" });
    expect(second).toMatchObject({ ok: true, result: 2 });
    const [synthesis] = await db.select().from(synthesisReports).where(eq(synthesisReports.campaignId, campaign.id));
    expect(synthesis).toMatchObject({ version: 2, status: "draft", sections: { introduction: "تقديم ثان" } });
    const versions = await db.select().from(synthesisVersions).where(eq(synthesisVersions.synthesisId, synthesis.id));
    expect(versions.map((v) => [v.version, v.sections])).toEqual([
      [1, { introduction: "تقديم أول", [String(questions[3].id)]: "خلاصة الأنشطة" }],
      [2, { introduction: "تقديم ثان" }],
    ]);
    expect((await lastAudit("synthesis.save"))?.changes).toMatchObject({ version: 2 });

    // a save from an older version is refused
    const audits = await auditCount();
    const stale = await saveSynthesis(null, { campaignId: String(campaign.id), version: "1", "section.introduction": "نص قديم" });
    expect(stale.message).toBe("حفظ عضو آخر نسخة أحدث بعد أن فتحت الصفحة. أعد تحميلها قبل الحفظ.");
    const unknown = await saveSynthesis(null, { campaignId: String(campaign.id), version: "2", "section.999999": "؟" });
    expect(unknown.fieldErrors?.["sections.999999"]).toBe("هذا القسم لا ينتمي إلى التقرير التركيبي.");
    expect(await auditCount()).toBe(audits);

    expect((await finalizeSynthesis(null, { campaignId: String(campaign.id), version: "2" })).ok).toBe(true);
    expect((await lastAudit("synthesis.finalize"))?.entityId).toBe(String(synthesis.id));
    const after = await auditCount();
    const readOnly = await saveSynthesis(null, { campaignId: String(campaign.id), version: "2", "section.introduction": "تعديل بعد الاعتماد" });
    expect(readOnly).toMatchObject({ ok: false, message: "التقرير التركيبي نهائي: لا يمكن تعديله." });
    expect((await finalizeSynthesis(null, { campaignId: String(campaign.id), version: "2" })).message).toBe("التقرير التركيبي نهائي: لا يمكن تعديله.");
    expect(await auditCount()).toBe(after);
    const [final] = await db.select().from(synthesisReports).where(eq(synthesisReports.campaignId, campaign.id));
    expect(final).toMatchObject({ status: "final", version: 2, sections: { introduction: "تقديم ثان" } });
    expect(final.finalizedAt).toBeInstanceOf(Date);
  });

  it("refuses officers and members, and too long a text under its section", async () => {
    const campaign = await campaignByTitle(ELECTIONS_2016);
    for (const email of [demo.officerFes, demo.member]) {
      await signInAs(email);
      const audits = await auditCount();
      expect((await saveSynthesis(null, { campaignId: String(campaign.id), version: "2", "section.introduction": "نص" })).message).toBe(FORBIDDEN);
      expect((await finalizeSynthesis(null, { campaignId: String(campaign.id), version: "2" })).message).toBe(FORBIDDEN);
      expect(await auditCount()).toBe(audits);
    }
    await signInAs(demo.bureau);
    const long = await saveSynthesis(null, { campaignId: String(campaign.id), version: "2", "section.figures": "ن".repeat(20_001) });
    expect(long.fieldErrors?.["sections.figures"]).toBe("النص طويل جدًا (على الأكثر 20.000 حرف).");
    const [kept] = await db.select().from(synthesisReports).where(eq(synthesisReports.campaignId, campaign.id));
    expect(kept.version).toBe(2);
  });

  it("refuses to finalize a synthesis never saved", async () => {
    await signInAs(demo.bureau);
    const campaign = await campaignByTitle(OPEN_CAMPAIGN);
    await db.delete(synthesisReports).where(eq(synthesisReports.campaignId, campaign.id));
    const state = await finalizeSynthesis(null, { campaignId: String(campaign.id), version: "0" });
    expect(state.message).toBe("احفظ نص التقرير التركيبي أولًا قبل اعتماده.");
  });
});
