import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { trainingMaterials, type TrainingMeeting } from "@/db/schema";
import { storage } from "@/lib/storage";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { sniffMaterial } from "./material-file";
import { addTrainingMaterial, removeTrainingMaterial } from "./material-actions";
import { expectRefused, FORBIDDEN, makePlan, makeTraining, province, regionId } from "@/tests/fixtures/rooting";

process.env.STORAGE_DIR = mkdtempSync(path.join(os.tmpdir(), "materials-uploads-"));

let provincial: TrainingMeeting;
let regional: TrainingMeeting;

beforeAll(async () => {
  const planId = await makePlan();
  provincial = await makeTraining({ planId, level: "provincial", provinceId: (await province("Sefrou")).id });
  regional = await makeTraining({ planId, regionIds: [await regionId("Fès-Meknès")] });
});

const pdf = () => new File([new TextEncoder().encode("%PDF-1.7\n% training guide\n")], "دليل التكوين.pdf", { type: "application/pdf" });

describe("addTrainingMaterial", () => {
  it("keeps a PDF in storage and a link as it is", async () => {
    await signInAs(demo.officerSefrou);
    expect((await addTrainingMaterial(null, { trainingId: String(provincial.id), title: "دليل التكوين", file: pdf(), url: "" })).ok).toBe(true);
    const [file] = await db.select().from(trainingMaterials).where(eq(trainingMaterials.trainingId, provincial.id));
    expect(file).toMatchObject({ title: "دليل التكوين", url: null, fileName: "دليل التكوين.pdf", fileType: "application/pdf", fileSize: 26 });
    expect(file.storageKey).toMatch(new RegExp(`^trainings/${provincial.id}/`));
    expect(new TextDecoder().decode((await storage().get(file.storageKey!))!)).toContain("training guide");
    expect((await lastAudit("rooting.training.material.add"))?.entityId).toBe(String(file.id));

    expect((await addTrainingMaterial(null, { trainingId: String(provincial.id), title: "العرض", url: "https://example.org/tajdir.pptx" })).ok).toBe(true);
    // a browser's empty file input arrives as an empty file named "blob": a link alone is kept
    expect((await addTrainingMaterial(null, { trainingId: String(provincial.id), title: "الرابط", url: "https://example.org/guide", file: new File([], "blob") })).ok).toBe(true);
    const rows = await db.select().from(trainingMaterials).where(eq(trainingMaterials.trainingId, provincial.id));
    expect(rows.map((r) => [r.title, r.url, r.storageKey])).toContainEqual(["العرض", "https://example.org/tajdir.pptx", null]);
  });

  it("refuses both or neither, a renamed program, a bad link, and anyone out of scope", async () => {
    await signInAs(demo.officerSefrou);
    const both = await expectRefused(() => addTrainingMaterial(null, { trainingId: String(provincial.id), title: "x", file: pdf(), url: "https://example.org" }), trainingMaterials);
    expect(both.fieldErrors?.file).toBe("أرفق ملفًا أو أدخل رابطًا (أحدهما فقط).");
    expect((await expectRefused(() => addTrainingMaterial(null, { trainingId: String(provincial.id), title: "x" }), trainingMaterials)).fieldErrors?.file).toBe(
      "أرفق ملفًا أو أدخل رابطًا (أحدهما فقط).",
    );
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], "slides.pdf");
    expect((await expectRefused(() => addTrainingMaterial(null, { trainingId: String(provincial.id), title: "x", file: exe }), trainingMaterials)).fieldErrors?.file).toMatch(/^نوع الملف غير مقبول/);
    expect((await expectRefused(() => addTrainingMaterial(null, { trainingId: String(provincial.id), title: "x", url: "javascript:alert(1)" }), trainingMaterials)).fieldErrors?.url).toBe(
      "القيمة المدخلة غير صالحة.",
    );
    // the material of a regional training is the Bureau's
    await signInAs(demo.officerFes);
    expect((await expectRefused(() => addTrainingMaterial(null, { trainingId: String(regional.id), title: "x", url: "https://example.org" }), trainingMaterials)).message).toBe(FORBIDDEN);
    await signInAs(demo.officerSouss);
    expect((await expectRefused(() => addTrainingMaterial(null, { trainingId: String(provincial.id), title: "x", url: "https://example.org" }), trainingMaterials)).message).toBe(FORBIDDEN);
  });

  it("recognises PPTX, PNG, JPEG and WebP by their bytes", () => {
    const zip = (part: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode(`[Content_Types].xml ${part}presentation.xml`)]);
    expect(sniffMaterial(zip("ppt/"))).toBe("pptx");
    expect(sniffMaterial(zip("word/"))).toBe("docx");
    expect(sniffMaterial(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png");
    expect(sniffMaterial(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffMaterial(new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]))).toBe("webp");
    expect(sniffMaterial(zip("xl/"))).toBeNull();
  });
});

describe("removeTrainingMaterial", () => {
  it("removes the row and its file, within scope only", async () => {
    const [file] = await db.select().from(trainingMaterials).where(eq(trainingMaterials.trainingId, provincial.id)).orderBy(trainingMaterials.id).limit(1);
    await signInAs(demo.officerSouss);
    expect((await expectRefused(() => removeTrainingMaterial(null, { id: String(file.id) }), trainingMaterials)).message).toBe(FORBIDDEN);
    await signInAs(demo.officerFes);
    expect((await removeTrainingMaterial(null, { id: String(file.id) })).ok).toBe(true);
    expect(await db.select().from(trainingMaterials).where(eq(trainingMaterials.id, file.id))).toHaveLength(0);
    expect(await storage().get(file.storageKey!)).toBeNull();
  });
});
