import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, cells, members, provinces } from "@/db/schema";
import { expectSavedOver, expectStale, versionOf } from "@/tests/concurrency";
import { auditCount, demo, lastAudit, signInAs } from "@/tests/helpers";
import { createBranch, deleteBranch, updateBranch } from "./actions";

const FORBIDDEN = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";
const NOT_FOUND = "العنصر المطلوب غير موجود أو حُذف.";
const IN_USE = "لا يمكن الحذف: هذا العنصر مرتبط بعناصر أخرى.";
const REQUIRED = "هذا الحقل مطلوب.";

async function province(nameFr: string) {
  const [row] = await db.select().from(provinces).where(eq(provinces.nameFr, nameFr));
  return row;
}

/** A branch of our own in a province, with no members unless asked. */
async function newBranch(provinceFr: string, nameAr = `فرع اختبار ${Math.random().toString(36).slice(2, 8)}`) {
  const p = await province(provinceFr);
  const [row] = await db.insert(branches).values({ provinceId: p.id, nameAr, town: "مدينة" }).returning();
  return row;
}

async function branchById(id: number) {
  const [row] = await db.select().from(branches).where(eq(branches.id, id));
  return row;
}

async function branchesNamed(nameAr: string) {
  return db.select().from(branches).where(eq(branches.nameAr, nameAr));
}

/** Runs an action as someone and expects it refused with this message, with nothing audited. */
async function expectRefused(email: string, call: () => Promise<{ ok: boolean; message?: string }>, message: string) {
  await signInAs(email);
  const before = await auditCount();
  const state = await call();
  expect(state).toMatchObject({ ok: false, message });
  expect(await auditCount()).toBe(before);
}

async function expectDone(email: string, call: () => Promise<unknown>, to: RegExp) {
  await signInAs(email);
  await expect(call()).rejects.toThrow(to);
}

const fields = (provinceId: number, nameAr: string) => ({ nameAr, nameFr: "", town: "بلدة", address: "", provinceId: String(provinceId) });

describe("createBranch", () => {
  it("lets admin and bureau create anywhere, redirects to the branch and audits", async () => {
    const agadir = await province("Agadir Ida-Outanane");
    for (const email of [demo.admin, demo.bureau]) {
      const name = `فرع جديد ${email}`;
      await expectDone(email, () => createBranch(null, { ...fields(agadir.id, name), nameFr: "Nouvelle section", address: "شارع 1" }), /NEXT_REDIRECT/);
      const [row] = await branchesNamed(name);
      expect(row).toMatchObject({ provinceId: agadir.id, nameFr: "Nouvelle section", town: "بلدة", address: "شارع 1" });
      const audit = await lastAudit("branch.create");
      expect(audit).toMatchObject({ entity: "branch", entityId: String(row.id), summary: `branch "${name}" created in Agadir Ida-Outanane` });
    }
  });

  it("lets officer.fes create in any province of Fès-Meknès, and refuses Souss-Massa", async () => {
    const meknes = await province("Meknès");
    await expectDone(demo.officerFes, () => createBranch(null, fields(meknes.id, "فرع مكناس الجديد")), /NEXT_REDIRECT \/territory\/branches\/\d+\?created=branch$/);
    expect(await branchesNamed("فرع مكناس الجديد")).toHaveLength(1);

    const agadir = await province("Agadir Ida-Outanane");
    await expectRefused(demo.officerFes, () => createBranch(null, fields(agadir.id, "فرع مرفوض")), FORBIDDEN);
    expect(await branchesNamed("فرع مرفوض")).toHaveLength(0);
  });

  it("keeps officer.sefrou to Sefrou province", async () => {
    const fes = await province("Fès");
    await expectRefused(demo.officerSefrou, () => createBranch(null, fields(fes.id, "فرع خارج صفرو")), FORBIDDEN);
    expect(await branchesNamed("فرع خارج صفرو")).toHaveLength(0);
    const sefrou = await province("Sefrou");
    await expectDone(demo.officerSefrou, () => createBranch(null, fields(sefrou.id, "فرع صفرو الجديد")), /NEXT_REDIRECT/);
    expect((await lastAudit("branch.create"))?.summary).toBe(`branch "فرع صفرو الجديد" created in Sefrou`);
  });

  it("refuses a member", async () => {
    const fes = await province("Fès");
    await expectRefused(demo.member, () => createBranch(null, fields(fes.id, "فرع عضو")), FORBIDDEN);
    expect(await branchesNamed("فرع عضو")).toHaveLength(0);
  });

  it("answers bad input under its field and writes nothing", async () => {
    const fes = await province("Fès");
    await signInAs(demo.bureau);
    const before = await auditCount();
    const state = await createBranch(null, { ...fields(fes.id, "   "), town: "" });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toMatchObject({ nameAr: REQUIRED, town: REQUIRED });
    const noProvince = await createBranch(null, { ...fields(fes.id, "فرع بلا إقليم"), provinceId: "" });
    expect(noProvince.fieldErrors?.provinceId).toBe(REQUIRED);
    expect(await auditCount()).toBe(before);
  });

  it("answers a missing province with the not-found message", async () => {
    await expectRefused(demo.bureau, () => createBranch(null, fields(999_999, "فرع في العدم")), NOT_FOUND);
  });
});

describe("updateBranch", () => {
  it("lets admin and bureau edit, recording the changed fields", async () => {
    const branch = await newBranch("Rabat", "فرع قبل التعديل");
    const rabat = await province("Rabat");
    await expectDone(
      demo.bureau,
      async () => updateBranch(null, { id: String(branch.id), version: await versionOf(branches, branch.id), ...fields(rabat.id, "فرع بعد التعديل"), town: "مدينة", address: "زنقة 5" }),
      new RegExp(`NEXT_REDIRECT /territory/branches/${branch.id}$`),
    );
    expect(await branchById(branch.id)).toMatchObject({ nameAr: "فرع بعد التعديل", address: "زنقة 5" });
    const audit = await lastAudit("branch.update");
    expect(audit?.summary).toBe(`branch "فرع بعد التعديل" updated in Rabat`);
    expect(audit?.changes).toEqual({ nameAr: { from: "فرع قبل التعديل", to: "فرع بعد التعديل" }, address: { from: null, to: "زنقة 5" } });

    await expectDone(demo.admin, async () => updateBranch(null, { id: branch.id, version: await versionOf(branches, branch.id), ...fields(rabat.id, "فرع المدير"), town: "مدينة" }), /NEXT_REDIRECT/);
    expect((await branchById(branch.id)).nameAr).toBe("فرع المدير");
  });

  it("lets officer.fes edit and move a branch inside Fès-Meknès", async () => {
    const branch = await newBranch("Meknès");
    const fes = await province("Fès");
    await expectDone(demo.officerFes, async () => updateBranch(null, { id: branch.id, version: await versionOf(branches, branch.id), ...fields(fes.id, "فرع منقول") }), /NEXT_REDIRECT/);
    expect(await branchById(branch.id)).toMatchObject({ nameAr: "فرع منقول", provinceId: fes.id });
    expect((await lastAudit("branch.update"))?.summary).toBe(`branch "فرع منقول" moved from Meknès to Fès`);
  });

  it("refuses officer.fes on a Souss-Massa branch, even when the form names a Fès province", async () => {
    const branch = await newBranch("Agadir Ida-Outanane", "فرع سوسي");
    const fes = await province("Fès");
    const agadir = await province("Agadir Ida-Outanane");
    await expectRefused(demo.officerFes, async () => updateBranch(null, { id: branch.id, version: await versionOf(branches, branch.id), ...fields(agadir.id, "فرع مختطف") }), FORBIDDEN);
    await expectRefused(demo.officerFes, async () => updateBranch(null, { id: branch.id, version: await versionOf(branches, branch.id), ...fields(fes.id, "فرع مختطف") }), FORBIDDEN);
    expect(await branchById(branch.id)).toMatchObject({ nameAr: "فرع سوسي", provinceId: agadir.id });
  });

  it("keeps officer.sefrou to Sefrou province", async () => {
    const fesBranch = await newBranch("Fès", "فرع فاسي");
    const fes = await province("Fès");
    await expectRefused(demo.officerSefrou, async () => updateBranch(null, { id: fesBranch.id, version: await versionOf(branches, fesBranch.id), ...fields(fes.id, "تعديل مرفوض") }), FORBIDDEN);
    expect((await branchById(fesBranch.id)).nameAr).toBe("فرع فاسي");

    const sefrouBranch = await newBranch("Sefrou");
    const sefrou = await province("Sefrou");
    await expectDone(demo.officerSefrou, async () => updateBranch(null, { id: sefrouBranch.id, version: await versionOf(branches, sefrouBranch.id), ...fields(sefrou.id, "فرع صفرو المعدل") }), /NEXT_REDIRECT/);
    expect((await branchById(sefrouBranch.id)).nameAr).toBe("فرع صفرو المعدل");
    // the province officer may not move it even to a neighbouring province of the same region
    await expectRefused(demo.officerSefrou, async () => updateBranch(null, { id: sefrouBranch.id, version: await versionOf(branches, sefrouBranch.id), ...fields(fes.id, "فرع صفرو المعدل") }), FORBIDDEN);
    expect((await branchById(sefrouBranch.id)).provinceId).toBe(sefrou.id);
  });

  it("refuses an officer moving a branch of theirs into another region's province", async () => {
    const branch = await newBranch("Fès", "فرع لا يهاجر");
    const agadir = await province("Agadir Ida-Outanane");
    await expectRefused(demo.officerFes, async () => updateBranch(null, { id: branch.id, version: await versionOf(branches, branch.id), ...fields(agadir.id, "فرع لا يهاجر") }), FORBIDDEN);
    expect((await branchById(branch.id)).provinceId).toBe(branch.provinceId);
  });

  it("refuses a member, bad input and a missing branch", async () => {
    const branch = await newBranch("Fès", "فرع ثابت");
    await expectRefused(demo.member, async () => updateBranch(null, { id: branch.id, version: await versionOf(branches, branch.id), ...fields(branch.provinceId, "تعديل عضو") }), FORBIDDEN);

    await signInAs(demo.bureau);
    const before = await auditCount();
    const state = await updateBranch(null, { id: branch.id, version: await versionOf(branches, branch.id), ...fields(branch.provinceId, "") });
    expect(state.fieldErrors?.nameAr).toBe(REQUIRED);
    expect(await auditCount()).toBe(before);
    expect((await branchById(branch.id)).nameAr).toBe("فرع ثابت");

    await expectRefused(demo.bureau, () => updateBranch(null, { id: 999_999, version: 1, ...fields(branch.provinceId, "لا أحد") }), NOT_FOUND);
  });
});

describe("deleteBranch", () => {
  it("refuses to delete a branch that still has members, with the in-use message", async () => {
    const [withMembers] = await db.select({ branchId: members.branchId }).from(members).limit(1);
    await expectRefused(demo.admin, () => deleteBranch(null, { id: withMembers.branchId }), IN_USE);
    expect(await branchById(withMembers.branchId)).toBeDefined();
  });

  it("deletes an empty branch with its cells, redirects to its province and audits", async () => {
    const branch = await newBranch("Sefrou", "فرع للحذف");
    await db.insert(cells).values([{ branchId: branch.id, name: "خلية أولى" }, { branchId: branch.id, name: "خلية ثانية" }]);
    await expectDone(demo.bureau, () => deleteBranch(null, { id: String(branch.id) }), new RegExp(`NEXT_REDIRECT /territory/provinces/${branch.provinceId}$`));
    expect(await branchById(branch.id)).toBeUndefined();
    const [{ n }] = await db.select({ n: count() }).from(cells).where(eq(cells.branchId, branch.id));
    expect(n).toBe(0);
    expect((await lastAudit("branch.delete"))?.summary).toBe(`branch "فرع للحذف" deleted from Sefrou`);
  });

  it("holds officers to their scope", async () => {
    const souss = await newBranch("Agadir Ida-Outanane");
    await expectRefused(demo.officerFes, () => deleteBranch(null, { id: souss.id }), FORBIDDEN);
    expect(await branchById(souss.id)).toBeDefined();

    const fes = await newBranch("Fès");
    await expectRefused(demo.officerSefrou, () => deleteBranch(null, { id: fes.id }), FORBIDDEN);
    expect(await branchById(fes.id)).toBeDefined();
    await expectDone(demo.officerFes, () => deleteBranch(null, { id: fes.id }), /NEXT_REDIRECT/);
    expect(await branchById(fes.id)).toBeUndefined();

    const sefrou = await newBranch("Sefrou");
    await expectDone(demo.officerSefrou, () => deleteBranch(null, { id: sefrou.id }), /NEXT_REDIRECT/);
    expect(await branchById(sefrou.id)).toBeUndefined();

    await expectDone(demo.admin, () => deleteBranch(null, { id: souss.id }), /NEXT_REDIRECT/);
  });

  it("refuses a member, a bad id and a missing branch", async () => {
    const branch = await newBranch("Fès");
    await expectRefused(demo.member, () => deleteBranch(null, { id: branch.id }), FORBIDDEN);
    expect(await branchById(branch.id)).toBeDefined();
    await signInAs(demo.bureau);
    expect((await deleteBranch(null, { id: "abc" })).ok).toBe(false);
    await expectRefused(demo.bureau, () => deleteBranch(null, { id: 999_999 }), NOT_FOUND);
  });
});

describe("updateBranch from a stale version", () => {
  it("refuses a save made from a replaced version, with the branch as it is now; a save from the new version passes", async () => {
    const fes = await province("Fès");
    const branch = await newBranch("Fès", "فرع التعارض");
    await signInAs(demo.officerFes);
    await expectSavedOver(branches, branch.id, () => updateBranch(null, { id: branch.id, version: 1, ...fields(fes.id, "فرع التعارض"), town: "بلدة الأول" }));
    const current = await expectStale(branches, branch.id, () =>
      updateBranch(null, { id: branch.id, version: 1, ...fields(fes.id, "فرع التعارض"), address: "عنوان الثاني" }),
    );
    expect(current).toEqual({ id: String(branch.id), version: "2", nameAr: "فرع التعارض", nameFr: "", town: "بلدة الأول", address: "", provinceId: String(fes.id) });
    await expectSavedOver(branches, branch.id, () => updateBranch(null, { id: branch.id, version: 2, ...fields(fes.id, "فرع التعارض"), address: "عنوان الثاني" }));
    expect(await branchById(branch.id)).toMatchObject({ town: "بلدة", address: "عنوان الثاني", version: 3 });
  });
});
