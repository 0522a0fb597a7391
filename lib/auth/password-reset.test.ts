/**
 * The forgotten password, on the real database and a real SMTP conversation on the loopback: the
 * same answer for any email, one email for an active account only, a link made at sending that
 * works once, within 30 minutes, and dies when another link is used; the throttle; sessions ended,
 * failures forgotten, the audit row; bad input refused with nothing written.
 */
import type { Server } from "node:net";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import { headers } from "next/headers";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, outboxEmails, passwordResetRequests, passwordResets, signInAttempts, users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { sendOutboxEmail } from "@/lib/notifications/delivery";
import { auditCount, demo, getCurrentUser, setClock, signInAs } from "@/tests/helpers";
import { fakeSmtp, messageText } from "@/tests/smtp";
import { resetUserPassword } from "@/lib/admin/actions";
import { changeOwnPassword } from "./actions";
import { authenticate } from "./authenticate";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { hashPassword, verifyPassword } from "./password";
import { hashResetToken, RESET_REQUESTS_PER_ADDRESS, RESET_REQUESTS_PER_EMAIL } from "./password-reset";
import { requestPasswordReset, setPasswordFromLink } from "./password-reset-actions";
import { RESET_LINK_MARKER } from "./password-reset-mail";
import { recordAttempt } from "./throttle";

let server: Server;
const received: string[] = [];

beforeAll(async () => {
  const smtp = await fakeSmtp(received);
  server = smtp.server;
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  process.env.APP_URL = "https://party.example.ma";
});
afterAll(() => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  server.close();
});

let address = 0;
beforeEach(async () => {
  vi.stubEnv("PASSWORD_RESET_ANSWER_MS", "0");
  // each test asks from an address of its own, so that the address's count starts at zero
  address += 1;
  vi.mocked(headers).mockResolvedValue(new Headers({ [CLIENT_ADDRESS_HEADER]: `192.0.2.${address}` }) as never);
  await db.update(outboxEmails).set({ status: "sent" }).where(ne(outboxEmails.status, "sent"));
  await db.delete(passwordResetRequests);
  received.length = 0;
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const ask = (email: string) => requestPasswordReset(null, form({ email }));
const setPassword = async (token: string, password = "Jadida-2027-kalima", confirm = password) => {
  try {
    return await setPasswordFromLink(null, form({ token, newPassword: password, confirmPassword: confirm }));
  } catch (error) {
    // a success redirects to the sign-in page
    if (String((error as Error).message).startsWith("NEXT_REDIRECT")) return { ok: true, redirect: (error as Error).message.split(" ")[1] };
    throw error;
  }
};
const waitingEmails = () => db.select().from(outboxEmails).where(eq(outboxEmails.status, "waiting")).orderBy(outboxEmails.id);
const userRow = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0];
const rows = async (table: typeof passwordResets | typeof passwordResetRequests) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;

/** Sends the waiting email as the job queue would, and reads the token out of the message received. */
async function deliver(row: { id: number; round: number }): Promise<string> {
  received.length = 0;
  expect(await sendOutboxEmail({ outboxId: row.id, round: row.round, retryCount: 0, retryLimit: 5 })).toBe("sent");
  const text = messageText(received[0]);
  const token = /https:\/\/party\.example\.ma\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  expect(token, text).toBeDefined();
  return token!;
}

async function linkFor(email: string): Promise<string> {
  expect((await ask(email)).ok).toBe(true);
  const [row] = (await waitingEmails()).filter((e) => e.to === email).slice(-1);
  return deliver(row);
}

describe("asking for a link", () => {
  it("answers an active account, an unknown email and a deactivated account with the same words; only the active one gets an email", async () => {
    await db.update(users).set({ active: false }).where(eq(users.email, demo.officerSouss));
    const audits = await auditCount();
    const known = await ask(demo.member);
    const unknown = await ask("nobody.here@example.org");
    const inactive = await ask(demo.officerSouss);
    expect(known.ok).toBe(true);
    expect(known.message).toContain("صالح لمدة 30 دقيقة");
    expect({ ...unknown, values: undefined }).toEqual({ ...known, values: undefined });
    expect({ ...inactive, values: undefined }).toEqual({ ...known, values: undefined });

    const emails = await waitingEmails();
    expect(emails.map((e) => e.to)).toEqual([demo.member]);
    expect(emails[0].subject).toBe("استعادة كلمة المرور");
    // what waits in the outbox (and what admins read) carries no link
    expect(emails[0].body).toContain(RESET_LINK_MARKER);
    expect(emails[0].body).not.toMatch(/reset-password\//);
    // every request is counted for the throttle; one link row, for the active account; one audit row
    expect(await rows(passwordResetRequests)).toBe(3);
    const links = await db.select().from(passwordResets).where(eq(passwordResets.outboxId, emails[0].id));
    expect(links).toHaveLength(1);
    expect(links[0].tokenHash).toBeNull();
    expect(await auditCount()).toBe(audits + 1);
  });

  it("takes the same least time whether the email has an account or not", async () => {
    vi.stubEnv("PASSWORD_RESET_ANSWER_MS", "300");
    for (const email of [demo.member, "nobody.here@example.org"]) {
      const started = Date.now();
      await ask(email);
      expect(Date.now() - started).toBeGreaterThanOrEqual(295);
    }
  });

  it("writes the email in the recipient's language", async () => {
    await db.update(users).set({ locale: "fr" }).where(eq(users.email, demo.bureau));
    await ask(demo.bureau);
    const [email] = await waitingEmails();
    expect(email.subject).toBe("Réinitialisation du mot de passe");
    const text = messageText(await deliver(email).then(() => received[0]));
    expect(text).toMatch(/^Bonjour /);
  });

  it("refuses the request after the limit per email, and after the limit per address, in words", async () => {
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i += 1) expect((await ask(demo.member)).ok).toBe(true);
    const refused = await ask(demo.member);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/طلبات كثيرة .* بعد \d+ دقيقة/);
    expect((await waitingEmails()).length).toBe(RESET_REQUESTS_PER_EMAIL);
    // an unknown email is throttled the same way: the refusal says nothing of which emails exist
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i += 1) await ask("nobody.here@example.org");
    expect((await ask("nobody.here@example.org")).message).toBe(refused.message);
    // an hour later the email may ask again
    setClock(new Date(clock.now().getTime() + 3601_000));
    expect((await ask(demo.member)).ok).toBe(true);
  });

  it("refuses the (N+1)th request from one address, whatever the emails", async () => {
    for (let i = 0; i < RESET_REQUESTS_PER_ADDRESS; i += 1) expect((await ask(`someone.${i}@example.org`)).ok).toBe(true);
    const refused = await ask(demo.member);
    expect(refused.ok).toBe(false);
    expect(await waitingEmails()).toHaveLength(0);
    // another address is not held
    vi.mocked(headers).mockResolvedValue(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.77" }) as never);
    expect((await ask(demo.member)).ok).toBe(true);
  });

  it("answers bad input under the field and writes nothing", async () => {
    const before = { requests: await rows(passwordResetRequests), emails: (await db.select().from(outboxEmails)).length, audits: await auditCount() };
    for (const email of ["member@example.org\u0000", "member@example.org\u202E", `${"a".repeat(10_000)}@example.org`, "not an email", ""]) {
      const state = await ask(email);
      expect(state.ok, email.slice(0, 30)).toBe(false);
      expect(state.fieldErrors?.email, email.slice(0, 30)).toMatch(/[\u0600-\u06FF]/);
      expect(String(state.values?.email ?? "").length).toBeLessThanOrEqual(254);
    }
    // a forged call with no form at all
    expect((await requestPasswordReset(null, "junk" as never)).fieldErrors?.email).toBeDefined();
    expect({ requests: await rows(passwordResetRequests), emails: (await db.select().from(outboxEmails)).length, audits: await auditCount() }).toEqual(before);
  });
});

describe("using the link", () => {
  it("keeps only the token's hash, sets the password once, ends every session, forgets the failures and audits", async () => {
    const member = (await signInAs(demo.member))!;
    expect(await getCurrentUser()).not.toBeNull();
    await recordAttempt(demo.member, "203.0.113.9", false);
    const token = await linkFor(demo.member);

    const [link] = await db.select().from(passwordResets).where(eq(passwordResets.userId, member.id)).orderBy(desc(passwordResets.id)).limit(1);
    expect(link.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(await db.select().from(passwordResets))).not.toContain(token);
    expect(JSON.stringify(await db.select().from(outboxEmails))).not.toContain(token);
    expect(link.expiresAt!.getTime() - clock.now().getTime()).toBe(30 * 60_000);

    const done = await setPassword(token);
    expect(done).toEqual({ ok: true, redirect: "/login?reset=done" });
    const after = await userRow(demo.member);
    expect(await verifyPassword(after.passwordHash, "Jadida-2027-kalima")).toBe(true);
    expect(after.sessionVersion).toBe(member.sessionVersion + 1);
    // the session open before is over, and nobody was signed in by the reset
    expect(await getCurrentUser()).toBeNull();
    expect(await db.select().from(signInAttempts).where(and(eq(signInAttempts.email, demo.member), eq(signInAttempts.succeeded, false)))).toHaveLength(0);

    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "user.password.resetByEmail")).orderBy(desc(auditLog.id)).limit(1);
    expect(audit.userId).toBe(member.id);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain("Jadida-2027-kalima");

    // the same link a second time
    const again = await setPassword(token, "Thaniya-2027-kalima");
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("لم يعد صالحًا") });
    expect(await verifyPassword((await userRow(demo.member)).passwordHash, "Jadida-2027-kalima")).toBe(true);
    // the new password signs in
    expect((await authenticate(demo.member, "Jadida-2027-kalima", "203.0.113.10")).ok).toBe(true);
  });

  it("does not work after 30 minutes", async () => {
    const token = await linkFor(demo.officerFes);
    setClock(new Date(clock.now().getTime() + 30 * 60_000 + 1000));
    expect(await setPassword(token)).toMatchObject({ ok: false, message: expect.stringContaining("لم يعد صالحًا") });
    expect(await verifyPassword((await userRow(demo.officerFes)).passwordHash, "Officer-2026-demo")).toBe(true);
  });

  it("works within the 30 minutes", async () => {
    const token = await linkFor(demo.officerFes);
    setClock(new Date(clock.now().getTime() + 29 * 60_000));
    expect(await setPassword(token)).toMatchObject({ ok: true });
  });

  it("dies when another link of the user is used", async () => {
    const first = await linkFor(demo.officerSefrou);
    const second = await linkFor(demo.officerSefrou);
    expect(first).not.toBe(second);
    expect(await setPassword(second)).toMatchObject({ ok: true });
    expect(await setPassword(first, "Thaniya-2027-kalima")).toMatchObject({ ok: false });
    expect(await verifyPassword((await userRow(demo.officerSefrou)).passwordHash, "Jadida-2027-kalima")).toBe(true);
  });

  it("dies when the password is changed another way: by its owner, or by an admin", async () => {
    // a password this test knows, whatever the tests before it set
    await db.update(users).set({ passwordHash: await hashPassword("Officer-2026-demo") }).where(eq(users.email, demo.officerFes));
    const own = await linkFor(demo.officerFes);
    await signInAs(demo.officerFes);
    await expect(changeOwnPassword(null, { currentPassword: "Officer-2026-demo", newPassword: "Nouveau-2026-pass", confirmPassword: "Nouveau-2026-pass" })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await setPassword(own)).toMatchObject({ ok: false, message: expect.stringContaining("لم يعد صالحًا") });
    expect(await verifyPassword((await userRow(demo.officerFes)).passwordHash, "Nouveau-2026-pass")).toBe(true);

    const theirs = await linkFor(demo.officerSefrou);
    await signInAs(demo.admin);
    expect(await resetUserPassword(null, { id: String((await userRow(demo.officerSefrou)).id), temporaryPassword: "Provisoire-2026" })).toMatchObject({ ok: true });
    expect(await setPassword(theirs)).toMatchObject({ ok: false, message: expect.stringContaining("لم يعد صالحًا") });
    expect(await verifyPassword((await userRow(demo.officerSefrou)).passwordHash, "Provisoire-2026")).toBe(true);
  });

  it("refuses a forged token, a token of the right shape that was never made, and a deactivated account", async () => {
    const token = await linkFor(demo.bureau);
    const audits = await auditCount();
    for (const forged of ["x", "../../etc/passwd", `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, "A".repeat(43), "A".repeat(10_000)]) {
      expect(await setPassword(forged), forged.slice(0, 20)).toMatchObject({ ok: false, message: expect.stringContaining("لم يعد صالحًا") });
    }
    await db.update(users).set({ active: false }).where(eq(users.email, demo.bureau));
    expect(await setPassword(token)).toMatchObject({ ok: false });
    expect(await auditCount()).toBe(audits);
  });

  it("answers a weak, mismatched, oversized or control-character password under its field and writes nothing", async () => {
    const token = await linkFor(demo.admin);
    const before = (await userRow(demo.admin)).passwordHash;
    const audits = await auditCount();
    const cases: [string, string, string][] = [
      ["short1", "short1", "newPassword"],
      ["Jadida-2027-kalima", "Jadida-2027-kalimaX", "confirmPassword"],
      ["x1".repeat(5_000), "x1".repeat(5_000), "newPassword"],
      ["Jadida-2027\u0007kalima", "Jadida-2027\u0007kalima", "newPassword"],
    ];
    for (const [password, confirm, field] of cases) {
      const state = await setPassword(token, password, confirm);
      expect(state.ok).toBe(false);
      expect((state as { fieldErrors?: Record<string, string> }).fieldErrors?.[field], password.slice(0, 20)).toMatch(/[\u0600-\u06FF]/);
    }
    expect((await userRow(demo.admin)).passwordHash).toBe(before);
    expect(await auditCount()).toBe(audits);
    // the link still works after those refusals
    expect(await setPassword(token)).toMatchObject({ ok: true });
  });

  it("sends a link already dead (another was used before it left) to the page that asks for a new one", async () => {
    await ask(demo.member);
    const [late] = await waitingEmails();
    const token = await linkFor(demo.member);
    expect(await setPassword(token)).toMatchObject({ ok: true });
    received.length = 0;
    await sendOutboxEmail({ outboxId: late.id, round: late.round, retryCount: 0, retryLimit: 5 });
    expect(messageText(received[0])).toContain("https://party.example.ma/forgot-password");
  });
});
