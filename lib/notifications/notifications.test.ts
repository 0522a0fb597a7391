import { and, count, desc, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { notifications, outboxEmails } from "@/db/schema";
import * as clock from "@/lib/clock";
import { userId } from "@/tests/fixtures/reviews";
import { auditCount, demo, getCurrentUser, lastAudit, signInAs } from "@/tests/helpers";
import { markAllNotificationsRead, markNotificationRead } from "./actions";
import { notify } from "./notify";
import { enqueueWaitingEmails } from "./delivery";
import { listOutbox, OUTBOX_PAGE_SIZE } from "./outbox";
import { encodeCursor } from "@/lib/pagination/cursor";
import { listNotifications, NOTIFICATIONS_PAGE_SIZE, unreadCount } from "./queries";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

const unreadOf = async (email: string) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, await userId(email)), isNull(notifications.readAt)));

describe("notification reads", () => {
  it("counts the unread and lists one's own, newest first, paginated", async () => {
    const officer = await viewer(demo.officerFes);
    const id = officer.id;
    await db.transaction((tx) =>
      Promise.all(Array.from({ length: NOTIFICATIONS_PAGE_SIZE + 3 }, (_, i) => notify(tx, [id], { kind: "test", title: `إشعار ${i}`, dedupeKey: `test:${i}` }))),
    );
    const unread = (await unreadOf(demo.officerFes)).length;
    expect(await unreadCount(officer)).toBe(unread);
    // made in one transaction, they share one instant: the id orders them
    const first = await listNotifications(officer);
    expect(first.rows).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.total).toEqual({ count: unread, atLeast: false });
    expect([first.hasPrevious, first.hasNext]).toEqual([false, true]);
    const times = first.rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const seen: number[] = [];
    for (let page = first; ; ) {
      seen.push(...page.rows.map((r) => r.id));
      if (!page.hasNext) break;
      page = await listNotifications(officer, { after: page.nextCursor! });
    }
    expect(seen).toHaveLength(unread);
    expect(new Set(seen).size).toBe(unread);
    const second = await listNotifications(officer, { after: first.nextCursor! });
    expect(second.hasPrevious).toBe(true);
    const back = await listNotifications(officer, { before: second.previousCursor! });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.hasPrevious).toBe(false);
    // a cursor that does not decode, or has the wrong shape, is the first page
    for (const bad of ["x", "!!", encodeCursor(["2026-01-01", 3]), encodeCursor([1.5, 3]), encodeCursor([3])]) {
      expect((await listNotifications(officer, { after: bad, before: bad })).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
    // nobody else's, on the first page or after someone else's cursor
    const sefrou = await viewer(demo.officerSefrou);
    expect((await listNotifications(sefrou)).rows.every((r) => !r.title.startsWith("إشعار "))).toBe(true);
    expect((await listNotifications(sefrou, { after: first.nextCursor! })).rows.every((r) => !r.title.startsWith("إشعار "))).toBe(true);
  });
});

describe("markNotificationRead / markAllNotificationsRead", () => {
  it("marks one's own notification read, audited; another's is not found and stays unread", async () => {
    const [mine] = await unreadOf(demo.officerFes);
    const [theirs] = await unreadOf(demo.officerSefrou);
    await signInAs(demo.officerFes);
    expect((await markNotificationRead(null, { id: String(mine.id) })).ok).toBe(true);
    expect((await lastAudit("notification.read"))?.entityId).toBe(String(mine.id));
    const [after] = await db.select().from(notifications).where(eq(notifications.id, mine.id));
    expect(after.readAt).toBeInstanceOf(Date);

    const audits = await auditCount();
    const state = await markNotificationRead(null, { id: String(theirs.id) });
    expect(state).toMatchObject({ ok: false, message: "العنصر المطلوب غير موجود أو حُذف." });
    const [still] = await db.select().from(notifications).where(eq(notifications.id, theirs.id));
    expect(still.readAt).toBeNull();
    expect(await auditCount()).toBe(audits);
    expect((await markNotificationRead(null, { id: "abc" })).fieldErrors?.id).toBe("هذا الاختيار غير صالح. اختر عنصرًا موجودًا من القائمة.");
  });

  it("marks all of one's own as read, and only one's own", async () => {
    const sefrouUnread = (await unreadOf(demo.officerSefrou)).length;
    expect(sefrouUnread).toBeGreaterThan(0);
    await signInAs(demo.officerFes);
    expect((await markAllNotificationsRead(null, {})).ok).toBe(true);
    expect(await unreadOf(demo.officerFes)).toHaveLength(0);
    expect(await unreadCount(await viewer(demo.officerFes))).toBe(0);
    expect(await unreadOf(demo.officerSefrou)).toHaveLength(sefrouUnread);
  });

  it("refuses anyone signed out", async () => {
    await signInAs(null);
    expect((await markAllNotificationsRead(null, {})).ok).toBe(false);
  });
});

describe("the outbox", () => {
  it("keeps emails for admins when SMTP is not set, and lists them to admins only", async () => {
    expect(await enqueueWaitingEmails(null)).toBe(0);
    const admin = await viewer(demo.admin);
    const list = await listOutbox(admin);
    expect(list.total.count).toBeGreaterThan(0);
    expect(list.smtp).toBe(false);
    expect(list.rows.every((r) => r.sentAt === null && r.status === "waiting")).toBe(true);
    await expect(listOutbox(await viewer(demo.bureau))).rejects.toThrow(/403/);
  });

  it("pages by key, newest first, every email once, and drops a cursor it cannot read", async () => {
    const admin = await viewer(demo.admin);
    const at = clock.now();
    // more than two pages, many written in the same instant: the id orders those
    await db.insert(outboxEmails).values(
      Array.from({ length: OUTBOX_PAGE_SIZE * 2 + 5 }, (_, i) => ({ to: `reader${i}@example.org`, subject: `s${i}`, body: "b", createdAt: i % 3 ? at : new Date(at.getTime() - i * 1000) })),
    );
    const [{ n }] = await db.select({ n: count() }).from(outboxEmails);
    const seen: number[] = [];
    let page = await listOutbox(admin);
    expect(page.hasPrevious).toBe(false);
    for (;;) {
      seen.push(...page.rows.map((r) => r.id));
      if (!page.hasNext) break;
      page = await listOutbox(admin, { after: page.nextCursor! });
    }
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    const all = await db.select({ id: outboxEmails.id }).from(outboxEmails).orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id));
    expect(seen).toEqual(all.map((r) => r.id));
    // back one page from the last is the page before it
    const back = await listOutbox(admin, { before: page.previousCursor! });
    expect(back.rows.map((r) => r.id)).toEqual(seen.slice(-page.rows.length - OUTBOX_PAGE_SIZE, -page.rows.length));
    expect((await listOutbox(admin, { after: "not-a-cursor" })).rows.map((r) => r.id)).toEqual(seen.slice(0, OUTBOX_PAGE_SIZE));
  });
});
