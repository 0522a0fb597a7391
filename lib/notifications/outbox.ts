import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { db } from "@/db";
import { outboxEmails, outboxStatuses, type OutboxStatus } from "@/db/schema";
import { boundedTotal, keysetClauses, keysetCursorFrom, keysetResult, LIST_COUNT_BOUND, microsOf, type KeysetOrder } from "@/lib/pagination/keyset";
import { can, type Actor } from "@/lib/permissions";

export const OUTBOX_PAGE_SIZE = 30;

/** Newest first: the instant it was written (outbox_emails_created_at_index), then the id. */
const outboxOrder: KeysetOrder = {
  parts: [
    { column: outboxEmails.createdAt, kind: "t" },
    { column: outboxEmails.id, kind: "i" },
  ],
  direction: "desc",
};

/** One state of the way out (`?status=failed`): newest first by id, on outbox_emails (status, id). */
const outboxOfStatusOrder: KeysetOrder = { parts: [{ column: outboxEmails.id, kind: "i" }], direction: "desc" };

/** The `?status=` of the outbox's address, when it names a state; anything else is the whole outbox. */
export function outboxStatusFrom(value: unknown): OutboxStatus | null {
  return typeof value === "string" && (outboxStatuses as readonly string[]).includes(value) ? (value as OutboxStatus) : null;
}

const outboxCondition = (status: OutboxStatus | null) => (status ? eq(outboxEmails.status, status) : undefined);

/** How many emails the outbox lists in this state (all of them without one), counted up to LIST_COUNT_BOUND. */
export async function outboxTotal(viewer: Actor, status: OutboxStatus | null = null) {
  if (!can(viewer, "outbox.read")) forbidden();
  return boundedTotal(db.select({ one: sql`1` }).from(outboxEmails).where(outboxCondition(status)).limit(LIST_COUNT_BOUND + 1).as("bounded"));
}

/**
 * The emails kept, newest first: what was sent, and what waits for SMTP or failed; only those in
 * one state when `status` names it. Admins only. A page at a time by key after or before a cursor
 * (`?after=`, `?before=`), the total counted up to LIST_COUNT_BOUND: the outbox only grows, and no
 * page reads the whole of it.
 */
export async function listOutbox(viewer: Actor, page: { after?: string; before?: string; status?: OutboxStatus | null } = {}) {
  if (!can(viewer, "outbox.read")) forbidden();
  const status = page.status ?? null;
  const order = status ? outboxOfStatusOrder : outboxOrder;
  const cursor = keysetCursorFrom(order, page.after, page.before);
  const keyed = keysetClauses(order, cursor);
  const [total, read] = await Promise.all([
    outboxTotal(viewer, status),
    db
      .select({
        id: outboxEmails.id,
        to: outboxEmails.to,
        subject: outboxEmails.subject,
        body: outboxEmails.body,
        createdAt: outboxEmails.createdAt,
        micros: microsOf(outboxEmails.createdAt),
        status: outboxEmails.status,
        attempts: outboxEmails.attempts,
        sentAt: outboxEmails.sentAt,
        error: outboxEmails.error,
      })
      .from(outboxEmails)
      .where(and(outboxCondition(status), keyed.where))
      .orderBy(...keyed.orderBy)
      .limit(OUTBOX_PAGE_SIZE + 1),
  ]);
  return {
    ...keysetResult(read, OUTBOX_PAGE_SIZE, cursor, (r) => (status ? [r.id] : [r.micros, r.id])),
    total,
    status,
    smtp: !!process.env.SMTP_URL,
  };
}
