import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, cells, provinces } from "@/db/schema";
import { expectSavedOver, expectStale, versionOf } from "@/tests/concurrency";
import { auditCount, demo, lastAudit, signInAs } from "@/tests/helpers";
import { createCell, deleteCell, updateCell } from "./actions";

const FORBIDDEN = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";
const NOT_FOUND = "العنصر المطلوب غير موجود أو حُذف.";
const REQUIRED = "هذا الحقل مطلوب.";

async function newBranch(provinceFr: string) {
  const [p] = await db.select().from(provinces).where(eq(provinces.nameFr, provinceFr));
  const [row] = await db
    .insert(branches)
    .values({ provinceId: p.id, nameAr: `فرع ${provinceFr}`, town: "مدينة" })
    .returning();
  return row;
}

async function newCell(provinceFr: string, name = "خلية قائمة") {
  const branch = await newBranch(provinceFr);
  const [row] = await db.insert(cells).values({ branchId: branch.id, name, kind: "youth", membersCount: 12 }).returning();
  return row;
}

async function cellById(id: number) {
  const [row] = await db.select().from(cells).where(eq(cells.id, id));
  return row;
}

async function cellsOf(branchId: number) {
  return db.select().from(cells).where(eq(cells.branchId, branchId));
}

async function expectRefused(email: string, call: () => Promise<{ ok: boolean; message?: string }>, message: string) {
  await signInAs(email);
  const before = await auditCount();
  const state = await call();
  expect(state).toMatchObject({ ok: false, message });
  expect(await auditCount()).toBe(before);
}

async function expectDone(email: string, call: () => Promise<unknown>, to: RegExp = /NEXT_REDIRECT/) {
  await signInAs(email);
  await expect(call()).rejects.toThrow(to);
}

const fields = (name: string) => ({ name, kind: "neighbourhood", foundedOn: "2017-06-04", membersCount: "15" });

describe("createCell", () => {
  it("lets admin and bureau add a cell to any branch, and audits", async () => {
    const branch = await newBranch("Tiznit");
    await expectDone(demo.admin, () => createCell(null, { branchId: String(branch.id), ...fields("خلية المدير") }), new RegExp(`NEXT_REDIRECT /territory/branches/${branch.id}$`));
    await expectDone(demo.bureau, () => createCell(null, { branchId: branch.id, ...fields("خلية المكتب"), foundedOn: "", membersCount: "" }));
    const rows = await cellsOf(branch.id);
    expect(rows.map((c) => c.name).sort()).toEqual(["خلية المدير", "خلية المكتب"].sort());
    expect(rows.find((c) => c.name === "خلية المدير")).toMatchObject({ kind: "neighbourhood", foundedOn: "2017-06-04", membersCount: 15 });
    expect(rows.find((c) => c.name === "خلية المكتب")).toMatchObject({ foundedOn: null, membersCount: null });
    expect((await lastAudit("cell.create"))?.summary).toBe(`cell "خلية المكتب" created in branch "فرع Tiznit"`);
  });

  it("holds officers to their scope", async () => {
    const taza = await newBranch("Taza");
    await expectDone(demo.officerFes, () => createCell(null, { branchId: taza.id, ...fields("خلية تازة") }));
    expect(await cellsOf(taza.id)).toHaveLength(1);

    const souss = await newBranch("Tiznit");
    await expectRefused(demo.officerFes, () => createCell(null, { branchId: souss.id, ...fields("خلية مرفوضة") }), FORBIDDEN);
    expect(await cellsOf(souss.id)).toHaveLength(0);

    const fes = await newBranch("Fès");
    await expectRefused(demo.officerSefrou, () => createCell(null, { branchId: fes.id, ...fields("خلية مرفوضة") }), FORBIDDEN);
    expect(await cellsOf(fes.id)).toHaveLength(0);
    const sefrou = await newBranch("Sefrou");
    await expectDone(demo.officerSefrou, () => createCell(null, { branchId: sefrou.id, ...fields("خلية صفرو") }));
    expect(await cellsOf(sefrou.id)).toHaveLength(1);
  });

  it("refuses a member", async () => {
    const branch = await newBranch("Fès");
    await expectRefused(demo.member, () => createCell(null, { branchId: branch.id, ...fields("خلية عضو") }), FORBIDDEN);
    expect(await cellsOf(branch.id)).toHaveLength(0);
  });

  it("answers bad input under its field and writes nothing", async () => {
    const branch = await newBranch("Fès");
    await signInAs(demo.bureau);
    const before = await auditCount();
    const empty = await createCell(null, { branchId: branch.id, ...fields(" ") });
    expect(empty.fieldErrors?.name).toBe(REQUIRED);
    const negative = await createCell(null, { branchId: branch.id, ...fields("خلية"), membersCount: "-3" });
    expect(negative.fieldErrors?.membersCount).toBe("القيمة أصغر من المسموح (0).");
    const fraction = await createCell(null, { branchId: branch.id, ...fields("خلية"), membersCount: "2.5" });
    expect(fraction.fieldErrors?.membersCount).toBeDefined();
    const kind = await createCell(null, { branchId: branch.id, ...fields("خلية"), kind: "secret" });
    expect(kind.fieldErrors?.kind).toBe("اختر قيمة من القائمة.");
    const date = await createCell(null, { branchId: branch.id, ...fields("خلية"), foundedOn: "2017-02-31" });
    expect(date.fieldErrors?.foundedOn).toBe("أدخل تاريخًا صحيحًا.");
    expect(await cellsOf(branch.id)).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });

  it("answers a missing branch with the not-found message", async () => {
    await expectRefused(demo.bureau, () => createCell(null, { branchId: 999_999, ...fields("خلية يتيمة") }), NOT_FOUND);
  });
});

describe("updateCell", () => {
  it("lets admin and bureau edit, recording the changed fields", async () => {
    const cell = await newCell("Tiznit");
    await expectDone(
      demo.bureau,
      async () => updateCell(null, { id: String(cell.id), version: await versionOf(cells, cell.id), name: "خلية معدلة", kind: "youth", foundedOn: "", membersCount: "20" }),
      new RegExp(`NEXT_REDIRECT /territory/branches/${cell.branchId}$`),
    );
    expect(await cellById(cell.id)).toMatchObject({ name: "خلية معدلة", kind: "youth", membersCount: 20 });
    const audit = await lastAudit("cell.update");
    expect(audit?.summary).toBe(`cell "خلية معدلة" updated in branch "فرع Tiznit"`);
    expect(audit?.changes).toEqual({ name: { from: "خلية قائمة", to: "خلية معدلة" }, membersCount: { from: 12, to: 20 } });
    await expectDone(demo.admin, async () => updateCell(null, { id: cell.id, version: await versionOf(cells, cell.id), ...fields("خلية المدير") }));
    expect((await cellById(cell.id)).name).toBe("خلية المدير");
  });

  it("holds officers to their scope", async () => {
    const meknes = await newCell("Meknès");
    await expectDone(demo.officerFes, async () => updateCell(null, { id: meknes.id, version: await versionOf(cells, meknes.id), ...fields("خلية مكناس") }));
    expect((await cellById(meknes.id)).name).toBe("خلية مكناس");

    const souss = await newCell("Tiznit", "خلية سوسية");
    await expectRefused(demo.officerFes, async () => updateCell(null, { id: souss.id, version: await versionOf(cells, souss.id), ...fields("تعديل مرفوض") }), FORBIDDEN);
    expect((await cellById(souss.id)).name).toBe("خلية سوسية");

    const fes = await newCell("Fès", "خلية فاسية");
    await expectRefused(demo.officerSefrou, async () => updateCell(null, { id: fes.id, version: await versionOf(cells, fes.id), ...fields("تعديل مرفوض") }), FORBIDDEN);
    expect((await cellById(fes.id)).name).toBe("خلية فاسية");
    const sefrou = await newCell("Sefrou");
    await expectDone(demo.officerSefrou, async () => updateCell(null, { id: sefrou.id, version: await versionOf(cells, sefrou.id), ...fields("خلية صفرو") }));
    expect((await cellById(sefrou.id)).name).toBe("خلية صفرو");
  });

  it("refuses a member, bad input and a missing cell", async () => {
    const cell = await newCell("Fès", "خلية ثابتة");
    await expectRefused(demo.member, async () => updateCell(null, { id: cell.id, version: await versionOf(cells, cell.id), ...fields("تعديل عضو") }), FORBIDDEN);
    await signInAs(demo.bureau);
    const before = await auditCount();
    const state = await updateCell(null, { id: cell.id, version: await versionOf(cells, cell.id), ...fields(""), membersCount: "-1", kind: "" });
    expect(state.fieldErrors).toMatchObject({ name: REQUIRED, membersCount: "القيمة أصغر من المسموح (0)." });
    expect(state.fieldErrors?.kind).toBeDefined();
    expect(await auditCount()).toBe(before);
    expect((await cellById(cell.id)).name).toBe("خلية ثابتة");
    await expectRefused(demo.bureau, () => updateCell(null, { id: 999_999, version: 1, ...fields("لا شيء") }), NOT_FOUND);
  });
});

describe("deleteCell", () => {
  it("lets admin and bureau delete, redirects to the branch and audits", async () => {
    const a = await newCell("Tiznit", "خلية للحذف");
    await expectDone(demo.bureau, () => deleteCell(null, { id: String(a.id) }), new RegExp(`NEXT_REDIRECT /territory/branches/${a.branchId}$`));
    expect(await cellById(a.id)).toBeUndefined();
    expect((await lastAudit("cell.delete"))?.summary).toBe(`cell "خلية للحذف" deleted from branch "فرع Tiznit"`);
    const b = await newCell("Tiznit");
    await expectDone(demo.admin, () => deleteCell(null, { id: b.id }));
    expect(await cellById(b.id)).toBeUndefined();
  });

  it("holds officers to their scope", async () => {
    const souss = await newCell("Tiznit");
    await expectRefused(demo.officerFes, () => deleteCell(null, { id: souss.id }), FORBIDDEN);
    expect(await cellById(souss.id)).toBeDefined();
    const fes = await newCell("Fès");
    await expectRefused(demo.officerSefrou, () => deleteCell(null, { id: fes.id }), FORBIDDEN);
    expect(await cellById(fes.id)).toBeDefined();
    await expectDone(demo.officerFes, () => deleteCell(null, { id: fes.id }));
    expect(await cellById(fes.id)).toBeUndefined();
    const sefrou = await newCell("Sefrou");
    await expectDone(demo.officerSefrou, () => deleteCell(null, { id: sefrou.id }));
    expect(await cellById(sefrou.id)).toBeUndefined();
  });

  it("refuses a member and a missing cell", async () => {
    const cell = await newCell("Fès");
    await expectRefused(demo.member, () => deleteCell(null, { id: cell.id }), FORBIDDEN);
    expect(await cellById(cell.id)).toBeDefined();
    await expectRefused(demo.bureau, () => deleteCell(null, { id: 999_999 }), NOT_FOUND);
  });
});

describe("updateCell from a stale version", () => {
  it("refuses a save made from a replaced version, with the cell as it is now; a save from the new version passes", async () => {
    const cell = await newCell("Fès", "خلية التعارض");
    await signInAs(demo.officerFes);
    await expectSavedOver(cells, cell.id, () => updateCell(null, { id: cell.id, version: 1, ...fields("خلية التعارض"), membersCount: "30" }));
    const current = await expectStale(cells, cell.id, () => updateCell(null, { id: cell.id, version: 1, ...fields("خلية بعد التعارض") }));
    expect(current).toEqual({ id: String(cell.id), version: "2", name: "خلية التعارض", kind: "neighbourhood", foundedOn: "2017-06-04", membersCount: "30" });
    await expectSavedOver(cells, cell.id, () => updateCell(null, { id: cell.id, version: 2, ...fields("خلية بعد التعارض") }));
    expect(await cellById(cell.id)).toMatchObject({ name: "خلية بعد التعارض", membersCount: 15, version: 3 });
  });
});
