/**
 * The outbox on the job queue, on the real database and a real SMTP conversation on the loopback:
 * a refused email is retried and then delivered, the last failure leaves a dead letter that an
 * admin sends again, a job whose worker died is taken over after its expiry, the hourly schedule
 * reminds, and — on PostgreSQL — two workers over one database send each email once.
 */
import type { Server } from "node:net";
import { and, eq, ne, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { notifications, outboxEmails } from "@/db/schema";
import * as clock from "@/lib/clock";
import { openQueue, QUEUE_SCHEMA } from "@/lib/jobs/queue";
import { OUTBOX_SWEEP_QUEUE, registerJobs, REMINDERS_CRON, REMINDERS_QUEUE } from "@/lib/jobs/workers";
import { openCampaignWithReports, rowCount, userId } from "@/tests/fixtures/reports";
import { auditCount, demo, lastAudit, setClock, signInAs, today } from "@/tests/helpers";
import { startTestJobs, stopTestJobs, testQueueSettings } from "@/tests/jobs";
import { fakeSmtp } from "@/tests/smtp";
import { enqueueWaitingEmails, OUTBOX_QUEUE, outboxJobId, outboxQueueOptions, SEND_RETRY_LIMIT } from "./delivery";
import { retryOutboxEmail } from "./outbox-actions";

let server: Server;
let refuse: (count: number) => void;
const received: string[] = [];

beforeAll(async () => {
  const smtp = await fakeSmtp(received);
  server = smtp.server;
  refuse = smtp.refuse;
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});

afterAll(() => {
  delete process.env.SMTP_URL;
  server.close();
});

// the seed's emails are taken as sent, so that only the test's own wait in the outbox
beforeEach(async () => {
  await db.update(outboxEmails).set({ status: "sent", sentAt: clock.now() }).where(ne(outboxEmails.status, "sent"));
  received.length = 0;
  refuse(0);
});

afterEach(async () => {
  await stopTestJobs();
});

let written = 0;
async function writeEmail(to = "ali.bennani@example.ma") {
  written += 1;
  const [row] = await db
    .insert(outboxEmails)
    .values({ to, subject: `رسالة تجريبية ${written}`, body: "نص الرسالة", createdAt: clock.now() })
    .returning();
  return row;
}

const emailRow = async (id: number) => (await db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0];

async function untilStatus(id: number, status: string, timeout = 15_000) {
  await vi.waitFor(async () => expect((await emailRow(id)).status).toBe(status), { timeout, interval: 100 });
  return emailRow(id);
}

describe("an email on the queue", () => {
  it("is retried after an SMTP refusal, with backoff, then delivered once; the error keeps no address", async () => {
    const boss = await startTestJobs();
    refuse(1);
    const email = await writeEmail();
    expect(await enqueueWaitingEmails()).toBe(1);
    // enqueued again (another instance, the sweep): still one job
    await db.update(outboxEmails).set({ status: "waiting" }).where(eq(outboxEmails.id, email.id));
    await enqueueWaitingEmails();

    await vi.waitFor(async () => expect(await emailRow(email.id)).toMatchObject({ attempts: 1, status: "queued" }), { timeout: 10_000, interval: 50 });
    const afterFailure = await emailRow(email.id);
    expect(afterFailure.error).toMatch(/451/);
    expect(afterFailure.error).not.toContain("ali.bennani");
    expect(afterFailure.error).toContain("[address]");
    // waiting for its retry (pg-boss counts it when it is taken again), not before the backoff's delay
    const job = await vi.waitFor(
      async () => {
        const job = await boss.getJobById(OUTBOX_QUEUE, outboxJobId(email.id, 0));
        expect(job).toMatchObject({ state: "retry", retryLimit: SEND_RETRY_LIMIT, retryBackoff: true });
        return job;
      },
      { timeout: 5_000, interval: 20 },
    );
    expect(job!.startAfter.getTime() - job!.startedOn.getTime()).toBeGreaterThanOrEqual(1000);
    expect(JSON.stringify(job?.output)).not.toContain("ali.bennani");

    const sent = await untilStatus(email.id, "sent");
    expect(sent).toMatchObject({ attempts: 2, error: null, claimedAt: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(received).toHaveLength(1);
    expect(received[0]).toContain("To: ali.bennani@example.ma");
    const [{ jobs }] = (await db.execute(sql`select count(*)::int as jobs from ${sql.raw(QUEUE_SCHEMA)}.job where name = ${OUTBOX_QUEUE}`)).rows as { jobs: number }[];
    expect(jobs).toBe(1);
  });

  it("taken in a batch, fails alone: the refused one is retried, the others leave once", async () => {
    await startTestJobs();
    refuse(1);
    const emails = [await writeEmail("a@example.ma"), await writeEmail("b@example.ma"), await writeEmail("c@example.ma")];
    await enqueueWaitingEmails();
    for (const email of emails) await untilStatus(email.id, "sent");
    const rows = await Promise.all(emails.map((e) => emailRow(e.id)));
    expect(rows.map((r) => r.attempts).sort()).toEqual([1, 1, 2]);
    expect(received).toHaveLength(3);
  });

  it("keeps the production retry policy: five tries, exponential backoff from 30 s, expiry after a minute", async () => {
    const boss = await startTestJobs({ emailRetry: {} });
    expect(await boss.getQueue(OUTBOX_QUEUE)).toMatchObject({ retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 });
    expect(outboxQueueOptions).toMatchObject({ retryLimit: 5, retryDelay: 30, retryBackoff: true });
  });

  it("becomes a dead letter after the last try; only an admin sends it again, and it leaves", async () => {
    await startTestJobs({ emailRetry: { retryLimit: 2, retryDelay: 0 } });
    refuse(3);
    const email = await writeEmail("salma.idrissi@example.ma");
    await enqueueWaitingEmails();
    const failed = await untilStatus(email.id, "failed");
    expect(failed.attempts).toBe(3);
    expect(failed.error).toMatch(/451/);
    expect(failed.error).not.toContain("salma");
    expect(received).toHaveLength(0);

    // not an admin: refused, nothing written
    const audits = await auditCount();
    await signInAs(demo.bureau);
    expect(await retryOutboxEmail(null, { id: String(email.id) })).toMatchObject({ ok: false, message: "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق." });
    await signInAs(demo.officerFes);
    expect((await retryOutboxEmail(null, { id: String(email.id) })).ok).toBe(false);
    // bad ids, a missing email, an email that did not fail: Arabic errors, nothing written
    await signInAs(demo.admin);
    expect((await retryOutboxEmail(null, { id: "abc" })).fieldErrors?.id).toBe("هذا الاختيار غير صالح. اختر عنصرًا موجودًا من القائمة.");
    expect((await retryOutboxEmail(null, { id: "1e3" })).fieldErrors?.id).toBe("هذا الاختيار غير صالح. اختر عنصرًا موجودًا من القائمة.");
    expect(await retryOutboxEmail(null, { id: "2147483647" })).toMatchObject({ ok: false, message: "العنصر المطلوب غير موجود أو حُذف." });
    const sentBefore = await writeEmail();
    await db.update(outboxEmails).set({ status: "sent", sentAt: clock.now() }).where(eq(outboxEmails.id, sentBefore.id));
    expect(await retryOutboxEmail(null, { id: String(sentBefore.id) })).toMatchObject({ ok: false, message: "لا تُعاد إلا رسالة تعذّر إرسالها بعد كل المحاولات." });
    expect(await auditCount()).toBe(audits);
    expect(await emailRow(email.id)).toMatchObject({ status: "failed", round: 0, attempts: 3 });

    // the admin sends it again: a new round, audited, delivered
    const state = await retryOutboxEmail(null, { id: String(email.id) });
    expect(state).toMatchObject({ ok: true, message: "أُعيدت الرسالة إلى طابور الإرسال." });
    const audit = await lastAudit("outbox.retry");
    expect(audit).toMatchObject({ entity: "outbox_email", entityId: String(email.id) });
    expect(JSON.stringify(audit)).not.toContain("salma");
    const sent = await untilStatus(email.id, "sent");
    expect(sent).toMatchObject({ round: 1, attempts: 4, error: null });
    expect(received).toHaveLength(1);
    // a second retry of a sent email is refused
    expect((await retryOutboxEmail(null, { id: String(email.id) })).ok).toBe(false);
  });

  it("claimed by a worker that died, is sent by another once the job has expired", async () => {
    const retry = { expireInSeconds: 1, retryDelay: 1 };
    // the process that dies: it takes the job and claims the row, then never answers
    const dying = await openQueue({ ...testQueueSettings, schedule: false });
    await dying.createQueue(OUTBOX_QUEUE, { name: OUTBOX_QUEUE, ...outboxQueueOptions, ...retry });
    await dying.updateQueue(OUTBOX_QUEUE, { name: OUTBOX_QUEUE, ...outboxQueueOptions, ...retry });
    const email = await writeEmail();
    expect(await enqueueWaitingEmails(dying)).toBe(1);
    const [taken] = await dying.fetch(OUTBOX_QUEUE);
    expect(taken.id).toBe(outboxJobId(email.id, 0));
    await db.update(outboxEmails).set({ status: "sending", claimedAt: clock.now(), attempts: 1 }).where(eq(outboxEmails.id, email.id));
    await dying.stop({ graceful: false });

    // later, another instance: the job expires, is retried, and the stale claim is taken over
    setClock(new Date(clock.now().getTime() + 2 * 60_000));
    await startTestJobs({ emailRetry: retry });
    const sent = await untilStatus(email.id, "sent", 20_000);
    expect(sent.attempts).toBe(2);
    expect(received).toHaveLength(1);
  });
});

describe("the outbox sweep", () => {
  it("enqueues an email whose enqueue was lost, and makes a claim abandoned for an hour a dead letter", async () => {
    const boss = await startTestJobs();
    const lost = await writeEmail();
    const abandoned = await writeEmail();
    await db
      .update(outboxEmails)
      .set({ status: "sending", attempts: 5, claimedAt: new Date(clock.now().getTime() - 2 * 60 * 60_000) })
      .where(eq(outboxEmails.id, abandoned.id));
    const sweep = await boss.send(OUTBOX_SWEEP_QUEUE, {});
    await vi.waitFor(async () => expect((await boss.getJobById(OUTBOX_SWEEP_QUEUE, sweep!))?.state).toBe("completed"), { timeout: 10_000, interval: 100 });
    expect(await emailRow(abandoned.id)).toMatchObject({ status: "failed", error: "interrupted while sending", claimedAt: null });
    await untilStatus(lost.id, "sent");
    expect(received).toHaveLength(1);
  });
});

describe("the reminders' schedule", () => {
  it("is an hourly cron of the queue, whose job reminds the officers once", async () => {
    const boss = await startTestJobs({ schedule: true });
    expect(await boss.getSchedules()).toContainEqual(expect.objectContaining({ name: REMINDERS_QUEUE, cron: REMINDERS_CRON }));

    const { campaign } = await openCampaignWithReports({ deadline: today(2) });
    const fes = await userId(demo.officerFes);
    const reminded = eq(notifications.dedupeKey, `reminder:campaign:${campaign.id}:j3`);
    expect(await rowCount(notifications, reminded)).toBe(0);

    // what the cron sends on the hour
    const [{ last }] = await db.select({ last: sql<number>`coalesce(max(${outboxEmails.id}), 0)::int` }).from(outboxEmails);
    const onTheHour = await boss.send(REMINDERS_QUEUE, {});
    await vi.waitFor(async () => expect((await boss.getJobById(REMINDERS_QUEUE, onTheHour!))?.state).toBe("completed"), { timeout: 10_000, interval: 100 });
    expect(await rowCount(notifications, and(reminded, eq(notifications.userId, fes))!)).toBe(1);
    const officers = await rowCount(notifications, reminded);
    expect(officers).toBeGreaterThan(0);
    // and its emails leave — with those of the other reminders the demo's data is due (papers, trainings, workshops …)
    const [{ title }] = await db.select({ title: notifications.title }).from(notifications).where(and(reminded, eq(notifications.userId, fes))!);
    const ours = and(eq(outboxEmails.subject, title), eq(outboxEmails.to, demo.officerFes))!;
    await vi.waitFor(async () => expect(await rowCount(outboxEmails, and(ours, eq(outboxEmails.status, "sent"))!)).toBe(1), { timeout: 10_000, interval: 100 });
    const written = sql`${outboxEmails.id} > ${last}`;
    await vi.waitFor(async () => expect(await rowCount(outboxEmails, and(written, ne(outboxEmails.status, "sent"))!)).toBe(0), { timeout: 10_000, interval: 100 });
    expect(received.length).toBe(await rowCount(outboxEmails, written));

    // the next hour's run reminds nobody twice
    const id = await boss.send(REMINDERS_QUEUE, {});
    await vi.waitFor(async () => expect((await boss.getJobById(REMINDERS_QUEUE, id!))?.state).toBe("completed"), { timeout: 10_000, interval: 100 });
    expect(await rowCount(notifications, reminded)).toBe(officers);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("two workers over one PostgreSQL database", () => {
  it("send each email once, though both enqueue all of them", async () => {
    const first = await openQueue({ ...testQueueSettings });
    const second = await openQueue({ ...testQueueSettings });
    try {
      await registerJobs(first, testQueueSettings);
      await registerJobs(second, testQueueSettings);
      const emails = await Promise.all(Array.from({ length: 20 }, (_, i) => writeEmail(`member${i}@example.ma`)));
      await Promise.all([enqueueWaitingEmails(first), enqueueWaitingEmails(second)]);
      for (const email of emails) await untilStatus(email.id, "sent");
      // give a duplicate the time it would need
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(received).toHaveLength(emails.length);
      const recipients = received.map((m) => /^To: (\S+)/m.exec(m)?.[1]);
      expect(new Set(recipients).size).toBe(emails.length);
      expect((await Promise.all(emails.map((e) => emailRow(e.id)))).every((e) => e.attempts === 1)).toBe(true);
    } finally {
      await first.stop({ graceful: false });
      await second.stop({ graceful: false });
    }
  });
});
