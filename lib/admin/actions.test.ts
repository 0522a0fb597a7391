import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { members, provinces, regions, signInAttempts, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import { auditCount, demo, lastAudit, signInAs } from "@/tests/helpers";
import { changeUserRole, createUser, deactivateUser, reactivateUser, resetUserPassword } from "./actions";

const refused = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";
const denied = [demo.bureau, demo.officerFes, demo.member];

let fes: number;
let souss: number;
let sefrou: number; // a province of Fès-Meknès
let agadir: number; // a province of Souss-Massa

async function userByEmail(email: string) {
  const [row] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}
async function userCount() {
  const [{ n }] = await db.select({ n: count() }).from(users);
  return n;
}
async function idOf(email: string) {
  return (await userByEmail(email)).id;
}

beforeAll(async () => {
  [{ id: fes }] = await db.select({ id: regions.id }).from(regions).where(eq(regions.nameFr, "Fès-Meknès"));
  [{ id: souss }] = await db.select({ id: regions.id }).from(regions).where(eq(regions.nameFr, "Souss-Massa"));
  [{ id: sefrou }] = await db.select({ id: provinces.id }).from(provinces).where(eq(provinces.nameFr, "Sefrou"));
  [{ id: agadir }] = await db
    .select({ id: provinces.id })
    .from(provinces)
    .where(and(eq(provinces.regionId, souss), sql`${provinces.nameFr} like 'Agadir%'`));
});

const newUser = (overrides: Record<string, unknown> = {}) => ({
  name: "سعاد الإدريسي",
  email: "souad@example.org",
  role: "member",
  scopeRegionId: "",
  scopeProvinceId: "",
  memberNumber: "",
  temporaryPassword: "Temporaire-2026",
  ...overrides,
});

describe("createUser", () => {
  it("lets the admin create an officer of a province, with a hashed temporary password to change", async () => {
    await signInAs(demo.admin);
    await expect(
      createUser(null, newUser({ email: " Karim.Officer@Example.org ", name: "كريم", role: "officer", scopeRegionId: String(fes), scopeProvinceId: String(sefrou) })),
    ).rejects.toThrow(/NEXT_REDIRECT \/admin\/users\/\d+\?created=1/);
    const row = await userByEmail("karim.officer@example.org");
    expect(row).toMatchObject({ email: "karim.officer@example.org", role: "officer", scopeRegionId: fes, scopeProvinceId: sefrou, mustChangePassword: true, active: true });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, "Temporaire-2026")).toBe(true);
    const audit = await lastAudit("user.create");
    expect(audit).toMatchObject({ entity: "user", entityId: String(row.id), userId: await idOf(demo.admin) });
    expect(JSON.stringify(audit)).not.toMatch(/Temporaire|argon2|password/i);
  });

  it("links the account to a member found by number", async () => {
    await signInAs(demo.admin);
    const [free] = await db
      .select({ id: members.id, memberNumber: members.memberNumber })
      .from(members)
      .leftJoin(users, eq(users.memberId, members.id))
      .where(sql`${users.id} is null`)
      .limit(1);
    await expect(createUser(null, newUser({ email: "linked@example.org", memberNumber: free.memberNumber }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await userByEmail("linked@example.org")).memberId).toBe(free.id);
  });

  it("refuses every other role and writes nothing", async () => {
    for (const email of denied) {
      await signInAs(email);
      const [users0, audit0] = [await userCount(), await auditCount()];
      const state = await createUser(null, newUser({ email: "refused@example.org" }));
      expect(state).toMatchObject({ ok: false, message: refused });
      expect(await userCount()).toBe(users0);
      expect(await auditCount()).toBe(audit0);
    }
  });

  const badInputs: [string, Record<string, unknown>, string, string | RegExp][] = [
    ["a bad email", { email: "not-an-email" }, "email", "أدخل بريدًا إلكترونيًا صحيحًا."],
    ["a weak password", { temporaryPassword: "short1" }, "temporaryPassword", /10 أحرف على الأقل/],
    ["a password without a digit", { temporaryPassword: "onlyletterspassword" }, "temporaryPassword", /منها حرف ورقم/],
    ["an officer without a region", { role: "officer" }, "scopeRegionId", "حدد جهة أو إقليم المسؤول."],
    ["a province of another region", { role: "officer", scopeRegionId: "FES", scopeProvinceId: "AGADIR" }, "scopeProvinceId", "هذا الإقليم لا يتبع الجهة المختارة."],
    ["a member with a scope", { role: "member", scopeRegionId: "FES" }, "scopeRegionId", "لا يُحدَّد النطاق الترابي إلا للمسؤولين."],
    ["a bureau member with a province", { role: "bureau", scopeProvinceId: "SEFROU" }, "scopeRegionId", "لا يُحدَّد النطاق الترابي إلا للمسؤولين."],
    ["an email taken in another case", { email: "Officer.FES@example.org" }, "email", "هذه القيمة مستعملة من قبل."],
    ["an unknown member number", { memberNumber: "999999" }, "memberNumber", "لا يوجد عضو بهذا الرقم."],
    ["a missing name", { name: "  " }, "name", "هذا الحقل مطلوب."],
    ["an unknown role", { role: "king" }, "role", "اختر قيمة من القائمة."],
  ];
  for (const [what, overrides, field, message] of badInputs) {
    it(`refuses ${what} under ${field}, in Arabic, and writes nothing`, async () => {
      await signInAs(demo.admin);
      const ids: Record<string, string> = { FES: String(fes), AGADIR: String(agadir), SEFROU: String(sefrou) };
      const input = Object.fromEntries(Object.entries(newUser(overrides)).map(([k, v]) => [k, typeof v === "string" && ids[v] ? ids[v] : v]));
      const [users0, audit0] = [await userCount(), await auditCount()];
      const state = await createUser(null, input);
      expect(state.ok).toBe(false);
      expect(state.fieldErrors?.[field]).toMatch(message);
      expect(state.values).not.toHaveProperty("temporaryPassword");
      expect(await userCount()).toBe(users0);
      expect(await auditCount()).toBe(audit0);
    });
  }

  it("refuses a member already linked to another account", async () => {
    await signInAs(demo.admin);
    const memberAccount = await userByEmail(demo.member);
    const [linked] = await db.select({ memberNumber: members.memberNumber }).from(members).where(eq(members.id, memberAccount.memberId!));
    const before = await userCount();
    const state = await createUser(null, newUser({ email: "twice@example.org", memberNumber: linked.memberNumber }));
    expect(state.fieldErrors?.memberNumber).toBe("هذا العضو مرتبط بحساب آخر.");
    expect(await userCount()).toBe(before);
  });
});

describe("changeUserRole", () => {
  it("lets the admin make a member a provincial officer, and audits the change", async () => {
    await signInAs(demo.admin);
    const target = await userByEmail(demo.member);
    const state = await changeUserRole(null, {
      id: String(target.id),
      version: String(target.version),
      role: "officer",
      scopeRegionId: String(fes),
      scopeProvinceId: String(sefrou),
    });
    expect(state).toMatchObject({ ok: true, message: "حُفظ الدور والنطاق." });
    expect(await userByEmail(demo.member)).toMatchObject({ role: "officer", scopeRegionId: fes, scopeProvinceId: sefrou });
    const audit = await lastAudit("user.role.change");
    expect(audit?.entityId).toBe(String(target.id));
    expect(audit?.changes).toMatchObject({ role: { from: "member", to: "officer" }, scopeProvinceId: { from: null, to: sefrou } });
    // and back: a member has no scope
    const version = String((await userByEmail(demo.member)).version);
    await changeUserRole(null, { id: String(target.id), version, role: "member", scopeRegionId: "", scopeProvinceId: "" });
    expect(await userByEmail(demo.member)).toMatchObject({ role: "member", scopeRegionId: null, scopeProvinceId: null });
  });

  it("refuses every other role and writes nothing", async () => {
    const target = await userByEmail(demo.officerSouss);
    for (const email of denied) {
      await signInAs(email);
      const before = await auditCount();
      const state = await changeUserRole(null, { id: String(target.id), version: String(target.version), role: "admin" });
      expect(state).toMatchObject({ ok: false, message: refused });
      expect(await auditCount()).toBe(before);
    }
    expect((await userByEmail(demo.officerSouss)).role).toBe("officer");
  });

  it("applies the scope rules and writes nothing on a refusal", async () => {
    await signInAs(demo.admin);
    const target = await userByEmail(demo.officerSouss);
    const before = await auditCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ role: "officer" }, "scopeRegionId", "حدد جهة أو إقليم المسؤول."],
      [{ role: "officer", scopeRegionId: String(fes), scopeProvinceId: String(agadir) }, "scopeProvinceId", "هذا الإقليم لا يتبع الجهة المختارة."],
      [{ role: "bureau", scopeRegionId: String(souss) }, "scopeRegionId", "لا يُحدَّد النطاق الترابي إلا للمسؤولين."],
    ];
    for (const [input, field, message] of cases) {
      const state = await changeUserRole(null, { id: String(target.id), version: String(target.version), ...input });
      expect(state.fieldErrors?.[field]).toBe(message);
    }
    expect(await auditCount()).toBe(before);
    expect(await userByEmail(demo.officerSouss)).toMatchObject({ role: "officer", scopeRegionId: souss, scopeProvinceId: null });
  });

  it("refuses an admin removing their own admin role", async () => {
    const me = await signInAs(demo.admin);
    const before = await auditCount();
    const state = await changeUserRole(null, { id: String(me!.id), version: String(me!.version), role: "bureau" });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.role).toBe("لا يمكنك سحب دور مدير النظام من حسابك بنفسك.");
    expect((await userByEmail(demo.admin)).role).toBe("admin");
    expect(await auditCount()).toBe(before);
  });

  it("answers notFound for an unknown account", async () => {
    await signInAs(demo.admin);
    const state = await changeUserRole(null, { id: "987654", version: "1", role: "member" });
    expect(state).toMatchObject({ ok: false, message: "العنصر المطلوب غير موجود أو حُذف." });
  });
});

describe("resetUserPassword", () => {
  it("sets a hashed temporary password, forces its change and lifts the sign-in lock", async () => {
    await signInAs(demo.admin);
    const target = await userByEmail(demo.bureau);
    for (let i = 0; i < 5; i++) await authenticate(demo.bureau, `wrong-password-${i}`, "10.7.1.1");
    expect(await authenticate(demo.bureau, "Bureau-2026-demo", "10.7.1.1")).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 60 });

    const state = await resetUserPassword(null, { id: String(target.id), temporaryPassword: "Provisoire-2026" });
    expect(state.ok).toBe(true);
    const row = await userByEmail(demo.bureau);
    expect(row.mustChangePassword).toBe(true);
    expect(await verifyPassword(row.passwordHash, "Provisoire-2026")).toBe(true);
    const [{ n }] = await db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.email, demo.bureau), eq(signInAttempts.succeeded, false)));
    expect(n).toBe(0);
    const audit = await lastAudit("user.password.reset");
    expect(audit?.entityId).toBe(String(target.id));
    expect(JSON.stringify(audit)).not.toMatch(/Provisoire|argon2/);
    expect((await authenticate(demo.bureau, "Provisoire-2026", "10.7.1.1")).ok).toBe(true);
    // the tests below sign the bureau in as a role refused admin actions: not as one held back by a temporary password
    await db.update(users).set({ mustChangePassword: false }).where(eq(users.id, target.id));
  });

  it("refuses every other role and writes nothing", async () => {
    const target = await userByEmail(demo.officerFes);
    for (const email of denied) {
      await signInAs(email);
      const before = await auditCount();
      const state = await resetUserPassword(null, { id: String(target.id), temporaryPassword: "Provisoire-2026" });
      expect(state).toMatchObject({ ok: false, message: refused });
      expect(await auditCount()).toBe(before);
    }
    expect(await verifyPassword((await userByEmail(demo.officerFes)).passwordHash, "Officer-2026-demo")).toBe(true);
  });

  it("refuses a weak password under its field", async () => {
    await signInAs(demo.admin);
    const target = await userByEmail(demo.officerFes);
    const state = await resetUserPassword(null, { id: String(target.id), temporaryPassword: "abc" });
    expect(state.fieldErrors?.temporaryPassword).toMatch(/10 أحرف على الأقل/);
    expect((await userByEmail(demo.officerFes)).mustChangePassword).toBe(false);
  });
});

describe("deactivateUser / reactivateUser", () => {
  it("lets the admin deactivate an account, which can then no longer sign in, and reactivate it", async () => {
    await signInAs(demo.admin);
    const target = await userByEmail(demo.officerSefrou);
    expect(await deactivateUser(null, { id: String(target.id) })).toMatchObject({ ok: true, message: "عُطّل الحساب." });
    expect((await userByEmail(demo.officerSefrou)).active).toBe(false);
    expect((await lastAudit("user.deactivate"))?.entityId).toBe(String(target.id));
    expect(await authenticate(demo.officerSefrou, "Officer-2026-demo", "10.8.0.1")).toEqual({ ok: false, reason: "inactive" });

    expect(await reactivateUser(null, { id: String(target.id) })).toMatchObject({ ok: true, message: "أُعيد تفعيل الحساب." });
    expect((await userByEmail(demo.officerSefrou)).active).toBe(true);
    expect((await lastAudit("user.reactivate"))?.entityId).toBe(String(target.id));
  });

  it("refuses every other role and writes nothing", async () => {
    const target = await userByEmail(demo.officerSefrou);
    for (const email of denied) {
      await signInAs(email);
      const before = await auditCount();
      expect(await deactivateUser(null, { id: String(target.id) })).toMatchObject({ ok: false, message: refused });
      expect(await reactivateUser(null, { id: String(target.id) })).toMatchObject({ ok: false, message: refused });
      expect(await auditCount()).toBe(before);
    }
    expect((await userByEmail(demo.officerSefrou)).active).toBe(true);
  });

  it("refuses an admin deactivating themself", async () => {
    const me = await signInAs(demo.admin);
    const before = await auditCount();
    const state = await deactivateUser(null, { id: String(me!.id) });
    expect(state).toMatchObject({ ok: false, message: "لا يمكنك تعطيل حسابك بنفسك." });
    expect((await userByEmail(demo.admin)).active).toBe(true);
    expect(await auditCount()).toBe(before);
  });

  it("answers bad input under the id", async () => {
    await signInAs(demo.admin);
    const state = await deactivateUser(null, { id: "abc" });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.id).toBeDefined();
  });
});
