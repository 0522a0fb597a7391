import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { agreementParties, agreements, paperAssignees, paperVersions, trainingMaterials, trainingMeetings, workingPapers } from "@/db/schema";
import { createAgreement, deleteAgreement, updateAgreement } from "@/lib/diplomacy/agreement-actions";
import { partyByKey } from "@/tests/fixtures/diplomacy";
import { makeSession, makeWorkshop, memberIdOf } from "@/tests/fixtures/papers";
import { savePaperDraft } from "@/lib/papers/actions";
import { makePlan, makeTraining, province } from "@/tests/fixtures/rooting";
import { addTrainingMaterial, removeTrainingMaterial } from "@/lib/rooting/material-actions";
import { deleteTraining } from "@/lib/rooting/training-actions";
import { storage } from "@/lib/storage";
import { MATERIAL_MAX_BYTES, MAX_ACTION_BODY_BYTES, MAX_ATTACHMENT_BYTES, MAX_DOCUMENT_BYTES } from "@/lib/uploads";
import { versionOf } from "@/tests/concurrency";
import { refuseAuditOf } from "@/tests/failures";
import { demo, signInAs } from "@/tests/helpers";

const root = mkdtempSync(path.join(os.tmpdir(), "uploads-"));
process.env.STORAGE_DIR = root;

/** Every file in the storage folder, as keys. */
function filesOnDisk(folder = root, key = ""): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOnDisk(path.join(folder, entry.name), `${key}${entry.name}/`) : [`${key}${entry.name}`],
  );
}
const under = (prefix: string) => filesOnDisk().filter((key) => key.startsWith(`${prefix}/`) || key.startsWith(`tmp/${prefix}/`));

const pdfBytes = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set(Buffer.from("%PDF-1.7\n"));
  return bytes;
};
const pdf = (name = "ملف.pdf", size = 64) => new File([pdfBytes(size)], name, { type: "application/pdf" });

const UNEXPECTED = "حدث خطأ غير متوقع. لم يُحفظ شيء، أعد المحاولة.";
const CONTROL = /^يحتوي النص على محارف غير مقبولة/;

let sefrou: number;
beforeAll(async () => {
  sefrou = (await province("Sefrou")).id;
});

async function newTraining() {
  return makeTraining({ planId: await makePlan(), level: "provincial", provinceId: sefrou });
}

async function materialsOf(trainingId: number) {
  return db.select().from(trainingMaterials).where(eq(trainingMaterials.trainingId, trainingId));
}

describe("training materials follow their transaction", () => {
  it("a saved material leaves exactly its final file, nothing waiting", async () => {
    await signInAs(demo.officerSefrou);
    const training = await newTraining();
    expect(await addTrainingMaterial(null, { trainingId: String(training.id), title: "دليل", url: "", file: pdf() })).toMatchObject({ ok: true });
    const [row] = await materialsOf(training.id);
    expect(under(`trainings/${training.id}`)).toEqual([row.storageKey]);
    expect(filesOnDisk().filter((key) => key.startsWith("tmp/"))).toEqual([]);
  });

  it("a save that fails after the upload leaves no file", async () => {
    await signInAs(demo.officerSefrou);
    const training = await newTraining();
    const undo = await refuseAuditOf("rooting.training.material.add");
    try {
      expect(await addTrainingMaterial(null, { trainingId: String(training.id), title: "دليل", url: "", file: pdf() })).toMatchObject({ ok: false, message: UNEXPECTED });
    } finally {
      await undo();
    }
    expect(await materialsOf(training.id)).toHaveLength(0);
    expect(under(`trainings/${training.id}`)).toEqual([]);
  });

  it("a NUL in the title or in the file's name is refused under its field, and nothing is stored", async () => {
    await signInAs(demo.officerSefrou);
    const training = await newTraining();
    const title = await addTrainingMaterial(null, { trainingId: String(training.id), title: "دليل\u0000", url: "", file: pdf() });
    expect(title).toMatchObject({ ok: false });
    expect(title.fieldErrors?.title).toMatch(CONTROL);
    const name = await addTrainingMaterial(null, { trainingId: String(training.id), title: "دليل", url: "", file: pdf("guide\u0000.pdf") });
    expect(name).toMatchObject({ ok: false });
    expect(name.fieldErrors?.file).toMatch(CONTROL);
    expect(await materialsOf(training.id)).toHaveLength(0);
    expect(under(`trainings/${training.id}`)).toEqual([]);
  });

  it("a file over the limit is refused with the sentence the browser shows, and nothing is stored", async () => {
    await signInAs(demo.officerSefrou);
    const training = await newTraining();
    const big = await addTrainingMaterial(null, { trainingId: String(training.id), title: "دليل", url: "", file: pdf("big.pdf", MATERIAL_MAX_BYTES + 1) });
    expect(big.fieldErrors?.file).toBe("حجم الملف يتجاوز 20 ميغابايت.");
    expect(under(`trainings/${training.id}`)).toEqual([]);
  });

  it("a removal takes the file only once committed: refused or failed, the file stays", async () => {
    await signInAs(demo.officerSefrou);
    const training = await newTraining();
    await addTrainingMaterial(null, { trainingId: String(training.id), title: "دليل", url: "", file: pdf() });
    const [row] = await materialsOf(training.id);

    await signInAs(demo.officerSouss);
    expect(await removeTrainingMaterial(null, { id: String(row.id) })).toMatchObject({ ok: false });
    expect(await storage().get(row.storageKey!)).not.toBeNull();

    await signInAs(demo.officerSefrou);
    const undo = await refuseAuditOf("rooting.training.material.remove");
    try {
      expect(await removeTrainingMaterial(null, { id: String(row.id) })).toMatchObject({ ok: false, message: UNEXPECTED });
    } finally {
      await undo();
    }
    expect(await materialsOf(training.id)).toHaveLength(1);
    expect(await storage().get(row.storageKey!)).not.toBeNull();

    expect(await removeTrainingMaterial(null, { id: String(row.id) })).toMatchObject({ ok: true });
    expect(under(`trainings/${training.id}`)).toEqual([]);
  });

  it("deleting a training takes its files only once committed", async () => {
    await signInAs(demo.officerSefrou);
    const training = await newTraining();
    await addTrainingMaterial(null, { trainingId: String(training.id), title: "دليل", url: "", file: pdf() });
    const [row] = await materialsOf(training.id);
    const undo = await refuseAuditOf("rooting.training.delete");
    try {
      expect(await deleteTraining(null, { id: String(training.id) })).toMatchObject({ ok: false });
    } finally {
      await undo();
    }
    expect(under(`trainings/${training.id}`)).toEqual([row.storageKey]);
    await expect(deleteTraining(null, { id: String(training.id) })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.select().from(trainingMeetings).where(eq(trainingMeetings.id, training.id))).toHaveLength(0);
    expect(under(`trainings/${training.id}`)).toEqual([]);
  });
});

describe("working-paper attachments follow their transaction", () => {
  async function paperOfMember() {
    const session = await makeSession({ status: "convened", startsOn: "2027-03-06", endsOn: "2027-03-07" });
    const workshop = await makeWorkshop(session);
    const [paper] = await db.insert(workingPapers).values({ workshopId: workshop.id, title: "ورقة", dueOn: "2027-02-20" }).returning();
    await db.insert(paperAssignees).values({ paperId: paper.id, memberId: await memberIdOf(demo.member) });
    return paper;
  }

  it("a saved version leaves exactly its file; a failed one leaves none", async () => {
    await signInAs(demo.member);
    const paper = await paperOfMember();
    const undo = await refuseAuditOf("paper.save");
    try {
      expect(await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص", attachment: pdf() })).toMatchObject({ ok: false, message: UNEXPECTED });
    } finally {
      await undo();
    }
    expect(under(`papers/${paper.id}`)).toEqual([]);

    expect(await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص", attachment: pdf() })).toMatchObject({ ok: true });
    const [version] = await db.select().from(paperVersions).where(eq(paperVersions.paperId, paper.id));
    expect(under(`papers/${paper.id}`)).toEqual([version.attachmentKey]);
  });

  it("refuses a NUL in the file's name and a file over 10 MB under the field, storing nothing", async () => {
    await signInAs(demo.member);
    const paper = await paperOfMember();
    const nul = await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص", attachment: pdf("a\u0000.pdf") });
    expect(nul.fieldErrors?.attachment).toMatch(CONTROL);
    const big = await savePaperDraft(null, { paperId: paper.id, version: await versionOf(workingPapers, paper.id), body: "نص", attachment: pdf("big.pdf", MAX_ATTACHMENT_BYTES + 1) });
    expect(big.fieldErrors?.attachment).toBe("حجم الملف المرفق يتجاوز 10 ميغابايت.");
    expect(under(`papers/${paper.id}`)).toEqual([]);
  });
});

describe("agreement documents follow their transaction", () => {
  const fields = (title: string, partyId: number) => ({
    title,
    signedOn: "2026-03-10",
    place: "الرباط",
    partyIds: [String(partyId)],
    signatories: "",
    aims: "",
    durationMonths: "",
    notes: "",
  });
  const titled = async (title: string) => (await db.select().from(agreements).where(eq(agreements.title, title)))[0];

  it("a failed creation leaves no document; a replaced document goes only once the change is committed", async () => {
    await signInAs(demo.bureau);
    const pce = await partyByKey("Partido Comunista de España");
    const before = filesOnDisk().filter((key) => key.startsWith("agreements/")).length;
    const undo = await refuseAuditOf("agreement.create");
    try {
      expect(await createAgreement(null, { ...fields("اتفاقية فاشلة", pce.id), document: pdf() })).toMatchObject({ ok: false, message: UNEXPECTED });
    } finally {
      await undo();
    }
    expect(await titled("اتفاقية فاشلة")).toBeUndefined();
    expect(filesOnDisk().filter((key) => key.startsWith("agreements/") || key.startsWith("tmp/"))).toHaveLength(before);

    await expect(createAgreement(null, { ...fields("اتفاقية موثقة", pce.id), document: pdf() })).rejects.toThrow(/NEXT_REDIRECT/);
    const created = await titled("اتفاقية موثقة");
    expect(under(`agreements/${created.id}`)).toEqual([created.documentKey]);

    // a replacement whose save fails keeps the old document and stores no new one
    const undoUpdate = await refuseAuditOf("agreement.update");
    try {
      expect(await updateAgreement(null, { id: String(created.id), version: await versionOf(agreements, created.id), ...fields("اتفاقية موثقة", pce.id), document: pdf("جديدة.pdf") })).toMatchObject({ ok: false });
    } finally {
      await undoUpdate();
    }
    expect(under(`agreements/${created.id}`)).toEqual([created.documentKey]);

    await expect(updateAgreement(null, { id: String(created.id), version: await versionOf(agreements, created.id), ...fields("اتفاقية موثقة", pce.id), document: pdf("جديدة.pdf") })).rejects.toThrow(/NEXT_REDIRECT/);
    const replaced = await titled("اتفاقية موثقة");
    expect(replaced.documentKey).not.toBe(created.documentKey);
    expect(under(`agreements/${created.id}`)).toEqual([replaced.documentKey]);
  });

  it("a refused or failed delete keeps the document; a committed one removes it", async () => {
    await signInAs(demo.bureau);
    const pce = await partyByKey("Partido Comunista de España");
    await expect(createAgreement(null, { ...fields("اتفاقية للحذف", pce.id), document: pdf() })).rejects.toThrow(/NEXT_REDIRECT/);
    const row = await titled("اتفاقية للحذف");

    await signInAs(demo.officerFes);
    expect(await deleteAgreement(null, { id: String(row.id) })).toMatchObject({ ok: false });
    expect(await storage().get(row.documentKey!)).not.toBeNull();

    await signInAs(demo.bureau);
    const undo = await refuseAuditOf("agreement.delete");
    try {
      expect(await deleteAgreement(null, { id: String(row.id) })).toMatchObject({ ok: false });
    } finally {
      await undo();
    }
    expect(await storage().get(row.documentKey!)).not.toBeNull();

    await expect(deleteAgreement(null, { id: String(row.id) })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.select().from(agreementParties).where(eq(agreementParties.agreementId, row.id))).toHaveLength(0);
    expect(under(`agreements/${row.id}`)).toEqual([]);
  });

  it("refuses a NUL in the document's name and a document over 10 MB under the field", async () => {
    await signInAs(demo.bureau);
    const pce = await partyByKey("Partido Comunista de España");
    const nul = await createAgreement(null, { ...fields("اتفاقية باسم ملف سيئ", pce.id), document: pdf("a\u0000.pdf") });
    expect(nul.fieldErrors?.document).toMatch(CONTROL);
    const big = await createAgreement(null, { ...fields("اتفاقية بملف ضخم", pce.id), document: pdf("big.pdf", MAX_DOCUMENT_BYTES + 1) });
    expect(big.fieldErrors?.document).toBe("حجم الوثيقة يتجاوز 10 ميغابايت.");
    expect(await titled("اتفاقية باسم ملف سيئ")).toBeUndefined();
    expect(await titled("اتفاقية بملف ضخم")).toBeUndefined();
  });
});

describe("the size limits", () => {
  it("leave room in a server action's body for the largest file and the form around it", () => {
    expect(MAX_ACTION_BODY_BYTES).toBeGreaterThan(Math.max(MAX_ATTACHMENT_BYTES, MAX_DOCUMENT_BYTES, MATERIAL_MAX_BYTES));
  });
});
