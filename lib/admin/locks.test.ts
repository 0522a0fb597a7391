import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import * as clock from "@/lib/clock";
import { auditCount, demo, lastAudit, setClock, signInAs } from "@/tests/helpers";
import { changeUserRole, clearSignInLock } from "./actions";
import { listSignInLocks } from "./lock-queries";

const refused = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";

async function userByEmail(email: string) {
  const [row] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email));
  return row;
}

describe("sign-in locks", () => {
  it("lists each hold of the throttle with its failures and its end", async () => {
    const admin = (await signInAs(demo.admin))!;
    const start = clock.now().getTime();
    for (let i = 0; i < 5; i++) await authenticate(demo.member, `bad-${i}-password`, "10.20.0.1");
    for (let i = 0; i < 20; i++) await authenticate(demo.bureau, `guess-${i}-password`, `198.51.100.${i}`);
    for (let i = 0; i < 50; i++) await authenticate(`someone${i}@example.org`, "bad-password-1", "203.0.113.77");
    const locks = await listSignInLocks(admin);
    expect(locks).toContainEqual({ kind: "pair", email: demo.member, ip: "10.20.0.1", failures: 5, until: new Date(start + 60_000) });
    expect(locks).toContainEqual({ kind: "address", email: null, ip: "203.0.113.77", failures: 50, until: new Date(start + 3600_000) });
    expect(locks).toContainEqual({ kind: "account", email: demo.bureau, ip: null, failures: 20, until: new Date(start + 3600_000) });
    // a pair lock that is over is not listed
    setClock(new Date(start + 61_000));
    expect((await listSignInLocks(admin)).some((lock) => lock.kind === "pair" && lock.email === demo.member)).toBe(false);
    // only for admins
    const bureau = (await signInAs(demo.bureau))!;
    expect(await listSignInLocks(bureau)).toEqual([]);
  });

  it("lets an admin lift a lock, audited, after which the account signs in from that address", async () => {
    for (let i = 0; i < 5; i++) await authenticate(demo.officerSouss, `bad-${i}-password`, "10.21.0.1");
    expect(await authenticate(demo.officerSouss, "Officer-2026-demo", "10.21.0.1")).toMatchObject({ reason: "throttled" });
    await signInAs(demo.admin);
    const state = await clearSignInLock(null, { kind: "pair", email: demo.officerSouss, ip: "10.21.0.1" });
    expect(state).toMatchObject({ ok: true, message: "رُفع الإيقاف." });
    expect(await lastAudit("signin.lock.clear")).toMatchObject({
      summary: `pair: ${demo.officerSouss} 10.21.0.1`,
      changes: { kind: "pair", email: demo.officerSouss, ip: "10.21.0.1", failures: 5 },
    });
    expect((await authenticate(demo.officerSouss, "Officer-2026-demo", "10.21.0.1")).ok).toBe(true);

    for (let i = 0; i < 50; i++) await authenticate(`other${i}@example.org`, "bad-password-1", "203.0.113.78");
    expect(await authenticate(demo.officerSouss, "Officer-2026-demo", "203.0.113.78")).toMatchObject({ reason: "throttled" });
    expect((await clearSignInLock(null, { kind: "address", ip: "203.0.113.78" })).ok).toBe(true);
    expect((await authenticate(demo.officerSouss, "Officer-2026-demo", "203.0.113.78")).ok).toBe(true);
  });

  it("refuses every other role, and bad input, writing nothing", async () => {
    for (let i = 0; i < 5; i++) await authenticate(demo.officerSefrou, `bad-${i}-password`, "10.22.0.1");
    for (const email of [demo.bureau, demo.officerFes, demo.member]) {
      await signInAs(email);
      const before = await auditCount();
      expect(await clearSignInLock(null, { kind: "pair", email: demo.officerSefrou, ip: "10.22.0.1" })).toMatchObject({ ok: false, message: refused });
      expect(await auditCount()).toBe(before);
    }
    await signInAs(demo.admin);
    expect((await clearSignInLock(null, { kind: "everything" })).ok).toBe(false);
    expect((await clearSignInLock(null, { kind: "pair", email: demo.officerSefrou })).fieldErrors?.ip).toBeDefined();
    expect(await authenticate(demo.officerSefrou, "Officer-2026-demo", "10.22.0.1")).toMatchObject({ reason: "throttled" });
  });
});

describe("the admin's user edit carries its version", () => {
  it("refuses a stale save of the role form and shows the record as it is now", async () => {
    await signInAs(demo.admin);
    const loaded = await userByEmail(demo.officerFes);
    const form = { id: String(loaded.id), version: String(loaded.version), role: "officer", scopeRegionId: String(loaded.scopeRegionId), scopeProvinceId: "" };
    // another admin saves first, from the same page
    const first = await changeUserRole(null, { ...form, role: "bureau", scopeRegionId: "" });
    expect(first).toMatchObject({ ok: true, result: { version: loaded.version + 1 } });
    const before = await auditCount();
    const stale = await changeUserRole(null, { ...form, role: "member", scopeRegionId: "" });
    expect(stale).toMatchObject({
      ok: false,
      message: "عدّل شخص آخر هذا السجل بعد أن فتحته. لم يُحفظ تعديلك: راجع الفرق ثم اختر.",
      conflict: { version: loaded.version + 1, current: { id: String(loaded.id), role: "bureau", scopeRegionId: "", scopeProvinceId: "" } },
    });
    expect((await userByEmail(demo.officerFes)).role).toBe("bureau");
    expect(await auditCount()).toBe(before);
    // keeping mine: saved over their version
    expect((await changeUserRole(null, { ...form, version: String(loaded.version + 1), role: "member", scopeRegionId: "" })).ok).toBe(true);
    expect((await userByEmail(demo.officerFes)).role).toBe("member");
  });
});
