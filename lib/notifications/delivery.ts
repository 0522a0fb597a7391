import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, lt, or, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type PgBoss from "pg-boss";
import { db } from "@/db";
import { outboxEmails } from "@/db/schema";
import * as clock from "@/lib/clock";
import { runningQueue } from "@/lib/jobs/queue";
import { bodyAtSending } from "@/lib/auth/password-reset-mail";
import { unsubscribeFooter } from "./unsubscribe";

/** The queue of outgoing emails: one job per outbox row and round. */
export const OUTBOX_QUEUE = "outbox-email";
/** A failed send is tried again this many times, after 30 s, 1 min, 2 min, 4 min, 8 min (each ± half). */
export const SEND_RETRY_LIMIT = 5;
export const SEND_RETRY_DELAY_SECONDS = 30;
/**
 * A job still active after this long belongs to a worker that died: pg-boss fails it, so it is
 * retried, and the row's claim is taken over. Longer than the SMTP timeouts below added up, so a
 * slow worker has given up before anyone takes its email.
 */
export const SEND_EXPIRE_SECONDS = 60;
/** A row still `sending` this long after its claim lost its job too (a crash on its last try). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
const ENQUEUE_BATCH = 500;

export interface OutboxJob {
  outboxId: number;
  round: number;
}

/**
 * The job's id, made from the row and its round: every instance that enqueues the same email
 * names the same job, and pg-boss keeps one (its insert skips an id it has).
 */
export function outboxJobId(outboxId: number, round: number): string {
  const hex = createHash("sha256").update(`outbox:${outboxId}:${round}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The queue's settings for emails: retries with exponential backoff, then the dead letter. */
export const outboxQueueOptions = {
  retryLimit: SEND_RETRY_LIMIT,
  retryDelay: SEND_RETRY_DELAY_SECONDS,
  retryBackoff: true,
  expireInSeconds: SEND_EXPIRE_SECONDS,
};

/**
 * Makes a job for every waiting email, then marks them queued. Runs after each commit that wrote
 * emails (mutation()'s after-commit step) and from the sweep, so an email whose enqueue a crash
 * interrupted leaves later. Without SMTP_URL the emails stay waiting for admins to read.
 */
export async function enqueueWaitingEmails(boss: PgBoss | null = runningQueue()): Promise<number> {
  if (!boss || !process.env.SMTP_URL) return 0;
  let queued = 0;
  for (;;) {
    const waiting = await db
      .select({ id: outboxEmails.id, round: outboxEmails.round })
      .from(outboxEmails)
      .where(eq(outboxEmails.status, "waiting"))
      .orderBy(asc(outboxEmails.id))
      .limit(ENQUEUE_BATCH);
    if (waiting.length === 0) return queued;
    // one statement for the batch; an id pg-boss already has is skipped
    await boss.insert(waiting.map(({ id, round }) => ({ name: OUTBOX_QUEUE, id: outboxJobId(id, round), data: { outboxId: id, round } satisfies OutboxJob })));
    const marked = await db
      .update(outboxEmails)
      .set({ status: "queued" })
      .where(and(inArray(outboxEmails.id, waiting.map((w) => w.id)), eq(outboxEmails.status, "waiting")))
      .returning({ id: outboxEmails.id });
    queued += marked.length;
    if (waiting.length < ENQUEUE_BATCH) return queued;
  }
}

/** After an action has committed: its emails get their jobs (a failure is logged by mutation()). */
export async function enqueueEmailsAfterCommit(): Promise<void> {
  await enqueueWaitingEmails();
}

/**
 * A row stuck in `sending` long after its claim — its worker died on the last try, so no job is
 * left to take it over — becomes a dead letter an admin can send again.
 */
export async function failAbandonedEmails(): Promise<number> {
  const before = new Date(clock.now().getTime() - ABANDONED_AFTER_MS);
  const rows = await db
    .update(outboxEmails)
    .set({ status: "failed", claimedAt: null, error: "interrupted while sending" })
    .where(and(eq(outboxEmails.status, "sending"), lt(outboxEmails.claimedAt, before)))
    .returning({ id: outboxEmails.id });
  return rows.length;
}

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never);
    transports.set(url, transport);
  }
  return transport;
}

/**
 * What of a failure is kept on the row and in the job: the error's code, the server's answer code
 * and its message with any address replaced, so that no recipient's data is stored with it.
 */
export function describeFailure(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; message?: string };
  const message = String(e?.message ?? error)
    .replace(/[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g, "[address]")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
  const codes = [e?.code, e?.responseCode].filter((c) => c !== undefined && c !== null && c !== "").join(" ");
  return codes ? `${codes}: ${message}` : message;
}

export type SendOutcome = "sent" | "skipped";

/**
 * The job's handler: claims the row (only a waiting or queued email of this round, or one whose
 * claim outlived the job's expiry), sends it, and marks it sent. A failure puts it back in the
 * queue's hands — the error is thrown, so pg-boss retries later — or, on the last try, leaves it
 * `failed`. An email already sent, or claimed by a live worker, is skipped: each leaves once.
 */
export async function sendOutboxEmail(job: OutboxJob & { retryCount: number; retryLimit: number }): Promise<SendOutcome> {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  const now = clock.now();
  const stale = new Date(now.getTime() - SEND_EXPIRE_SECONDS * 1000);
  const [email] = await db
    .update(outboxEmails)
    .set({ status: "sending", claimedAt: now, attempts: sql`${outboxEmails.attempts} + 1` })
    .where(
      and(
        eq(outboxEmails.id, job.outboxId),
        eq(outboxEmails.round, job.round),
        or(inArray(outboxEmails.status, ["waiting", "queued"]), and(eq(outboxEmails.status, "sending"), lt(outboxEmails.claimedAt, stale))),
      ),
    )
    .returning();
  if (!email) return "skipped";
  const mine = and(eq(outboxEmails.id, email.id), eq(outboxEmails.status, "sending"), eq(outboxEmails.claimedAt, now));
  try {
    // every email of a notice carries its unsubscribe link, made as it leaves (the outbox keeps none)
    const unsubscribe = await unsubscribeFooter(email);
    const text = await bodyAtSending(email);
    await transportFor(url).sendMail({
      from: process.env.SMTP_FROM || "no-reply@localhost",
      to: email.to,
      subject: email.subject,
      text: unsubscribe ? `${text}\n\n--\n${unsubscribe.text}` : text,
      headers: unsubscribe?.headers,
      attachments: email.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    });
  } catch (error) {
    const description = describeFailure(error);
    const last = job.retryCount >= job.retryLimit;
    await db
      .update(outboxEmails)
      .set({ status: last ? "failed" : "queued", claimedAt: null, error: description })
      .where(mine);
    throw new Error(description);
  }
  await db.update(outboxEmails).set({ status: "sent", sentAt: clock.now(), claimedAt: null, error: null }).where(mine);
  return "sent";
}

/** Closes the pooled SMTP connections (a test's end, a server's stop). */
export function closeTransports(): void {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}
