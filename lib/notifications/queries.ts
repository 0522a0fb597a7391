import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { notifications } from "@/db/schema";
import { can, type Actor } from "@/lib/permissions";

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

/** The viewer's own notifications, newest first, one page at a time. */
export async function listNotifications(viewer: Actor, requestedPage = 1) {
  if (!can(viewer, "notification.read")) forbidden();
  const mine = eq(notifications.userId, viewer.id);
  const [{ total }] = await db.select({ total: count() }).from(notifications).where(mine);
  const pages = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(mine)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE);
  return { rows, total, page, pages, unread: await unreadCount(viewer) };
}
