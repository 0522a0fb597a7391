import "server-only";
import { and, asc, eq, gt, lte } from "drizzle-orm";
import { db } from "@/db";
import { notificationDigests, notifications, outboxEmails, users } from "@/db/schema";
import { appUrl } from "@/lib/auth/password-reset-mail";
import * as clock from "@/lib/clock";
import { dictionaryFor, fill } from "@/lib/i18n";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { formatDate, plural, todayInMorocco } from "@/lib/i18n/format";

/** Users whose digest is written per round of the loop below. */
const USER_BATCH = 200;
/** The notices one digest lists; more are counted, with the link to the notifications page. */
const LISTED = 50;

/**
 * The daily digest (الملخص اليومي): each user with notices waiting for one gets one email listing
 * them, in their language, and the notices are marked as emailed. One digest per user and day in
 * Africa/Casablanca: the digest's row is unique on (user, day), so a second run, or a second app
 * instance running the job at the same time, finds the row taken and writes nothing. A notice that
 * comes after the day's digest waits for the next day's. Each user's digest is its own transaction.
 */
export async function sendDailyDigests(at: Date = clock.now()): Promise<number> {
  const day = todayInMorocco(at);
  let sent = 0;
  let after = 0;
  for (;;) {
    // the users with a notice waiting, by key on the partial index of waiting notices
    const waiting = await db
      .selectDistinct({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.digestPending, true), gt(notifications.userId, after), lte(notifications.createdAt, at)))
      .orderBy(asc(notifications.userId))
      .limit(USER_BATCH);
    for (const { userId } of waiting) if (await digestOf(userId, day, at)) sent += 1;
    if (waiting.length < USER_BATCH) return sent;
    after = waiting[waiting.length - 1].userId;
  }
}

async function digestOf(userId: number, day: string, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [digest] = await tx
      .insert(notificationDigests)
      .values({ userId, day, createdAt: clock.now() })
      .onConflictDoNothing()
      .returning({ id: notificationDigests.id });
    if (!digest) return false;
    const notices = await tx
      .update(notifications)
      .set({ digestPending: false })
      .where(and(eq(notifications.userId, userId), eq(notifications.digestPending, true), lte(notifications.createdAt, at)))
      .returning({ id: notifications.id, title: notifications.title, href: notifications.href, createdAt: notifications.createdAt });
    const [user] = await tx.select({ email: users.email, locale: users.locale, active: users.active }).from(users).where(eq(users.id, userId)).limit(1);
    // a closed account is told nothing: its notices stop waiting all the same
    if (!user?.active || notices.length === 0) {
      await tx.update(notificationDigests).set({ notices: notices.length }).where(eq(notificationDigests.id, digest.id));
      return false;
    }
    const locale = isLocale(user.locale) ? user.locale : defaultLocale;
    const t = dictionaryFor(locale).preferences.digest;
    const base = appUrl();
    notices.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
    const lines = notices.slice(0, LISTED).map((n) => (n.href ? `• ${n.title}\n  ${base}${n.href}` : `• ${n.title}`));
    if (notices.length > LISTED) lines.push(fill(t.more, { count: plural(notices.length - LISTED, t.notices, locale) }));
    const body = [fill(t.intro, { count: plural(notices.length, t.notices, locale), date: formatDate(day, locale) }), lines.join("\n"), fill(t.all, { link: `${base}/notifications` })].join("\n\n");
    const [email] = await tx
      .insert(outboxEmails)
      .values({ to: user.email, subject: fill(t.subject, { date: formatDate(day, locale) }), body, createdAt: clock.now(), userId, family: "digest" })
      .returning({ id: outboxEmails.id });
    await tx.update(notificationDigests).set({ notices: notices.length, outboxId: email.id }).where(eq(notificationDigests.id, digest.id));
    return true;
  });
}
