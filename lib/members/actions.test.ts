import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, members, provinces } from "@/db/schema";
import { expectSavedOver, expectStale } from "@/tests/concurrency";
import { auditCount, demo, lastAudit, signInAs } from "@/tests/helpers";
import { createMember, updateMember } from "./actions";

async function branchOf(provinceNameFr: string, nth = 0) {
  const [province] = await db.select().from(provinces).where(eq(provinces.nameFr, provinceNameFr));
  const rows = await db.select().from(branches).where(eq(branches.provinceId, province.id)).orderBy(branches.id);
  return rows[nth];
}

async function memberCount() {
  const [{ n }] = await db.select({ n: count() }).from(members);
  return n;
}

const memberByNumber = async (memberNumber: string) => (await db.select().from(members).where(eq(members.memberNumber, memberNumber)))[0];

let serial = 0;
function newMember(branchId: number, overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    fullNameAr: "سعاد العلوي",
    fullNameLatin: "Souad Alaoui",
    memberNumber: `T-${serial}`,
    phone: "0612345678",
    email: "souad@example.org",
    gender: "f",
    branchId: String(branchId),
    status: "active",
    joinedOn: "2017-02-04",
    ...overrides,
  };
}

async function insertMember(branchId: number, memberNumber: string) {
  const [row] = await db.insert(members).values({ fullNameAr: "عضو للاختبار", memberNumber, branchId }).returning();
  return row;
}

/** Runs an action that must be refused and checks that nothing was written. */
async function refused(run: () => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> }>) {
  const [membersBefore, auditBefore] = [await memberCount(), await auditCount()];
  const state = await run();
  expect(state.ok).toBe(false);
  expect(await memberCount()).toBe(membersBefore);
  expect(await auditCount()).toBe(auditBefore);
  return state;
}

describe("createMember", () => {
  it("lets the bureau register a member anywhere, audited with the record", async () => {
    await signInAs(demo.bureau);
    const branch = await branchOf("Tiznit");
    const input = newMember(branch.id, { memberNumber: "T-BUREAU-1" });
    await expect(createMember(null, input)).rejects.toThrow(/NEXT_REDIRECT \/members\/\d+\?saved=created/);
    const row = await memberByNumber("T-BUREAU-1");
    expect(row).toMatchObject({ fullNameAr: "سعاد العلوي", branchId: branch.id, email: "souad@example.org", gender: "f", joinedOn: "2017-02-04" });
    const audit = await lastAudit("member.create");
    expect(audit?.entityId).toBe(String(row.id));
    expect(audit?.changes).toMatchObject({ memberNumber: "T-BUREAU-1", branchId: branch.id });
  });

  it("lets officer.fes register a member in one of his branches, blanks stored as null", async () => {
    await signInAs(demo.officerFes);
    const branch = await branchOf("Taza");
    await expect(
      createMember(null, newMember(branch.id, { memberNumber: "T-FES-1", fullNameLatin: " ", phone: "", email: "", gender: "", joinedOn: "" })),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await memberByNumber("T-FES-1")).toMatchObject({ fullNameLatin: null, phone: null, email: null, gender: null, joinedOn: null });
  });

  it("refuses the member role", async () => {
    await signInAs(demo.member);
    const branch = await branchOf("Fès");
    const state = await refused(() => createMember(null, newMember(branch.id)));
    expect(state.message).toBe("ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.");
  });

  it("refuses officer.fes in a Souss-Massa branch and officer.sefrou in a Fès branch outside Sefrou", async () => {
    await signInAs(demo.officerFes);
    const souss = await branchOf("Agadir Ida-Outanane");
    expect((await refused(() => createMember(null, newMember(souss.id)))).message).toMatch(/صلاحية/);
    await signInAs(demo.officerSefrou);
    const fes = await branchOf("Fès");
    expect((await refused(() => createMember(null, newMember(fes.id)))).message).toMatch(/صلاحية/);
  });

  it("answers bad input under the right fields and writes nothing", async () => {
    await signInAs(demo.bureau);
    const branch = await branchOf("Fès");
    const bad = await refused(() =>
      createMember(null, newMember(branch.id, { fullNameAr: "  ", email: "not-an-email", phone: "abc", branchId: "", status: "gone" })),
    );
    expect(bad.fieldErrors).toMatchObject({
      fullNameAr: "هذا الحقل مطلوب.",
      email: "أدخل بريدًا إلكترونيًا صحيحًا.",
      phone: "أدخل رقم هاتف صحيحًا.",
      branchId: "هذا الحقل مطلوب.",
      status: "اختر قيمة من القائمة.",
    });
    const duplicate = await refused(() => createMember(null, newMember(branch.id, { memberNumber: "100001" })));
    expect(duplicate.fieldErrors).toEqual({ memberNumber: "هذه القيمة مستعملة من قبل." });
  });

  it("answers an unknown branch as not found", async () => {
    await signInAs(demo.bureau);
    const state = await refused(() => createMember(null, newMember(999_999)));
    expect(state.message).toBe("العنصر المطلوب غير موجود أو حُذف.");
  });
});

describe("updateMember", () => {
  it("lets officer.fes move a member between two of his branches, audited with what changed", async () => {
    const from = await branchOf("Fès");
    const to = await branchOf("Meknès");
    const member = await insertMember(from.id, "T-MOVE-1");
    await signInAs(demo.officerFes);
    await expect(
      updateMember(null, { ...newMember(to.id, { memberNumber: "T-MOVE-1", status: "suspended" }), id: String(member.id), version: String(member.version) }),
    ).rejects.toThrow(new RegExp(`NEXT_REDIRECT /members/${member.id}\\?saved=updated`));
    expect(await memberByNumber("T-MOVE-1")).toMatchObject({ branchId: to.id, status: "suspended", fullNameAr: "سعاد العلوي" });
    const audit = await lastAudit("member.update");
    expect(audit?.entityId).toBe(String(member.id));
    expect(audit?.changes).toMatchObject({ branchId: { from: from.id, to: to.id }, status: { from: "active", to: "suspended" } });
    expect(audit?.changes).not.toHaveProperty("memberNumber");
  });

  it("lets the bureau keep a member's own number", async () => {
    const branch = await branchOf("Rabat");
    const member = await insertMember(branch.id, "T-KEEP-1");
    await signInAs(demo.bureau);
    await expect(updateMember(null, { ...newMember(branch.id, { memberNumber: "T-KEEP-1" }), id: member.id, version: member.version })).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("refuses moving a Fès member into a Souss branch, and a Souss officer on a Fès member", async () => {
    const fes = await branchOf("Fès");
    const souss = await branchOf("Tiznit");
    const member = await insertMember(fes.id, "T-MOVE-2");
    await signInAs(demo.officerFes);
    const auditBefore = await auditCount();
    const move = await updateMember(null, { ...newMember(souss.id, { memberNumber: "T-MOVE-2" }), id: member.id, version: member.version });
    expect(move).toMatchObject({ ok: false, message: "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق." });
    await signInAs(demo.officerSouss);
    const fromOutside = await updateMember(null, { ...newMember(souss.id, { memberNumber: "T-MOVE-2" }), id: member.id, version: member.version });
    expect(fromOutside.ok).toBe(false);
    await signInAs(demo.officerSefrou);
    const sefrouOnFes = await updateMember(null, { ...newMember(fes.id, { memberNumber: "T-MOVE-2" }), id: member.id, version: member.version });
    expect(sefrouOnFes.ok).toBe(false);
    expect(await memberByNumber("T-MOVE-2")).toMatchObject({ branchId: fes.id, fullNameAr: "عضو للاختبار" });
    expect(await auditCount()).toBe(auditBefore);
  });

  it("refuses the member role and an unknown member", async () => {
    const branch = await branchOf("Fès");
    const member = await insertMember(branch.id, "T-DENY-1");
    await signInAs(demo.member);
    const denied = await refused(() => updateMember(null, { ...newMember(branch.id, { memberNumber: "T-DENY-1" }), id: member.id, version: member.version }));
    expect(denied.message).toMatch(/صلاحية/);
    await signInAs(demo.bureau);
    const missing = await refused(() => updateMember(null, { ...newMember(branch.id), id: 999_999, version: 1 }));
    expect(missing.message).toBe("العنصر المطلوب غير موجود أو حُذف.");
  });

  it("refuses another member's number and bad input under their fields", async () => {
    const branch = await branchOf("Fès");
    const member = await insertMember(branch.id, "T-DUP-1");
    await signInAs(demo.officerFes);
    const duplicate = await refused(() => updateMember(null, { ...newMember(branch.id, { memberNumber: "100002" }), id: member.id, version: member.version }));
    expect(duplicate.fieldErrors).toEqual({ memberNumber: "هذه القيمة مستعملة من قبل." });
    const bad = await refused(() =>
      updateMember(null, { ...newMember(branch.id, { memberNumber: "T-DUP-1", fullNameAr: "", email: "x@", joinedOn: "2017-13-45" }), id: member.id, version: member.version }),
    );
    expect(bad.fieldErrors).toMatchObject({ fullNameAr: "هذا الحقل مطلوب.", email: "أدخل بريدًا إلكترونيًا صحيحًا.", joinedOn: "أدخل تاريخًا صحيحًا." });
    expect(await memberByNumber("T-DUP-1")).toMatchObject({ fullNameAr: "عضو للاختبار" });
  });
});

describe("updateMember from a stale version", () => {
  it("refuses a save made from the version another save replaced, with the member as they are now", async () => {
    const branch = await branchOf("Fès");
    const member = await insertMember(branch.id, "T-STALE-1");
    await signInAs(demo.officerFes);
    await expectSavedOver(members, member.id, () =>
      updateMember(null, { ...newMember(branch.id, { memberNumber: "T-STALE-1", fullNameAr: "نسخة الأول" }), id: member.id, version: 1 }),
    );
    await signInAs(demo.bureau);
    const current = await expectStale(members, member.id, () =>
      updateMember(null, { ...newMember(branch.id, { memberNumber: "T-STALE-1", phone: "0699999999" }), id: member.id, version: 1 }),
    );
    expect(current).toMatchObject({
      id: String(member.id),
      fullNameAr: "نسخة الأول",
      phone: "0612345678",
      branchId: String(branch.id),
      provinceId: String(branch.provinceId),
      $labels: { [`branchId=${branch.id}`]: branch.nameAr },
    });
    // keeping theirs out: saved again over the version the conflict named
    await expectSavedOver(members, member.id, () =>
      updateMember(null, { ...newMember(branch.id, { memberNumber: "T-STALE-1", phone: "0699999999" }), id: member.id, version: 2 }),
    );
    expect(await memberByNumber("T-STALE-1")).toMatchObject({ phone: "0699999999", version: 3 });
  });
});
