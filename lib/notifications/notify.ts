import "server-only";
import { inArray } from "drizzle-orm";
import type { Executor } from "@/db";
import { notifications, outboxEmails, users } from "@/db/schema";
import * as clock from "@/lib/clock";

export interface Notice {
  kind: string; // campaign.opened, campaign.reminder, report.returned, report.accepted …
  title: string;
  body?: string;
  href?: string;
  /** Once per user: a second notice with the same key is not created (e.g. `reminder:campaign:7:j3`). */
  dedupeKey?: string;
}

/**
 * Notifies users in the app and by email, inside the caller's transaction: the in-app notice and
 * the outgoing email are written together with the change that caused them. Emails wait in the
 * outbox; the job queue sends them (lib/notifications/delivery.ts) when SMTP is configured, otherwise admins read them there.
 */
export async function notify(tx: Executor, userIds: number[], notice: Notice): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const createdAt = clock.now();
  const created = await tx
    .insert(notifications)
    .values(unique.map((userId) => ({ userId, ...notice, createdAt })))
    .onConflictDoNothing()
    .returning({ userId: notifications.userId });
  if (created.length === 0) return 0;
  const recipients = await tx
    .select({ email: users.email })
    .from(users)
    .where(inArray(users.id, created.map((c) => c.userId)));
  const body = [notice.body, notice.href ? `${process.env.APP_URL ?? ""}${notice.href}` : null].filter(Boolean).join("\n\n");
  await tx.insert(outboxEmails).values(recipients.map((r) => ({ to: r.email, subject: notice.title, body, createdAt })));
  return created.length;
}
