import "server-only";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { notifications } from "@/db/schema";
import { boundedTotal, keysetClauses, keysetCursorFrom, keysetResult, LIST_COUNT_BOUND, microsOf, type KeysetOrder } from "@/lib/pagination/keyset";
import { can, type Actor } from "@/lib/permissions";
import { preferencesOf, preferencesVersion, type Preferences } from "./preferences";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The bell's number: one count on the (user, read) index. */
export const unreadCount = cache(async (viewer: Actor): Promise<number> => {
  if (!can(viewer, "notification.read")) return 0;
  const [{ n }] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return n;
});

/** A user's notifications, newest first: the instant, then the id (notifications_user_id_created_at_id_index after the user). */
const notificationsOrder: KeysetOrder = {
  parts: [
    { column: notifications.createdAt, kind: "t" },
    { column: notifications.id, kind: "i" },
  ],
  direction: "desc",
};

/**
 * The viewer's own notifications, newest first, a page at a time by keyset after or before a
 * cursor (`?after=`, `?before=`): three queries whatever the page, the total counted up to
 * LIST_COUNT_BOUND since a user's notifications only grow.
 */
export async function listNotifications(viewer: Actor, page: { after?: string; before?: string } = {}) {
  if (!can(viewer, "notification.read")) forbidden();
  const mine = eq(notifications.userId, viewer.id);
  const cursor = keysetCursorFrom(notificationsOrder, page.after, page.before);
  const keyed = keysetClauses(notificationsOrder, cursor);
  const bounded = db.select({ one: sql`1` }).from(notifications).where(mine).limit(LIST_COUNT_BOUND + 1).as("bounded");
  const [total, read, unread] = await Promise.all([
    boundedTotal(bounded),
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        href: notifications.href,
        createdAt: notifications.createdAt,
        micros: microsOf(notifications.createdAt),
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(and(mine, keyed.where))
      .orderBy(...keyed.orderBy)
      .limit(NOTIFICATIONS_PAGE_SIZE + 1),
    unreadCount(viewer),
  ]);
  return { ...keysetResult(read, NOTIFICATIONS_PAGE_SIZE, cursor, (r) => [r.micros, r.id]), total, unread };
}

/** The viewer's own choice of emails, every family filled, and their version (two queries on primary keys). */
export async function viewerPreferences(viewer: Actor): Promise<{ preferences: Preferences; version: number }> {
  if (!can(viewer, "notification.preferences")) forbidden();
  const [preferences, version] = await Promise.all([preferencesOf(db, viewer.id), preferencesVersion(db, viewer.id)]);
  return { preferences, version };
}
