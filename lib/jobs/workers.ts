import "server-only";
import type PgBoss from "pg-boss";
import * as clock from "@/lib/clock";
import { errorFields, log } from "@/lib/log";
import { onShutdown } from "@/lib/shutdown";
import { sendDailyDigests } from "@/lib/notifications/digest";
import { closeTransports, enqueueWaitingEmails, failAbandonedEmails, OUTBOX_QUEUE, outboxQueueOptions, sendOutboxEmail, type OutboxJob } from "@/lib/notifications/delivery";
import { openQueue, runningQueue, setRunningQueue, type QueueSettings } from "./queue";
import { remindOfEverything } from "./reminders";

/** How long a stopping server waits for the jobs in hand (scripts/server.mjs waits a little longer). */
export const SHUTDOWN_GRACE_MS = 8_000;

/** Emails taken by a worker at a time. */
const EMAIL_BATCH = 10;

/** Reminders of every kind (lib/jobs/reminders.ts), every hour on the hour; the notices' dedupe keys make a second run harmless. */
export const REMINDERS_QUEUE = "deadline-reminders";
export const REMINDERS_CRON = "0 * * * *";
/** Waiting emails whose enqueue was interrupted, and claims a crash abandoned: every five minutes. */
export const OUTBOX_SWEEP_QUEUE = "outbox-sweep";
export const OUTBOX_SWEEP_CRON = "*/5 * * * *";
/**
 * The daily digest of the notices whose email waits for it (lib/notifications/digest.ts): every
 * day at 18:00 in Morocco, after the day's work; its one row per user and day makes a second run,
 * on this instance or another, send nothing.
 */
export const DIGEST_QUEUE = "notification-digest";
export const DIGEST_CRON = "0 18 * * *";
export const DIGEST_TIME_ZONE = "Africa/Casablanca";

/** The queues and their handlers, on a started queue: what one worker process does. */
export async function registerJobs(boss: PgBoss, settings: QueueSettings = {}): Promise<void> {
  const polling = { pollingIntervalSeconds: settings.pollingIntervalSeconds ?? 2 };
  const queues: PgBoss.Queue[] = [
    { name: OUTBOX_QUEUE, ...outboxQueueOptions, ...settings.emailRetry },
    { name: REMINDERS_QUEUE, retryLimit: 2, retryDelay: 60, expireInSeconds: 15 * 60 },
    { name: OUTBOX_SWEEP_QUEUE, retryLimit: 0, expireInSeconds: 5 * 60 },
    { name: DIGEST_QUEUE, retryLimit: 3, retryDelay: 5 * 60, expireInSeconds: 30 * 60 },
  ];
  for (const queue of queues) {
    // a queue made by an earlier version keeps its settings unless they are updated
    await boss.createQueue(queue.name, queue);
    await boss.updateQueue(queue.name, queue);
  }

  if (process.env.SMTP_URL) {
    // pg-boss waits a polling interval after each fetch: a batch, sent side by side, keeps a long
    // outbox moving, and a full batch asks for the next at once. Each email fails on its own (the
    // others of the batch are completed), and each within its own expiry.
    let worker = "";
    worker = await boss.work<OutboxJob>(OUTBOX_QUEUE, { ...polling, includeMetadata: true, batchSize: EMAIL_BATCH }, async (jobs) => {
      await Promise.all(
        jobs.map(async (job) => {
          try {
            await sendOutboxEmail({ ...job.data, retryCount: job.retryCount, retryLimit: job.retryLimit });
          } catch (error) {
            // the delivery's own errors carry no address; a query's error is cut before its parameters
            await boss.fail(OUTBOX_QUEUE, job.id, { message: errorFields(error).message });
          }
        }),
      );
      if (jobs.length === EMAIL_BATCH) boss.notifyWorker(worker);
    });
  }
  await boss.work(REMINDERS_QUEUE, polling, async () => {
    const created = await remindOfEverything(clock.now());
    log.info({ action: "reminders", created }, "deadline reminders");
    // the reminders' emails were written in their own transactions, now committed
    await enqueueWaitingEmails(boss);
  });
  await boss.work(OUTBOX_SWEEP_QUEUE, polling, async () => {
    await failAbandonedEmails();
    await enqueueWaitingEmails(boss);
  });

  await boss.work(DIGEST_QUEUE, polling, async () => {
    const sent = await sendDailyDigests(clock.now());
    log.info({ action: "digest", sent }, "daily digests");
    await enqueueWaitingEmails(boss);
  });

  await boss.schedule(REMINDERS_QUEUE, REMINDERS_CRON);
  await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, {}, { tz: DIGEST_TIME_ZONE });
  await boss.schedule(OUTBOX_SWEEP_QUEUE, OUTBOX_SWEEP_CRON);
}

/**
 * Starts this process's queue and workers (instrumentation.ts, on the Node runtime and never during
 * `next build`), then runs the reminders and the outbox sweep once, as a server that was down for
 * an hour would otherwise wait for the next one. A failure is logged; the app still serves.
 */
export async function startJobs(settings: QueueSettings = {}): Promise<PgBoss | null> {
  const running = runningQueue();
  if (running) return running;
  try {
    const boss = await openQueue(settings);
    setRunningQueue(boss);
    // a stopping server lets the jobs in hand finish (an email half sent would wait for its expiry)
    const forget = onShutdown(() => stopJobs({ graceful: true, timeout: SHUTDOWN_GRACE_MS }));
    boss.once("stopped", forget);
    await registerJobs(boss, settings);
    if (settings.runAtStart ?? true) {
      // one start per minute across instances is enough
      await boss.send(REMINDERS_QUEUE, {}, { singletonKey: "start", singletonSeconds: 60 });
      await boss.send(OUTBOX_SWEEP_QUEUE, {}, { singletonKey: "start", singletonSeconds: 60 });
    }
    return boss;
  } catch (error) {
    log.error({ action: "jobs.start", error: errorFields(error) }, "the job queue did not start");
    return null;
  }
}

/** Stops this process's queue: the jobs in hand finish first (or are retried elsewhere after their expiry). */
export async function stopJobs(options: { graceful?: boolean; timeout?: number } = {}): Promise<void> {
  const boss = runningQueue();
  setRunningQueue(null);
  await boss?.stop({ graceful: options.graceful ?? true, timeout: options.timeout ?? 10_000, close: true });
  closeTransports();
}
