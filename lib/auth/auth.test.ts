import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { auditCount, demo, lastAudit, setClock, signInAs } from "@/tests/helpers";
import { changeOwnPassword } from "./actions";
import { authenticate } from "./authenticate";
import { getCurrentUser } from "./current-user";
import { verifyPassword } from "./password";

describe("authenticate", () => {
  it("accepts the right password and refuses a wrong one or an unknown email with the same answer", async () => {
    const ok = await authenticate(" Admin@Example.org ", "Admin-2026-demo", "10.0.0.1");
    expect(ok.ok).toBe(true);
    const wrongPassword = await authenticate(demo.admin, "nope-nope-1", "10.0.0.1");
    const unknownEmail = await authenticate("nobody@example.org", "nope-nope-1", "10.0.0.1");
    expect(wrongPassword).toEqual({ ok: false, reason: "wrong" });
    expect(unknownEmail).toEqual({ ok: false, reason: "wrong" });
  });

  it("takes about the same time for an unknown email as for a wrong password", async () => {
    const time = async (email: string, ip: string) => {
      const start = performance.now();
      await authenticate(email, "wrong-password-1", ip);
      return performance.now() - start;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    await time(demo.officerSefrou, "10.0.1.0"); // warm up the dummy hash
    const known: number[] = [];
    const unknown: number[] = [];
    // interleaved, each from its own address and below the throttle, so that load hits both alike
    for (let i = 0; i < 4; i++) {
      known.push(await time(demo.officerSefrou, `10.0.2.${i}`));
      unknown.push(await time(`ghost${i}@example.org`, `10.0.3.${i}`));
    }
    // without the dummy hash an unknown email answers ~50× faster; the bounds leave room for a busy
    // machine (other test files run beside this one) while still catching that
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
  });

  it("refuses further attempts after five failures for the same email, even with the right password", async () => {
    for (let i = 0; i < 5; i++) expect((await authenticate(demo.member, `bad-${i}-password`, `10.1.0.${i}`)).ok).toBe(false);
    expect(await authenticate(demo.member, "Member-2026-demo", "10.1.0.99")).toEqual({ ok: false, reason: "throttled" });
    // the window is fifteen minutes, on the app's clock: fourteen minutes on, still closed; sixteen, open again
    const failedAt = clock.now().getTime();
    setClock(new Date(failedAt + 14 * 60_000));
    expect(await authenticate(demo.member, "Member-2026-demo", "10.1.0.99")).toEqual({ ok: false, reason: "throttled" });
    setClock(new Date(failedAt + 16 * 60_000));
    expect((await authenticate(demo.member, "Member-2026-demo", "10.1.0.99")).ok).toBe(true);
  });

  it("refuses an address after five failures, whatever the email", async () => {
    for (let i = 0; i < 5; i++) await authenticate(`someone${i}@example.org`, "bad-password-1", "10.2.0.1");
    expect(await authenticate(demo.bureau, "Bureau-2026-demo", "10.2.0.1")).toEqual({ ok: false, reason: "throttled" });
    expect((await authenticate(demo.bureau, "Bureau-2026-demo", "10.2.0.2")).ok).toBe(true);
  });

  it("refuses an inactive account", async () => {
    await db.update(users).set({ active: false }).where(eq(users.email, demo.officerSouss));
    expect(await authenticate(demo.officerSouss, "Officer-2026-demo", "10.3.0.1")).toEqual({ ok: false, reason: "inactive" });
    await signInAs(demo.officerSouss);
    expect(await getCurrentUser()).toBeNull();
    await db.update(users).set({ active: true }).where(eq(users.email, demo.officerSouss));
  });
});

describe("changeOwnPassword", () => {
  it("changes the password after checking the current one, clears the forced change and audits", async () => {
    const user = await signInAs(demo.officerFes);
    await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user!.id));
    await expect(
      changeOwnPassword(null, { currentPassword: "Officer-2026-demo", newPassword: "Nouveau-2026-pass", confirmPassword: "Nouveau-2026-pass" }),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    const [row] = await db.select().from(users).where(eq(users.id, user!.id));
    expect(await verifyPassword(row.passwordHash, "Nouveau-2026-pass")).toBe(true);
    expect(row.mustChangePassword).toBe(false);
    expect((await lastAudit("user.password.change"))?.userId).toBe(user!.id);
  });

  it("refuses a wrong current password under its field, and writes nothing", async () => {
    await signInAs(demo.member);
    const before = await auditCount();
    const state = await changeOwnPassword(null, { currentPassword: "wrong", newPassword: "Nouveau-2026-pass", confirmPassword: "Nouveau-2026-pass" });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.currentPassword).toBe("كلمة المرور الحالية غير صحيحة.");
    expect(await auditCount()).toBe(before);
  });

  it("answers bad input in Arabic under the right fields", async () => {
    await signInAs(demo.member);
    const state = await changeOwnPassword(null, { currentPassword: "", newPassword: "short", confirmPassword: "other" });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.currentPassword).toBe("هذا الحقل مطلوب.");
    expect(state.fieldErrors?.newPassword).toMatch(/10 أحرف/);
    expect(state.values).not.toHaveProperty("newPassword");
  });

  it("refuses the signed-out", async () => {
    await signInAs(null);
    const state = await changeOwnPassword(null, { currentPassword: "x", newPassword: "Nouveau-2026-pass", confirmPassword: "Nouveau-2026-pass" });
    expect(state).toMatchObject({ ok: false, message: "انتهت جلستك. سجّل الدخول من جديد." });
  });
});
