import "server-only";
import { count, desc } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { db } from "@/db";
import { outboxEmails } from "@/db/schema";
import { can, type Actor } from "@/lib/permissions";

export const OUTBOX_PAGE_SIZE = 30;

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
