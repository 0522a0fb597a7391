import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { signInAttempts, users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { auditCount, demo, lastAudit, setClock, signInAs } from "@/tests/helpers";
import { CredentialsSignin } from "next-auth";
import { changeOwnPassword, login } from "./actions";
import { authenticate } from "./authenticate";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";
import { signIn } from "./index";
import { getCurrentUser } from "./current-user";
import { verifyPassword } from "./password";
import { ACCOUNT_SLOW_FAILURES, ADDRESS_MAX_FAILURES, pairLockSeconds, pruneAttempts } from "./throttle";

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

  it("locks an account from one address after five failures, for a minute, then twice as long per further failure", async () => {
    const ip = "10.1.0.1";
    for (let i = 0; i < 5; i++) expect(await authenticate(demo.member, `bad-${i}-password`, ip)).toEqual({ ok: false, reason: "wrong" });
    // even the right password is refused while the lock holds, and the answer says how long
    expect(await authenticate(demo.member, "Member-2026-demo", ip)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 60 });
    const start = clock.now().getTime();
    const at = (seconds: number) => setClock(new Date(start + seconds * 1000));
    at(30);
    expect(await authenticate(demo.member, "Member-2026-demo", ip)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 30 });
    // the refused attempts were not counted: once the minute is over, one more failure locks for two
    at(61);
    expect(await authenticate(demo.member, "bad-6-password", ip)).toEqual({ ok: false, reason: "wrong" });
    expect(await authenticate(demo.member, "Member-2026-demo", ip)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 120 });
    at(61 + 121);
    expect(await authenticate(demo.member, "bad-7-password", ip)).toEqual({ ok: false, reason: "wrong" });
    expect(await authenticate(demo.member, "Member-2026-demo", ip)).toMatchObject({ reason: "throttled", retryAfterSeconds: 240 });
    // another address is not held back, and the owner's success there does not lift this lock
    expect((await authenticate(demo.member, "Member-2026-demo", "10.1.0.2")).ok).toBe(true);
    expect(await authenticate(demo.member, "Member-2026-demo", ip)).toMatchObject({ reason: "throttled" });
    // after the lock, a success from the address forgets its failures
    at(61 + 121 + 241);
    expect((await authenticate(demo.member, "Member-2026-demo", ip)).ok).toBe(true);
    expect(await authenticate(demo.member, "bad-8-password", ip)).toEqual({ ok: false, reason: "wrong" });
  });

  it("caps the growing lock at an hour", async () => {
    expect([4, 5, 6, 7, 8, 9, 10, 11, 12, 40].map(pairLockSeconds)).toEqual([0, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
    const ip = "10.1.1.1";
    const start = clock.now().getTime();
    for (let i = 0; i < 12; i++) {
      // each failure once the previous lock is over
      setClock(new Date(start + i * 3601_000));
      expect(await authenticate(demo.officerFes, `bad-${i}-password`, ip)).toEqual({ ok: false, reason: "wrong" });
    }
    expect(await authenticate(demo.officerFes, "Officer-2026-demo", ip)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 3600 });
  });

  it("slows an account failing from many addresses, but never locks its owner out", async () => {
    vi.stubEnv("SIGNIN_SLOWDOWN_MS", "300");
    // twenty guesses at the Secretary-General's account, each from its own address
    for (let i = 0; i < ACCOUNT_SLOW_FAILURES; i++) await authenticate(demo.bureau, `guess-${i}-password`, `198.51.100.${i}`);
    const started = performance.now();
    const owner = await authenticate(demo.bureau, "Bureau-2026-demo", "10.2.0.1");
    expect(owner.ok).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    // the attacker's next guesses wait as long, and are refused as wrong, not locked
    const guessStarted = performance.now();
    expect(await authenticate(demo.bureau, "guess-x-password", "198.51.100.200")).toEqual({ ok: false, reason: "wrong" });
    expect(performance.now() - guessStarted).toBeGreaterThanOrEqual(290);
    // an hour later the account answers at once again
    setClock(new Date(clock.now().getTime() + 3601_000));
    const later = performance.now();
    expect((await authenticate(demo.bureau, "Bureau-2026-demo", "10.2.0.1")).ok).toBe(true);
    expect(performance.now() - later).toBeLessThan(290);
  });

  it("locks an address failing on many accounts for the rest of the hour", async () => {
    const ip = "203.0.113.9";
    const start = clock.now().getTime();
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      // spread over forty-nine minutes, four failures per account: no account from this address is locked by itself
      setClock(new Date(start + i * 60_000));
      await authenticate(`someone${Math.floor(i / 4)}@example.org`, "bad-password-1", ip);
    }
    const last = start + (ADDRESS_MAX_FAILURES - 1) * 60_000;
    setClock(new Date(last));
    // open again when the first failure leaves the hour: eleven minutes after the last one
    expect(await authenticate(demo.officerSouss, "Officer-2026-demo", ip)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 660 });
    expect((await authenticate(demo.officerSouss, "Officer-2026-demo", "203.0.113.10")).ok).toBe(true);
    setClock(new Date(start + 3600_000 + 1000));
    expect((await authenticate(demo.officerSouss, "Officer-2026-demo", ip)).ok).toBe(true);
  });

  it("refuses an oversize email or password without hashing it", async () => {
    expect(await authenticate(`${"a".repeat(300)}@example.org`, "whatever-1", "10.4.0.1")).toEqual({ ok: false, reason: "wrong" });
    const started = performance.now();
    expect(await authenticate(demo.member, "x".repeat(1_000_000), "10.4.0.1")).toEqual({ ok: false, reason: "wrong" });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("forgets attempts older than a day", async () => {
    for (let i = 0; i < 5; i++) await authenticate(demo.officerSefrou, `bad-${i}-password`, "10.5.0.1");
    setClock(new Date(clock.now().getTime() + 25 * 3600_000));
    expect(await pruneAttempts()).toBeGreaterThanOrEqual(5);
    expect(await db.select().from(signInAttempts).where(eq(signInAttempts.ip, "10.5.0.1"))).toEqual([]);
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

describe("clientAddress", () => {
  const request = (headers: Record<string, string>) => new Headers(headers);

  it("takes the socket's address and ignores X-Forwarded-For without a trusted proxy", () => {
    const spoofed = request({ [CLIENT_ADDRESS_HEADER]: "192.0.2.7", "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" });
    expect(clientAddress(spoofed)).toBe("192.0.2.7");
    expect(clientAddress(request({ [CLIENT_ADDRESS_HEADER]: "::ffff:192.0.2.7" }))).toBe("192.0.2.7");
    // served without scripts/server.mjs: no address is believed
    expect(clientAddress(request({ "x-forwarded-for": "1.2.3.4" }))).toBe("unknown");
  });

  it("takes the Nth entry from the right of X-Forwarded-For behind N trusted proxies", () => {
    const headers = request({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.1" });
    vi.stubEnv("TRUSTED_PROXIES", "1");
    expect(clientAddress(headers)).toBe("10.0.0.1");
    vi.stubEnv("TRUSTED_PROXIES", "2");
    expect(clientAddress(headers)).toBe("198.51.100.4");
    // a garbled entry is not an address: the socket's is taken
    expect(clientAddress(request({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "<script>, x" }))).toBe("10.0.0.2");
  });

  it("keeps the throttle on the real address when the client rotates X-Forwarded-For", async () => {
    const real = "192.0.2.50";
    for (let i = 0; i < 6; i++) {
      const headers = request({ [CLIENT_ADDRESS_HEADER]: real, "x-forwarded-for": `203.0.113.${i}` });
      await authenticate(demo.admin, `rotating-${i}-password`, clientAddress(headers));
    }
    expect(await authenticate(demo.admin, "Admin-2026-demo", clientAddress(request({ [CLIENT_ADDRESS_HEADER]: real, "x-forwarded-for": "9.9.9.9" })))).toMatchObject({
      reason: "throttled",
    });
    // the audit of a sign-in names the address the server saw, not the one the client wrote
    expect(await authenticate(demo.admin, "Admin-2026-demo", clientAddress(request({ [CLIENT_ADDRESS_HEADER]: "192.0.2.51", "x-forwarded-for": "9.9.9.9" })))).toMatchObject({ ok: true });
    expect((await lastAudit("user.signin"))?.summary).toBe("signed in from 192.0.2.51");
  });
});

describe("login", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };

  it("answers a lock with its wait in words, in the Arabic plural", async () => {
    const locked = (seconds: number) => vi.mocked(signIn).mockRejectedValueOnce(Object.assign(new CredentialsSignin(), { code: "throttled", retryAfterSeconds: seconds }));
    const cases: [number, string][] = [
      [1, "ثانية واحدة"],
      [2, "ثانيتين"],
      [5, "5 ثوانٍ"],
      [45, "45 ثانية"],
      [60, "دقيقة واحدة"],
      [120, "دقيقتين"],
      [240, "4 دقائق"],
      [3600, "60 دقيقة"],
    ];
    for (const [seconds, words] of cases) {
      locked(seconds);
      const state = await login(null, form({ email: demo.member, password: "whatever-1" }));
      expect(state.message).toBe(`محاولات كثيرة غير ناجحة. أُوقف الدخول مؤقتًا، أعد المحاولة بعد ${words}.`);
    }
  });

  it("refuses control characters and oversize input under their fields, before any sign-in", async () => {
    vi.mocked(signIn).mockClear();
    const state = await login(null, form({ email: "member@example.org\u0000", password: "x".repeat(10_000) }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.email).toBeDefined();
    expect(state.fieldErrors?.password).toMatch(/256/);
    expect((await login(null, form({ email: "a".repeat(100_000), password: "pass\u0007word" }))).fieldErrors?.password).toBe(
      "يحتوي النص على محارف غير مقبولة (محارف تحكم أو اتجاه مخفية). احذفها وأعد المحاولة.",
    );
    expect(signIn).not.toHaveBeenCalled();
  });
});
