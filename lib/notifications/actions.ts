"use server";

import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { markAllReadSchema, markReadSchema } from "./schemas";
import * as clock from "@/lib/clock";

const paths = () => ["/notifications", "/"];

/** Marks one of the viewer's own notifications as read; anyone else's is "not found". */
export const markNotificationRead = mutation({
  schema: markReadSchema,
  permission: "notification.read",
  async run(input, { tx, user }) {
    const [row] = await tx
      .select({ id: notifications.id, readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.id, input.id), eq(notifications.userId, user.id)))
      .limit(1);
    if (!row) throw new ActionError("notFound");
    if (!row.readAt) await tx.update(notifications).set({ readAt: clock.now() }).where(eq(notifications.id, row.id));
    return {
      audit: { action: "notification.read", entity: "notification", entityId: row.id, summary: `marked notification ${row.id} as read` },
    };
  },
  revalidate: paths,
  successMessage: (t) => t.notifications.markedRead,
});

/** Marks all of the viewer's unread notifications as read. */
export const markAllNotificationsRead = mutation({
  schema: markAllReadSchema,
  permission: "notification.read",
  async run(_input, { tx, user }) {
    const updated = await tx
      .update(notifications)
      .set({ readAt: clock.now() })
      .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return {
      audit: { action: "notification.readAll", entity: "notification", entityId: null, summary: `marked ${updated.length} notifications as read`, changes: { count: updated.length } },
    };
  },
  revalidate: paths,
  successMessage: (t) => t.notifications.markedAllRead,
});
