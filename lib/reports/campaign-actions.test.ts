import { and, asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { campaignQuestions, campaignTerritories, evaluationCampaigns, evaluationReports, notifications, provinces, regions } from "@/db/schema";
import { auditCount, demo, lastAudit, signInAs, today } from "@/tests/helpers";
import { addQuestion, copyQuestions, deleteQuestion, moveQuestion, updateQuestion } from "./campaign-question-actions";
import { closeCampaign, createCampaign, openCampaign, updateCampaign } from "./campaign-actions";
import { draftCampaign, expectRefused, FORBIDDEN, provincesIn, regionId, rowCount, userId } from "@/tests/fixtures/reports";

function campaignInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "تقييم انتخابات مجلس النواب",
    purpose: "تقييم نتائج اقتراع 7 أكتوبر 2016",
    level: "provincial",
    allTerritories: "on",
    // ahead of the app's clock, whatever day the suite runs on
    opensOn: today(18),
    deadline: today(36),
    synthesisMeeting: "اجتماع خاص للمكتب السياسي",
    synthesisMeetingOn: today(40),
    ...overrides,
  };
}

async function campaignByTitle(title: string) {
  const [row] = await db.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.title, title)).orderBy(asc(evaluationCampaigns.id));
  return row;
}

const reportsOf = (campaignId: number) => rowCount(evaluationReports, eq(evaluationReports.campaignId, campaignId));

describe("createCampaign", () => {
  it("lets the bureau create a draft campaign over chosen regions, audited, and goes to its editor", async () => {
    await signInAs(demo.bureau);
    const fes = await regionId("Fès-Meknès");
    const input = campaignInput({ title: "حملة جهة فاس مكناس", allTerritories: undefined, regionIds: [String(fes)] });
    await expect(createCampaign(null, input)).rejects.toThrow(/NEXT_REDIRECT \/reports\/campaigns\/\d+/);
    const row = await campaignByTitle("حملة جهة فاس مكناس");
    expect(row).toMatchObject({ status: "draft", level: "provincial", allTerritories: false, deadline: today(36), synthesisMeetingOn: today(40) });
    expect(await db.select({ regionId: campaignTerritories.regionId }).from(campaignTerritories).where(eq(campaignTerritories.campaignId, row.id))).toEqual([{ regionId: fes }]);
    expect((await lastAudit("campaign.create"))?.entityId).toBe(String(row.id));
  });

  it("starts from the standard template when asked", async () => {
    await signInAs(demo.admin);
    await expect(createCampaign(null, campaignInput({ title: "حملة بالنموذج", copyFrom: "standard" }))).rejects.toThrow(/NEXT_REDIRECT/);
    const row = await campaignByTitle("حملة بالنموذج");
    const questions = await db.select().from(campaignQuestions).where(eq(campaignQuestions.campaignId, row.id)).orderBy(asc(campaignQuestions.position));
    expect(questions.map((q) => q.kind)).toEqual(["number", "number", "number", "number", "text", "text", "text", "text"]);
    expect(questions[0].label).toBe("عدد المرشحين");
  });

  it.each([demo.officerFes, demo.member])("refuses %s, writing nothing", async (email) => {
    await signInAs(email);
    const state = await expectRefused(() => createCampaign(null, campaignInput()), evaluationCampaigns);
    expect(state.message).toBe(FORBIDDEN);
  });

  it("refuses a deadline before the opening date, under the deadline", async () => {
    await signInAs(demo.bureau);
    const state = await expectRefused(() => createCampaign(null, campaignInput({ opensOn: today(37), deadline: today(36) })), evaluationCampaigns);
    expect(state.fieldErrors?.deadline).toBe("يجب ألا يسبق آخر أجل تاريخ الافتتاح.");
  });

  it("refuses a campaign with no region when not all regions, and a missing title", async () => {
    await signInAs(demo.bureau);
    const noRegion = await expectRefused(() => createCampaign(null, campaignInput({ allTerritories: undefined })), evaluationCampaigns, campaignTerritories);
    expect(noRegion.fieldErrors?.regionIds).toBe("اختر جهة واحدة على الأقل، أو اختر كل الجهات.");
    const noTitle = await expectRefused(() => createCampaign(null, campaignInput({ title: " " })), evaluationCampaigns);
    expect(noTitle.fieldErrors?.title).toBe("هذا الحقل مطلوب.");
  });
});

describe("updateCampaign", () => {
  it("changes a draft's fields and regions, audited with what changed", async () => {
    await signInAs(demo.bureau);
    const { campaign } = await draftCampaign();
    const souss = await regionId("Souss-Massa");
    const state = await updateCampaign(null, { ...campaignInput({ title: "عنوان جديد", allTerritories: undefined, regionIds: [String(souss)] }), id: String(campaign.id) });
    expect(state.ok).toBe(true);
    expect(await campaignByTitle("عنوان جديد")).toMatchObject({ id: campaign.id, allTerritories: false });
    const audit = await lastAudit("campaign.update");
    expect(audit?.changes).toMatchObject({ title: { to: "عنوان جديد" }, regionIds: { from: [], to: [souss] } });
  });

  it("keeps an open campaign's level, regions and opening date, but lets the deadline move", async () => {
    await signInAs(demo.bureau);
    const { campaign } = await draftCampaign({ status: "open", title: "حملة مفتوحة للتعديل" });
    const base = { ...campaignInput({ title: campaign.title, opensOn: campaign.opensOn }), id: String(campaign.id) };
    const levelChange = await expectRefused(() => updateCampaign(null, { ...base, level: "regional" }), evaluationCampaigns);
    expect(levelChange.message).toBe("الحملة مفتوحة: لا يتغير مستواها ولا جهاتها ولا تاريخ افتتاحها.");
    expect((await updateCampaign(null, { ...base, deadline: today(39), synthesisMeetingOn: today(41) })).ok).toBe(true);
    expect((await campaignByTitle(campaign.title)).deadline).toBe(today(39));
  });

  it("refuses a closed campaign and an officer", async () => {
    const { campaign } = await draftCampaign({ status: "closed" });
    await signInAs(demo.bureau);
    const closed = await updateCampaign(null, { ...campaignInput(), id: String(campaign.id) });
    expect(closed.message).toBe("الحملة مغلقة: لا يمكن تعديلها.");
    await signInAs(demo.officerFes);
    expect((await updateCampaign(null, { ...campaignInput(), id: String(campaign.id) })).message).toBe(FORBIDDEN);
  });
});

describe("openCampaign", () => {
  it("creates one report per province of the country (75) in one go, and notifies the officers", async () => {
    await signInAs(demo.bureau);
    const { campaign } = await draftCampaign();
    const state = await openCampaign(null, { id: String(campaign.id) });
    expect(state.ok).toBe(true);
    const [{ total }] = await db.select({ total: count() }).from(provinces);
    expect(total).toBe(75);
    expect(await reportsOf(campaign.id)).toBe(75);
    const perProvince = await db
      .select({ provinceId: evaluationReports.provinceId, n: count() })
      .from(evaluationReports)
      .where(eq(evaluationReports.campaignId, campaign.id))
      .groupBy(evaluationReports.provinceId);
    expect(perProvince.every((p) => p.n === 1 && p.provinceId !== null)).toBe(true);
    expect((await campaignByTitle(campaign.title)).status).toBe("open");
    expect((await lastAudit("campaign.open"))?.changes).toMatchObject({ reports: 75 });
    for (const email of [demo.officerFes, demo.officerSouss, demo.officerSefrou]) {
      const notices = await db.select().from(notifications).where(and(eq(notifications.userId, await userId(email)), eq(notifications.dedupeKey, `opened:campaign:${campaign.id}`)));
      expect(notices).toHaveLength(1);
    }
  });

  it("creates reports only for the provinces of the chosen regions, and notifies only their officers", async () => {
    await signInAs(demo.bureau);
    const fes = await regionId("Fès-Meknès");
    const { campaign } = await draftCampaign({}, [fes]);
    expect((await openCampaign(null, { id: String(campaign.id) })).ok).toBe(true);
    expect(await reportsOf(campaign.id)).toBe(await provincesIn(fes));
    expect(await provincesIn(fes)).toBeLessThan(75);
    const noticeFor = async (email: string) =>
      rowCount(notifications, and(eq(notifications.userId, await userId(email)), eq(notifications.dedupeKey, `opened:campaign:${campaign.id}`))!);
    expect(await noticeFor(demo.officerFes)).toBe(1);
    expect(await noticeFor(demo.officerSefrou)).toBe(1);
    expect(await noticeFor(demo.officerSouss)).toBe(0);
  });

  it("creates one report per region for a regional campaign, and none for a province's officer to file", async () => {
    await signInAs(demo.bureau);
    const { campaign } = await draftCampaign({ level: "regional" });
    expect((await openCampaign(null, { id: String(campaign.id) })).ok).toBe(true);
    const [{ total }] = await db.select({ total: count() }).from(regions);
    expect(await reportsOf(campaign.id)).toBe(total);
    expect(await rowCount(notifications, and(eq(notifications.userId, await userId(demo.officerSefrou)), eq(notifications.dedupeKey, `opened:campaign:${campaign.id}`))!)).toBe(0);
  });

  it("refuses a campaign without questions, in Arabic, writing nothing", async () => {
    await signInAs(demo.bureau);
    const [campaign] = await db.insert(evaluationCampaigns).values({ title: "حملة بلا أسئلة", level: "provincial", opensOn: today(18), deadline: today(36) }).returning();
    const state = await expectRefused(() => openCampaign(null, { id: String(campaign.id) }), evaluationReports, notifications);
    expect(state.message).toBe("لا يمكن فتح حملة بلا أسئلة: أضف سؤالًا واحدًا على الأقل.");
    expect((await campaignByTitle("حملة بلا أسئلة")).status).toBe("draft");
  });

  it("refuses an officer, a campaign opened twice and a deadline already past", async () => {
    const { campaign } = await draftCampaign();
    await signInAs(demo.officerFes);
    expect((await expectRefused(() => openCampaign(null, { id: String(campaign.id) }), evaluationReports)).message).toBe(FORBIDDEN);
    await signInAs(demo.bureau);
    expect((await openCampaign(null, { id: String(campaign.id) })).ok).toBe(true);
    const twice = await expectRefused(() => openCampaign(null, { id: String(campaign.id) }), evaluationReports);
    expect(twice.message).toBe("لا يتم هذا إلا والحملة مسودة.");
    const { campaign: past } = await draftCampaign({ opensOn: "2016-12-01", deadline: "2017-01-07" });
    expect((await expectRefused(() => openCampaign(null, { id: String(past.id) }), evaluationReports)).message).toBe("آخر أجل هذه الحملة قد مضى: غيّره قبل فتحها.");
  });
});

describe("closeCampaign", () => {
  it("closes an open campaign, audited; refuses a draft", async () => {
    await signInAs(demo.bureau);
    const { campaign } = await draftCampaign({ status: "open" });
    expect((await closeCampaign(null, { id: String(campaign.id) })).ok).toBe(true);
    expect((await campaignByTitle(campaign.title)).status).toBe("closed");
    expect((await lastAudit("campaign.close"))?.entityId).toBe(String(campaign.id));
    const { campaign: draft } = await draftCampaign();
    expect((await expectRefused(() => closeCampaign(null, { id: String(draft.id) }), evaluationCampaigns)).message).toBe("الحملة ليست مفتوحة.");
  });
});

describe("questions", () => {
  const questionsOf = (campaignId: number) =>
    db.select().from(campaignQuestions).where(eq(campaignQuestions.campaignId, campaignId)).orderBy(asc(campaignQuestions.position), asc(campaignQuestions.id));

  it("adds, edits, moves and deletes a draft's questions, each audited", async () => {
    await signInAs(demo.bureau);
    const { campaign } = await draftCampaign();
    expect((await addQuestion(null, { campaignId: String(campaign.id), kind: "number", label: "نسبة المشاركة (%)", help: "", required: "on" })).ok).toBe(true);
    let questions = await questionsOf(campaign.id);
    const added = questions.at(-1)!;
    expect(added).toMatchObject({ label: "نسبة المشاركة (%)", kind: "number", required: true, position: 5 });
    expect((await lastAudit("campaign.question.add"))?.entityId).toBe(String(added.id));

    expect((await updateQuestion(null, { id: String(added.id), kind: "number", label: "نسبة المشاركة", help: "كما أعلنتها السلطات", required: undefined })).ok).toBe(true);
    expect((await questionsOf(campaign.id)).at(-1)).toMatchObject({ label: "نسبة المشاركة", required: false, help: "كما أعلنتها السلطات" });

    expect((await moveQuestion(null, { id: String(added.id), direction: "up" })).ok).toBe(true);
    questions = await questionsOf(campaign.id);
    expect(questions.map((q) => q.label).slice(-2)).toEqual(["نسبة المشاركة", "المقترحات"]);
    expect((await lastAudit("campaign.question.move"))?.entityId).toBe(String(added.id));

    expect((await deleteQuestion(null, { id: String(added.id) })).ok).toBe(true);
    expect(await questionsOf(campaign.id)).toHaveLength(4);
    expect((await lastAudit("campaign.question.delete"))?.entityId).toBe(String(added.id));
  });

  it("refuses to change the questions of an open campaign, and an officer", async () => {
    const { campaign, questions } = await draftCampaign({ status: "open" });
    await signInAs(demo.bureau);
    const locked = "لا تُعدَّل الأسئلة إلا والحملة مسودة.";
    expect((await expectRefused(() => addQuestion(null, { campaignId: String(campaign.id), kind: "text", label: "سؤال", required: "on" }), campaignQuestions)).message).toBe(locked);
    expect((await expectRefused(() => deleteQuestion(null, { id: String(questions[0].id) }), campaignQuestions)).message).toBe(locked);
    expect((await moveQuestion(null, { id: String(questions[1].id), direction: "up" })).message).toBe(locked);
    await signInAs(demo.officerFes);
    expect((await addQuestion(null, { campaignId: String(campaign.id), kind: "text", label: "سؤال" })).message).toBe(FORBIDDEN);
  });

  it("refuses a question without a label, under the label", async () => {
    await signInAs(demo.bureau);
    const { campaign } = await draftCampaign();
    const state = await expectRefused(() => addQuestion(null, { campaignId: String(campaign.id), kind: "text", label: "" }), campaignQuestions);
    expect(state.fieldErrors?.label).toBe("هذا الحقل مطلوب.");
  });

  it("copies an earlier campaign's questions after the current ones", async () => {
    await signInAs(demo.bureau);
    const { campaign: earlier } = await draftCampaign({ status: "closed" });
    const [target] = await db.insert(evaluationCampaigns).values({ title: "حملة تنسخ", level: "regional", opensOn: today(18), deadline: today(36) }).returning();
    const before = await auditCount();
    expect((await copyQuestions(null, { campaignId: String(target.id), source: String(earlier.id) })).ok).toBe(true);
    expect(await auditCount()).toBe(before + 1);
    expect((await questionsOf(target.id)).map((q) => [q.position, q.label])).toEqual([
      [1, "عدد المرشحين"],
      [2, "عدد المقاعد"],
      [3, "ما الذي نجح؟"],
      [4, "المقترحات"],
    ]);
    expect((await campaignByTitle("حملة تنسخ")).copiedFromId).toBe(earlier.id);
    const [empty] = await db.insert(evaluationCampaigns).values({ title: "حملة فارغة", level: "regional", opensOn: today(18), deadline: today(36) }).returning();
    const state = await expectRefused(() => copyQuestions(null, { campaignId: String(target.id), source: String(empty.id) }), campaignQuestions);
    expect(state.fieldErrors?.source).toBe("لا أسئلة في هذا المصدر.");
  });
});
