import "server-only";
import { inArray } from "drizzle-orm";
import type { Executor } from "@/db";
import { notifications, outboxEmails, users, type EmailAttachment } from "@/db/schema";
import * as clock from "@/lib/clock";
import { familyOf } from "./families";
import { deliveriesFor } from "./preferences";

export interface Notice {
  kind: string; // campaign.opened, campaign.reminder, report.returned, report.accepted …
  title: string;
  body?: string;
  href?: string;
  /** Once per user: a second notice with the same key is not created (e.g. `reminder:campaign:7:j3`). */
  dedupeKey?: string;
  /** Files the email carries (a session's .ics); the in-app notice has none. */
  attachments?: EmailAttachment[];
  /** More lines of the email than the notice's body (the links to answer an invitation, say). */
  emailExtra?: string;
}

/**
 * Notifies users in the app and by email, inside the caller's transaction: the in-app notice and
 * the outgoing email are written together with the change that caused them. Emails wait in the
 * outbox; the job queue sends them (lib/notifications/delivery.ts) when SMTP is configured, otherwise admins read them there.
 * The in-app notice is always written; its email follows the recipient's choice for the notice's
 * family (lib/notifications/preferences.ts): at once, later in the day's digest (the notice waits
 * for it, lib/notifications/digest.ts), or none.
 */
export async function notify(tx: Executor, userIds: number[], notice: Notice): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const createdAt = clock.now();
  const family = familyOf(notice.kind);
  const deliveries = family ? await deliveriesFor(tx, unique, family) : new Map<number, string>();
  const created = await tx
    .insert(notifications)
    .values(
      unique.map((userId) => ({
        userId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        href: notice.href,
        dedupeKey: notice.dedupeKey,
        createdAt,
        digestPending: deliveries.get(userId) === "digest",
      })),
    )
    .onConflictDoNothing()
    .returning({ userId: notifications.userId });
  if (created.length === 0) return 0;
  const emailedNow = created.map((c) => c.userId).filter((id) => (deliveries.get(id) ?? "immediate") === "immediate");
  if (emailedNow.length === 0) return created.length;
  const recipients = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, emailedNow));
  const body = [notice.body, notice.href ? `${process.env.APP_URL ?? ""}${notice.href}` : null, notice.emailExtra].filter(Boolean).join("\n\n");
  const attachments = notice.attachments?.length ? notice.attachments : null;
  await tx.insert(outboxEmails).values(recipients.map((r) => ({ to: r.email, subject: notice.title, body, attachments, createdAt, userId: r.id, family })));
  return created.length;
}
