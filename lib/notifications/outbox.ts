import "server-only";
import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { after } from "next/server";
import nodemailer from "nodemailer";
import { db } from "@/db";
import { outboxEmails } from "@/db/schema";
import { can, type Actor } from "@/lib/permissions";
import * as clock from "@/lib/clock";

export const OUTBOX_PAGE_SIZE = 30;
const BATCH = 50;

/**
 * Sends the emails waiting in the outbox when SMTP_URL is set (smtp://user:pass@host:587); without
 * it they stay for admins to read. Each row is claimed (marked sent) before it goes out, so two
 * deliveries at once never send it twice; a failure clears the mark and records the error, and a
 * row with an error is not tried again on its own. Never throws.
 */
export async function deliverOutbox(): Promise<{ sent: number; failed: number }> {
  const url = process.env.SMTP_URL;
  if (!url) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  try {
    const transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never);
    const from = process.env.SMTP_FROM || "no-reply@localhost";
    const waiting = await db
      .select({ id: outboxEmails.id })
      .from(outboxEmails)
      .where(and(isNull(outboxEmails.sentAt), isNull(outboxEmails.error)))
      .orderBy(asc(outboxEmails.id))
      .limit(BATCH);
    for (const { id } of waiting) {
      const [email] = await db
        .update(outboxEmails)
        .set({ sentAt: clock.now() })
        .where(and(eq(outboxEmails.id, id), isNull(outboxEmails.sentAt), isNull(outboxEmails.error)))
        .returning();
      if (!email) continue;
      try {
        await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.body });
        sent += 1;
      } catch (error) {
        failed += 1;
        await db
          .update(outboxEmails)
          .set({ sentAt: null, error: String((error as Error)?.message ?? error).slice(0, 500) })
          .where(eq(outboxEmails.id, id));
      }
    }
    transport.close();
  } catch (error) {
    console.error("outbox: delivery failed", error);
  }
  return { sent, failed };
}

/** After an action has committed: deliver once the response is sent (or at once outside a request). */
export function deliverOutboxLater(): void {
  if (!process.env.SMTP_URL) return;
  const run = () => deliverOutbox().then(() => undefined);
  try {
    after(run);
  } catch {
    void run();
  }
}

/** The emails kept, newest first: what was sent, and what waits for SMTP or failed. Admins only. */
export async function listOutbox(viewer: Actor, requestedPage = 1) {
  if (!can(viewer, "outbox.read")) forbidden();
  const [{ total }] = await db.select({ total: count() }).from(outboxEmails);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const rows = await db
    .select()
    .from(outboxEmails)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  return { rows, total, page, pages, smtp: !!process.env.SMTP_URL };
}
