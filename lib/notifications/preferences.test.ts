/**
 * Email preferences on the real database: a family's notices emailed at once, in the day's digest
 * (sent once per user and day, however many runs), or not at all — the in-app notice always
 * written; the signed unsubscribe link, which turns one family off once and refuses a forged token
 * writing nothing; and the preferences form's refusals under its fields.
 */
import type { Server } from "node:net";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, notificationDigests, notificationPreferences, notifications, outboxEmails, users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { userId } from "@/tests/fixtures/reviews";
import { auditCount, demo, getCurrentUser, lastAudit, setClock, signInAs } from "@/tests/helpers";
import { startTestJobs, stopTestJobs } from "@/tests/jobs";
import { fakeSmtp, messageText } from "@/tests/smtp";
import { DIGEST_CRON, DIGEST_QUEUE, DIGEST_TIME_ZONE } from "@/lib/jobs/workers";
import { POST as oneClick } from "@/app/api/unsubscribe/[token]/route";
import { sendOutboxEmail } from "./delivery";
import { sendDailyDigests } from "./digest";
import { familyOf } from "./families";
import { notifyEach } from "./localized";
import { saveNotificationPreferences, unsubscribeFromLink } from "./preference-actions";
import { preferencesOf, preferencesVersion } from "./preferences";
import { findUnsubscribeLink, readUnsubscribeToken, unsubscribeByToken, unsubscribeToken } from "./unsubscribe";

process.env.AUTH_SECRET ??= "preferences-test-secret-0123456789abcdef";

let server: Server;
const received: string[] = [];

beforeAll(async () => {
  const smtp = await fakeSmtp(received);
  server = smtp.server;
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});

afterAll(() => {
  delete process.env.SMTP_URL;
  server.close();
});

// the seed's emails are taken as sent, so that only the test's own are counted
beforeEach(async () => {
  await db.update(outboxEmails).set({ status: "sent", sentAt: clock.now() }).where(ne(outboxEmails.status, "sent"));
  received.length = 0;
});

afterEach(async () => {
  await stopTestJobs();
});

/** The preferences form as the signed-in user sends it: over the version it loaded. */
async function choose(values: Record<string, string>, version?: number) {
  const me = await getCurrentUser();
  return saveNotificationPreferences(null, { ...values, version: String(version ?? (me ? await preferencesVersion(db, me.id) : 1)) });
}

const allImmediate = { sessions: "immediate", workshops: "immediate", reports: "immediate", trainings: "immediate", cooperation: "immediate" };

let n = 0;
/** A notice of this kind to this user, as every action and job writes one (notifyEach). */
async function tell(email: string, kind: string, title = `إشعار ${kind} ${n + 1}`) {
  n += 1;
  const id = await userId(email);
  await db.transaction((tx) => notifyEach(tx, [id], () => ({ kind, title, href: `/notifications#${n}`, dedupeKey: `test:${kind}:${n}` })));
  return { id, title };
}

const emailsTo = async (to: string) => db.select().from(outboxEmails).where(and(eq(outboxEmails.to, to), ne(outboxEmails.status, "sent")));
const noticesTitled = async (title: string) => db.select().from(notifications).where(eq(notifications.title, title));

describe("the families of notices", () => {
  it("sorts every kind the app writes into a family; the account's own emails are in none", () => {
    expect(familyOf("session.invitation")).toBe("sessions");
    expect(familyOf("paper.assigned")).toBe("workshops");
    expect(familyOf("workshop.agenda")).toBe("workshops");
    expect(familyOf("campaign.reminder")).toBe("reports");
    expect(familyOf("report.returned")).toBe("reports");
    expect(familyOf("training.scheduled")).toBe("trainings");
    expect(familyOf("followup.reminder")).toBe("cooperation");
    expect(familyOf("test")).toBeNull();
  });
});

describe("saveNotificationPreferences", () => {
  it("refuses a choice that is not one, under its field in Arabic, and writes nothing", async () => {
    await signInAs(demo.officerFes);
    const audits = await auditCount();
    const state = await saveNotificationPreferences(null, { ...allImmediate, version: "1", reports: "weekly", sessions: undefined });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toMatchObject({ reports: "اختر قيمة من القائمة.", sessions: "اختر قيمة من القائمة." });
    expect(await auditCount()).toBe(audits);
    expect(await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, await userId(demo.officerFes)))).toHaveLength(0);
  });

  it("saves only what changed, audited, for the viewer alone", async () => {
    const officer = await signInAs(demo.officerFes);
    const state = await choose({ ...allImmediate, reports: "none", sessions: "digest" });
    expect(state).toMatchObject({ ok: true, message: "حُفظت تفضيلات البريد." });
    expect(await preferencesOf(db, officer!.id)).toEqual({ ...allImmediate, reports: "none", sessions: "digest" });
    const audit = await lastAudit("notification.preferences");
    expect(audit).toMatchObject({ userId: officer!.id, entityId: String(officer!.id) });
    expect(audit?.changes).toEqual({ reports: { from: "immediate", to: "none" }, sessions: { from: "immediate", to: "digest" } });
    // nobody else's choices moved
    expect(await preferencesOf(db, await userId(demo.officerSefrou))).toEqual(allImmediate);
    // a form loaded before that save is stale: refused with the choices as they are now, nothing written
    const audits = await auditCount();
    const stale = await choose(allImmediate, 1);
    expect(stale).toMatchObject({ ok: false, conflict: { version: 2, current: { reports: "none", sessions: "digest" } } });
    expect(await auditCount()).toBe(audits);
    // signed out: refused, nothing written
    await signInAs(null);
    expect((await choose(allImmediate)).ok).toBe(false);
    expect(await preferencesOf(db, officer!.id)).toEqual({ ...allImmediate, reports: "none", sessions: "digest" });
    await signInAs(demo.officerFes);
    expect((await choose(allImmediate)).ok).toBe(true);
  });
});

describe("a notice's email follows its family's choice", () => {
  it("none: the notice in the app, no email; the other families still emailed", async () => {
    await signInAs(demo.officerFes);
    await choose({ ...allImmediate, reports: "none" });
    const silent = await tell(demo.officerFes, "report.returned");
    expect(await noticesTitled(silent.title)).toHaveLength(1);
    expect((await emailsTo(demo.officerFes)).filter((e) => e.subject === silent.title)).toHaveLength(0);
    const loud = await tell(demo.officerFes, "training.scheduled");
    const [email] = (await emailsTo(demo.officerFes)).filter((e) => e.subject === loud.title);
    expect(email).toMatchObject({ userId: loud.id, family: "trainings" });
    // a kind of no family is always emailed
    const other = await tell(demo.officerFes, "test");
    expect((await emailsTo(demo.officerFes)).filter((e) => e.subject === other.title)).toHaveLength(1);
    await choose(allImmediate);
  });

  it("digest: no email at once, then one digest with the day's notices, in the user's language, sent once", async () => {
    await signInAs(demo.member);
    await choose({ ...allImmediate, sessions: "digest", workshops: "digest" });
    await db.update(users).set({ locale: "fr" }).where(eq(users.email, demo.member));
    setClock("2026-12-02T09:00:00Z");
    const first = await tell(demo.member, "session.changed", "Séance déplacée");
    const second = await tell(demo.member, "paper.assigned", "Document de travail confié");
    const atOnce = await tell(demo.member, "report.accepted", "Rapport accepté");
    const waiting = await db.select().from(notifications).where(inArray(notifications.title, [first.title, second.title]));
    expect(waiting.map((w) => w.digestPending)).toEqual([true, true]);
    const now = (await emailsTo(demo.member)).map((e) => e.subject);
    expect(now).toContain(atOnce.title);
    expect(now).not.toContain(first.title);
    expect(now).not.toContain(second.title);

    setClock("2026-12-02T17:00:00Z"); // 18:00 in Casablanca
    // two runs at once (two instances), then a third: one digest
    const runs = await Promise.all([sendDailyDigests(), sendDailyDigests()]);
    expect(await sendDailyDigests()).toBe(0);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const digests = (await emailsTo(demo.member)).filter((e) => e.family === "digest");
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe("Récapitulatif des notifications du 2 décembre 2026");
    expect(digests[0].body).toContain("Les notifications qui ne vous ont pas encore été envoyées par e-mail, jusqu’au 2 décembre 2026 (2 notifications) :");
    expect(digests[0].body).toContain("• Séance déplacée");
    expect(digests[0].body).toContain("• Document de travail confié");
    expect(digests[0].body).not.toContain("Rapport accepté");
    const [row] = await db.select().from(notificationDigests).where(eq(notificationDigests.userId, first.id));
    expect(row).toMatchObject({ day: "2026-12-02", notices: 2, outboxId: digests[0].id });
    expect((await db.select().from(notifications).where(inArray(notifications.title, [first.title, second.title]))).every((r) => !r.digestPending)).toBe(true);

    // a notice after the day's digest waits for the next day's
    const late = await tell(demo.member, "session.changed", "Séance encore déplacée");
    expect(await sendDailyDigests()).toBe(0);
    setClock("2026-12-03T17:00:00Z");
    expect(await sendDailyDigests()).toBe(1);
    const next = (await emailsTo(demo.member)).filter((e) => e.family === "digest" && e.id !== digests[0].id);
    expect(next).toHaveLength(1);
    expect(next[0].body).toContain(late.title);
    expect(next[0].body).not.toContain(first.title);
    await db.update(users).set({ locale: null }).where(eq(users.email, demo.member));
    setClock("2026-12-02T09:00:00Z");
  });
});

describe("the digest's schedule", () => {
  it("is a daily cron at 18:00 in Morocco, whose job writes the digests and sends them", async () => {
    const boss = await startTestJobs({ schedule: true });
    expect(await boss.getSchedules()).toContainEqual(expect.objectContaining({ name: DIGEST_QUEUE, cron: DIGEST_CRON, timezone: DIGEST_TIME_ZONE }));
    expect(DIGEST_CRON).toBe("0 18 * * *");
    expect(DIGEST_TIME_ZONE).toBe("Africa/Casablanca");

    await signInAs(demo.officerSouss);
    await choose({ ...allImmediate, trainings: "digest" });
    const { title } = await tell(demo.officerSouss, "training.reminder");
    expect((await emailsTo(demo.officerSouss)).filter((e) => e.subject === title)).toHaveLength(0);
    const job = await boss.send(DIGEST_QUEUE, {});
    await vi.waitFor(async () => expect((await boss.getJobById(DIGEST_QUEUE, job!))?.state).toBe("completed"), { timeout: 10_000, interval: 100 });
    const [digest] = await db.select().from(outboxEmails).where(and(eq(outboxEmails.to, demo.officerSouss), eq(outboxEmails.family, "digest")));
    expect(digest.subject).toBe("ملخص إشعارات يوم 2 دجنبر 2026");
    expect(digest.body).toContain(`• ${title}`);
    expect(digest.body).toContain("الإشعارات التي لم تصلك بالبريد إلى غاية 2 دجنبر 2026 (إشعار واحد):");
    await vi.waitFor(async () => expect((await db.select().from(outboxEmails).where(eq(outboxEmails.id, digest.id)))[0].status).toBe("sent"), { timeout: 10_000, interval: 100 });
    expect(messageText(received.find((raw) => raw.includes("/api/unsubscribe/") && raw.includes(".digest."))!)).toContain("لإيقاف رسائل «الملخص اليومي»");
    await choose(allImmediate);
  });
});

describe("the unsubscribe link", () => {
  it("rides on every email of a notice as it leaves, with the one-click headers; a reset email has none", async () => {
    const { title } = await tell(demo.officerSefrou, "campaign.reminder");
    const [email] = (await emailsTo(demo.officerSefrou)).filter((e) => e.subject === title);
    expect(await sendOutboxEmail({ outboxId: email.id, round: 0, retryCount: 0, retryLimit: 5 })).toBe("sent");
    const raw = received.at(-1)!;
    const head = raw.slice(0, raw.indexOf("\n\n")).replace(/\n[ \t]+/g, " ");
    const token = unsubscribeToken(email.userId!, "reports")!;
    expect(head).toMatch(new RegExp(`^List-Unsubscribe: <[^>]*/api/unsubscribe/${token.replace(/[.]/g, "\\.")}>`, "im"));
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
    const text = messageText(raw);
    expect(text).toContain(`لإيقاف رسائل «التقارير وحملات التقييم»:`);
    expect(text).toContain(`/unsubscribe/${token}`);
    // what the outbox keeps (and admins read) opens nothing
    expect((await db.select().from(outboxEmails).where(eq(outboxEmails.id, email.id)))[0].body).not.toContain("/unsubscribe/");

    const [reset] = await db.insert(outboxEmails).values({ to: demo.officerSefrou, subject: "reset", body: "نص", createdAt: clock.now() }).returning();
    await sendOutboxEmail({ outboxId: reset.id, round: 0, retryCount: 0, retryLimit: 5 });
    expect(received.at(-1)!).not.toMatch(/List-Unsubscribe/i);
  });

  it("turns its family off once, audited, signed out; the page's read writes nothing", async () => {
    const id = await userId(demo.officerSouss);
    const token = unsubscribeToken(id, "reports")!;
    const audits = await auditCount();
    expect(await findUnsubscribeLink(token)).toMatchObject({ userId: id, scope: "reports", locale: "ar", off: false });
    expect(await auditCount()).toBe(audits);
    await signInAs(null);
    const state = await unsubscribeFromLink(null, formWith({ token }));
    expect(state).toMatchObject({ ok: true, message: "أُوقفت هذه الرسائل. يمكنك إعادتها متى شئت من صفحة إشعارات البريد في حسابك." });
    expect(await preferencesOf(db, id)).toEqual({ ...allImmediate, reports: "none" });
    expect(await lastAudit("notification.unsubscribe")).toMatchObject({ userId: id, entityId: String(id) });
    expect(await auditCount()).toBe(audits + 1);
    // once: the second use changes and audits nothing
    expect(await unsubscribeFromLink(null, formWith({ token }))).toMatchObject({ ok: true, message: "هذه الرسائل موقوفة من قبل، ولم يتغير شيء." });
    expect(await auditCount()).toBe(audits + 1);
    // a preferences form loaded before the link was used is now stale
    await signInAs(demo.officerSouss);
    expect((await choose(allImmediate, 1)).conflict).toBeDefined();
    expect(await preferencesOf(db, id)).toEqual({ ...allImmediate, reports: "none" });
    await signInAs(null);
    // another family's link is another family's
    expect((await unsubscribeByToken(unsubscribeToken(id, "trainings")))?.changed).toEqual(["trainings"]);
    expect(await preferencesOf(db, id)).toEqual({ ...allImmediate, reports: "none", trainings: "none" });
  });

  it("a mail client's one-click post turns it off; a forged token is refused with a 404 and writes nothing", async () => {
    const id = await userId(demo.bureau);
    const token = unsubscribeToken(id, "sessions")!;
    const call = (t: string) => oneClick(new Request(`http://localhost/api/unsubscribe/${t}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), { params: Promise.resolve({ token: t }) });
    const audits = await auditCount();
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(notificationPreferences);
    const other = await userId(demo.admin);
    const forged = [
      `${id}.sessions.${"A".repeat(32)}`,
      token.replace(`${id}.`, `${other}.`),
      token.replace(".sessions.", ".reports."),
      `${token}x`,
      "garbage",
      `${id}.account.${token.split(".")[2]}`,
      `../${token}`,
    ];
    for (const bad of forged) {
      expect(readUnsubscribeToken(bad)).toBeNull();
      expect((await call(bad)).status).toBe(404);
      expect(await unsubscribeFromLink(null, formWith({ token: bad }))).toMatchObject({ ok: false, message: "رابط إلغاء الاشتراك غير صالح" });
    }
    expect(await unsubscribeFromLink(null, new FormData())).toMatchObject({ ok: false });
    expect(await auditCount()).toBe(audits);
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(notificationPreferences)).toEqual(before);

    const answer = await call(token);
    expect(answer.status).toBe(200);
    expect(await preferencesOf(db, id)).toMatchObject({ sessions: "none" });
    expect((await call(token)).status).toBe(200);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, "notification.unsubscribe"), eq(auditLog.userId, id)))).toHaveLength(1);
  });

  it("of a digest turns off every family sent in it", async () => {
    const id = await userId(demo.officerSefrou);
    await signInAs(demo.officerSefrou);
    await choose({ ...allImmediate, workshops: "digest", cooperation: "digest" });
    await signInAs(null);
    const done = await unsubscribeByToken(unsubscribeToken(id, "digest"));
    expect(done?.changed.sort()).toEqual(["cooperation", "workshops"]);
    expect(await preferencesOf(db, id)).toEqual({ ...allImmediate, workshops: "none", cooperation: "none" });
    expect(await findUnsubscribeLink(unsubscribeToken(id, "digest"))).toMatchObject({ off: true });
  });
});

function formWith(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  return form;
}
