import "server-only";
import { sql } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { db } from "@/db";
import { outboxEmails } from "@/db/schema";
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

/**
 * The emails kept, newest first: what was sent, and what waits for SMTP or failed. Admins only.
 * A page at a time by key after or before a cursor (`?after=`, `?before=`), the total counted up
 * to LIST_COUNT_BOUND: the outbox only grows, and no page reads the whole of it.
 */
export async function listOutbox(viewer: Actor, page: { after?: string; before?: string } = {}) {
  if (!can(viewer, "outbox.read")) forbidden();
  const cursor = keysetCursorFrom(outboxOrder, page.after, page.before);
  const keyed = keysetClauses(outboxOrder, cursor);
  const bounded = db.select({ one: sql`1` }).from(outboxEmails).limit(LIST_COUNT_BOUND + 1).as("bounded");
  const [total, read] = await Promise.all([
    boundedTotal(bounded),
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
      .where(keyed.where)
      .orderBy(...keyed.orderBy)
      .limit(OUTBOX_PAGE_SIZE + 1),
  ]);
  return { ...keysetResult(read, OUTBOX_PAGE_SIZE, cursor, (r) => [r.micros, r.id]), total, smtp: !!process.env.SMTP_URL };
}
