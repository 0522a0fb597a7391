import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { paperAssignees, paperVersions, workingPapers } from "@/db/schema";
import { storage } from "@/lib/storage";
import { expectSavedOver, expectStale, versionOf } from "@/tests/concurrency";
import { auditCount, demo, lastAudit, signInAs, today } from "@/tests/helpers";
import { approvePaper, assignPaper, returnPaper, savePaper, savePaperDraft, submitPaper, updateAssignment } from "./actions";
import { freeMembers, makeMemberAccount, makeSession, makeWorkshop, memberIdOf } from "@/tests/fixtures/papers";
import { paperVersionList } from "./queries";

process.env.STORAGE_DIR = mkdtempSync(path.join(os.tmpdir(), "papers-uploads-"));

const pdf = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set(Buffer.from("%PDF-1.7\n"));
  return bytes;
};
const docx = () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("....[Content_Types].xml....word/document.xml....")]);
const exe = () => Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]);

async function counts() {
  const [[papers], [versions], audit] = await Promise.all([
    db.select({ n: count() }).from(workingPapers),
    db.select({ n: count() }).from(paperVersions),
    auditCount(),
  ]);
  return { papers: papers.n, versions: versions.n, audit };
}

type State = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };
/** Runs an action that must be refused and checks that nothing was written. */
async function refused(run: () => Promise<State>) {
  const before = await counts();
  const state = await run();
  expect(state.ok).toBe(false);
  expect(await counts()).toEqual(before);
  return state;
}

const paperOf = async (id: number) => (await db.select().from(workingPapers).where(eq(workingPapers.id, id)))[0];

let memberId: number;
let others: number[];

beforeAll(async () => {
  memberId = await memberIdOf(demo.member);
  others = await freeMembers(3);
});

// a session some three months ahead of the app's clock, and due dates before its workshop day
const SESSION_DAY = today(94);
const DUE = today(80);
const NEW_DUE = today(85);

/** A convened session with one workshop in three months and, unless told, a paper assigned to the demo member. */
async function setup(options: { status?: "draft" | "convened"; assignees?: number[] } = {}) {
  const session = await makeSession({ status: options.status ?? "convened", startsOn: SESSION_DAY, endsOn: today(95) });
  const workshop = await makeWorkshop(session, { participants: others.slice(0, 2) });
  const [paper] = await db.insert(workingPapers).values({ workshopId: workshop.id, title: "ورقة للاختبار", dueOn: DUE }).returning();
  await db.insert(paperAssignees).values((options.assignees ?? [memberId]).map((m) => ({ paperId: paper.id, memberId: m })));
  return { session, workshop, paper };
}

describe("assignPaper", () => {
  it("lets the Bureau name the assignees of a workshop's paper, audited", async () => {
    await signInAs(demo.bureau);
    const session = await makeSession({ status: "convened", startsOn: SESSION_DAY });
    const workshop = await makeWorkshop(session);
    const input = { workshopId: String(workshop.id), title: "دور الهيئات والمنظمات الموازية", dueOn: NEW_DUE, assigneeIds: [String(memberId), String(others[0]), String(memberId)] };
    await expect(assignPaper(null, input)).rejects.toThrow(/NEXT_REDIRECT \/assignments\/\d+\?saved=assigned/);
    const [paper] = await db.select().from(workingPapers).where(eq(workingPapers.workshopId, workshop.id));
    expect(paper).toMatchObject({ title: "دور الهيئات والمنظمات الموازية", dueOn: NEW_DUE, status: "assigned" });
    const named = await db.select().from(paperAssignees).where(eq(paperAssignees.paperId, paper.id));
    expect(named.map((a) => a.memberId).sort()).toEqual([memberId, others[0]].sort());
    const audit = await lastAudit("paper.assign");
    expect(audit?.entityId).toBe(String(paper.id));

    // one paper per workshop
    const again = await refused(() => assignPaper(null, input));
    expect(again.fieldErrors?.workshopId).toBe("لهذه الورشة ورقة عمل من قبل.");
  });

  it("refuses a member and an officer", async () => {
    const session = await makeSession({ status: "convened", startsOn: SESSION_DAY });
    const workshop = await makeWorkshop(session);
    const input = { workshopId: workshop.id, title: "ورقة", dueOn: NEW_DUE, assigneeIds: [memberId] };
    for (const who of [demo.member, demo.officerFes]) {
      await signInAs(who);
      const state = await refused(() => assignPaper(null, input));
      expect(state.message).toBe("ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.");
    }
  });

  it("answers bad input in Arabic under its field, writing nothing", async () => {
    await signInAs(demo.bureau);
    const session = await makeSession({ status: "convened", startsOn: SESSION_DAY });
    const workshop = await makeWorkshop(session);
    const base = { workshopId: workshop.id, title: "ورقة", dueOn: NEW_DUE, assigneeIds: [memberId] };
    expect((await refused(() => assignPaper(null, { ...base, assigneeIds: [] }))).fieldErrors?.assigneeIds).toBe("هذا الحقل مطلوب.");
    expect((await refused(() => assignPaper(null, { ...base, title: " " }))).fieldErrors?.title).toBe("هذا الحقل مطلوب.");
    expect((await refused(() => assignPaper(null, { ...base, dueOn: "2020-01-01" }))).fieldErrors?.dueOn).toBe("لا يمكن أن يكون آخر أجل في الماضي.");
    expect((await refused(() => assignPaper(null, { ...base, dueOn: today(96) }))).fieldErrors?.dueOn).toBe("يجب أن يكون آخر أجل يوم الورشة أو قبله.");
    expect((await refused(() => assignPaper(null, { ...base, assigneeIds: [99999999] }))).fieldErrors?.assigneeIds).toBe("أحد المكلَّفين غير موجود أو غير نشيط.");
    expect((await refused(() => assignPaper(null, { ...base, workshopId: 99999999 }))).message).toBe("العنصر المطلوب غير موجود أو حُذف.");
  });
});

describe("updateAssignment", () => {
  it("lets the Bureau change the title, due date and assignees; a past due date may stay", async () => {
    const { paper } = await setup();
    await db.update(workingPapers).set({ dueOn: "2020-01-01" }).where(eq(workingPapers.id, paper.id));
    await signInAs(demo.bureau);
    await expect(updateAssignment(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), title: "عنوان جديد", dueOn: "2020-01-01", assigneeIds: [others[2]] })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await paperOf(paper.id)).toMatchObject({ title: "عنوان جديد", dueOn: "2020-01-01" });
    const named = await db.select().from(paperAssignees).where(eq(paperAssignees.paperId, paper.id));
    expect(named.map((a) => a.memberId)).toEqual([others[2]]);
    expect((await lastAudit("paper.assignment.update"))?.changes).toMatchObject({ assigneeIds: { from: [memberId], to: [others[2]] } });
    const state = await refused(async () => updateAssignment(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), title: "x", dueOn: "2020-01-02", assigneeIds: [memberId] }));
    expect(state.fieldErrors?.dueOn).toBe("لا يمكن أن يكون آخر أجل في الماضي.");
  });

  it("refuses a member", async () => {
    const { paper } = await setup();
    await signInAs(demo.member);
    await refused(async () => updateAssignment(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), title: "x", dueOn: NEW_DUE, assigneeIds: [memberId] }));
  });
});

describe("writing a paper", () => {
  it("keeps a new version at each save; the first save makes it a draft", async () => {
    const { paper } = await setup();
    await signInAs(demo.member);
    const first = await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "# المحور الأول\r\nنص أول" });
    expect(first).toMatchObject({ ok: true, result: { text: 1 } });
    expect((await paperOf(paper.id)).status).toBe("draft");
    expect((await lastAudit("paper.save"))?.entityId).toBe(String(paper.id));
    const second = await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص ثان" });
    expect(second).toMatchObject({ ok: true, result: { text: 2 } });
    const versions = await db.select().from(paperVersions).where(eq(paperVersions.paperId, paper.id)).orderBy(paperVersions.version);
    expect(versions.map((v) => [v.version, v.body, v.submitted])).toEqual([
      [1, "# المحور الأول\nنص أول", false],
      [2, "نص ثان", false],
    ]);
  });

  it("refuses anyone not named on the paper, even the Bureau", async () => {
    const { paper } = await setup({ assignees: [others[0]] });
    for (const who of [demo.member, demo.bureau, demo.officerFes, demo.admin]) {
      await signInAs(who);
      const saved = await refused(async () => savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص" }));
      expect(saved.message).toBe("لست من المكلَّفين بإعداد هذه الورقة.");
      await refused(async () => submitPaper(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص" }));
    }
  });

  it("hides a draft session's paper even from its assignee", async () => {
    const { paper } = await setup({ status: "draft" });
    await signInAs(demo.member);
    expect((await refused(async () => savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص" }))).message).toBe("العنصر المطلوب غير موجود أو حُذف.");
  });

  it("stores a PDF or DOCX attachment and keeps it on the next save unless removed", async () => {
    const { paper } = await setup();
    await signInAs(demo.member);
    const state = await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "", attachment: new File([pdf()], "ورقة.pdf", { type: "application/pdf" }) });
    expect(state.ok).toBe(true);
    const [v1] = await db.select().from(paperVersions).where(eq(paperVersions.paperId, paper.id));
    expect(v1).toMatchObject({ attachmentName: "ورقة.pdf", attachmentType: "application/pdf", attachmentSize: 64 });
    expect(Buffer.from((await storage().get(v1.attachmentKey!))!).subarray(0, 5).toString()).toBe("%PDF-");

    expect((await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص" })).ok).toBe(true);
    const docxState = await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص", attachment: new File([docx()], "paper.DOCX") });
    expect(docxState.ok).toBe(true);
    expect((await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص", removeAttachment: "on" })).ok).toBe(true);
    const versions = await paperVersionList(paper.id);
    expect(versions.map((v) => v.attachmentName)).toEqual([null, "paper.DOCX", "ورقة.pdf", "ورقة.pdf"]);
  });

  it("refuses a program renamed .pdf, a PDF named .docx and a file over 10 MB", async () => {
    const { paper } = await setup();
    await signInAs(demo.member);
    const renamed = await refused(async () => savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص", attachment: new File([exe()], "paper.pdf", { type: "application/pdf" }) }));
    expect(renamed.fieldErrors?.attachment).toBe("يجب أن يكون الملف المرفق بصيغة PDF أو DOCX.");
    const mismatched = await refused(async () => savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص", attachment: new File([pdf()], "paper.docx") }));
    expect(mismatched.fieldErrors?.attachment).toBe("يجب أن يكون الملف المرفق بصيغة PDF أو DOCX.");
    const big = await refused(async () => savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص", attachment: new File([pdf(10 * 1024 * 1024 + 1)], "big.pdf") }));
    expect(big.fieldErrors?.attachment).toBe("حجم الملف المرفق يتجاوز 10 ميغابايت.");
  });

  it("refuses to submit an empty paper, then submits and turns read-only", async () => {
    const { paper } = await setup();
    await signInAs(demo.member);
    const empty = await refused(async () => submitPaper(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "   " }));
    expect(empty.fieldErrors?.body).toBe("اكتب نص الورقة أو أرفق ملفًا قبل تقديمها.");
    const form = new FormData();
    form.set("paperId", String(paper.id));
    form.set("version", String(await versionOf(workingPapers, paper.id)));
    form.set("body", "النص النهائي");
    form.set("intent", "submit");
    form.set("attachment", new File([], ""));
    expect(await savePaper(null, form)).toMatchObject({ ok: true, result: { text: 1 }, message: "قُدّمت الورقة إلى المكتب السياسي." });
    expect((await paperOf(paper.id)).status).toBe("submitted");
    expect((await lastAudit("paper.submit"))?.entityId).toBe(String(paper.id));
    for (const action of [savePaperDraft, submitPaper]) {
      const state = await refused(async () => action(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "تعديل بعد التقديم" }));
      expect(state.message).toBe("لا يمكن تعديل الورقة في وضعها الحالي.");
    }
  });
});

describe("reviewing a paper", () => {
  it("goes submitted → returned (with a comment) → draft → submitted → approved, every version kept", async () => {
    const { paper } = await setup();
    await signInAs(demo.member);
    await submitPaper(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "الصيغة الأولى" });

    await signInAs(demo.member);
    expect((await refused(() => approvePaper(null, { paperId: paper.id }))).message).toBe("ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.");
    await refused(() => returnPaper(null, { paperId: paper.id, comment: "ملاحظة" }));

    await signInAs(demo.bureau);
    const noComment = await refused(() => returnPaper(null, { paperId: paper.id, comment: "  " }));
    expect(noComment.fieldErrors?.comment).toBe("هذا الحقل مطلوب.");
    expect(await returnPaper(null, { paperId: paper.id, comment: "أضيفوا محور التكوين." })).toMatchObject({ ok: true, message: "أُرجعت الورقة إلى المكلَّفين." });
    expect((await paperOf(paper.id)).status).toBe("returned");
    expect((await lastAudit("paper.return"))?.changes).toMatchObject({ version: 1, comment: "أضيفوا محور التكوين." });
    expect((await refused(() => approvePaper(null, { paperId: paper.id }))).message).toBe("لا يُبَتّ إلا في ورقة مقدَّمة.");

    await signInAs(demo.member);
    expect((await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "الصيغة الثانية" })).ok).toBe(true);
    expect((await paperOf(paper.id)).status).toBe("draft");
    expect((await submitPaper(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "الصيغة الثالثة" })).ok).toBe(true);

    await signInAs(demo.bureau);
    expect((await approvePaper(null, { paperId: paper.id, comment: "" })).ok).toBe(true);
    expect((await paperOf(paper.id)).status).toBe("approved");
    expect((await lastAudit("paper.approve"))?.entityId).toBe(String(paper.id));

    await signInAs(demo.member);
    await refused(async () => savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "بعد المصادقة" }));

    const versions = await paperVersionList(paper.id);
    expect(versions.map((v) => [v.version, v.submitted, v.decision, v.reviewComment])).toEqual([
      [3, true, "approved", null],
      [2, false, null, null],
      [1, true, "returned", "أضيفوا محور التكوين."],
    ]);
    expect(versions[0].reviewerName).toBeTruthy();
    expect(versions[2].authorName).toBeTruthy();
  });

  it("lets a second assignee carry on the same paper", async () => {
    const second = await makeMemberAccount("second.assignee@example.org");
    const { paper } = await setup({ assignees: [memberId, second.memberId] });
    await signInAs(demo.member);
    await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "بداية" });
    await signInAs("second.assignee@example.org");
    expect(await submitPaper(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "بداية وتكملة" })).toMatchObject({ ok: true, result: { text: 2 } });
  });
});

describe("saves of a paper from a stale version", () => {
  it("refuses a draft saved over another assignee's, with their text; passes from their version", async () => {
    const second = await makeMemberAccount("second.writer@example.org");
    const { paper } = await setup({ assignees: [memberId, second.memberId] });
    await signInAs(demo.member);
    await expectSavedOver(workingPapers, paper.id, () => savePaperDraft(null, { paperId: paper.id, version: 1, body: "نص الكاتب الأول" }));
    await signInAs("second.writer@example.org");
    const current = await expectStale(workingPapers, paper.id, () => savePaperDraft(null, { paperId: paper.id, version: 1, body: "نص الكاتب الثاني" }));
    expect(current).toEqual({ paperId: String(paper.id), body: "نص الكاتب الأول" });
    const versionsBefore = (await counts()).versions;
    await expectSavedOver(workingPapers, paper.id, () => savePaperDraft(null, { paperId: paper.id, version: 2, body: "نص الكاتب الثاني" }));
    expect((await counts()).versions).toBe(versionsBefore + 1);
  });

  it("refuses the Bureau's edit of the assignment made from a replaced version, naming the assignees", async () => {
    const { paper } = await setup();
    await signInAs(demo.bureau);
    const fields = { paperId: paper.id, title: "ورقة للاختبار", dueOn: "2027-02-20", assigneeIds: [memberId] };
    await expectSavedOver(workingPapers, paper.id, () => updateAssignment(null, { ...fields, version: 1, assigneeIds: [memberId, others[2]] }));
    const current = await expectStale(workingPapers, paper.id, () => updateAssignment(null, { ...fields, version: 1, dueOn: "2027-02-25" }));
    expect(current).toMatchObject({ paperId: String(paper.id), title: "ورقة للاختبار", dueOn: "2027-02-20", assigneeIds: [memberId, others[2]].sort((a, b) => a - b).map(String) });
    expect(Object.keys(current.$labels as object)).toHaveLength(2);
    await expectSavedOver(workingPapers, paper.id, () => updateAssignment(null, { ...fields, version: 2, dueOn: "2027-02-25" }));
    expect(await paperOf(paper.id)).toMatchObject({ dueOn: "2027-02-25", version: 3 });
  });
});
