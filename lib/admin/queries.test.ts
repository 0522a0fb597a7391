import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditLog, regions, users, type User } from "@/db/schema";
import { demo, signInAs } from "@/tests/helpers";
import { encodeCursor } from "@/lib/pagination/cursor";
import { AUDIT_PER_PAGE, getUser, listAudit, listUsers, USERS_PER_PAGE } from "./queries";
import { auditFiltersSchema, userFiltersSchema } from "./schemas";

const userFilters = (input: Record<string, unknown> = {}) => userFiltersSchema.parse(input);
const auditFilters = (input: Record<string, unknown> = {}) => auditFiltersSchema.parse(input);

let admin: User;
let fes: number;

beforeAll(async () => {
  admin = (await signInAs(demo.admin))!;
  [{ id: fes }] = await db.select({ id: regions.id }).from(regions).where(eq(regions.nameFr, "Fès-Meknès"));
  // thirty more accounts, named so that they sort after the demo ones, three of them inactive
  await db.insert(users).values(
    Array.from({ length: 30 }, (_, i) => ({
      email: `extra${String(i).padStart(2, "0")}@example.org`,
      name: `ي مستخدم ${String(i).padStart(2, "0")}`,
      passwordHash: "x",
      role: "member" as const,
      active: i % 10 !== 0,
    })),
  );
});

describe("listUsers", () => {
  it("is for the admin only", async () => {
    for (const email of [demo.bureau, demo.officerFes, demo.member]) {
      const viewer = (await signInAs(email))!;
      expect(await listUsers(viewer, userFilters())).toMatchObject({ rows: [], total: { count: 0, atLeast: false }, hasNext: false });
      expect((await listUsers(viewer, userFilters({ after: "x" }))).rows).toEqual([]);
      expect(await getUser(viewer, admin.id)).toBeNull();
    }
  });

  it("sorts by name and pages by key with the total; a bad cursor is the first page", async () => {
    const first = await listUsers(admin, userFilters());
    expect(first.total).toEqual({ count: 36, atLeast: false });
    expect([first.hasPrevious, first.hasNext]).toEqual([false, true]);
    expect(first.rows).toHaveLength(USERS_PER_PAGE);
    const extras = first.rows.filter((r) => r.email.startsWith("extra")).map((r) => r.name);
    expect(extras).toEqual(Array.from({ length: extras.length }, (_, i) => `ي مستخدم ${String(i).padStart(2, "0")}`));
    const second = await listUsers(admin, userFilters({ after: first.nextCursor }));
    expect(second.rows).toHaveLength(36 - USERS_PER_PAGE);
    expect(second.rows.at(-1)?.name).toBe("ي مستخدم 29");
    expect([second.hasPrevious, second.hasNext]).toEqual([true, false]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(36);
    expect((await listUsers(admin, userFilters({ before: second.previousCursor }))).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    for (const bad of ["x", "%00", "WzFd"]) expect((await listUsers(admin, userFilters({ after: bad }))).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    // a filter holds after a cursor taken from the whole list
    expect((await listUsers(admin, userFilters({ role: "officer", after: first.nextCursor }))).rows.every((r) => r.role === "officer")).toBe(true);
  });

  it("searches the name (folded) or the email", async () => {
    const byEmail = await listUsers(admin, userFilters({ q: "OFFICER." }));
    expect(byEmail.rows.map((r) => r.email).sort()).toEqual([demo.officerFes, demo.officerSefrou, demo.officerSouss]);
    const byName = await listUsers(admin, userFilters({ q: "مستخدم 07" }));
    expect(byName.rows.map((r) => r.email)).toEqual(["extra07@example.org"]);
    const folded = await listUsers(admin, userFilters({ q: "مُدير النِّظام" }));
    expect(folded.rows.map((r) => r.email)).toContain(demo.admin);
    expect((await listUsers(admin, userFilters({ q: "100%_" }))).total.count).toBe(0);
  });

  it("filters by role, region of scope and state, with the scope names", async () => {
    const officers = await listUsers(admin, userFilters({ role: "officer" }));
    expect(officers.total.count).toBe(3);
    const inFes = await listUsers(admin, userFilters({ region: String(fes) }));
    expect(inFes.rows.map((r) => r.email).sort()).toEqual([demo.officerFes, demo.officerSefrou]);
    const sefrou = inFes.rows.find((r) => r.email === demo.officerSefrou)!;
    expect(sefrou).toMatchObject({ regionNameFr: "Fès-Meknès", provinceNameFr: "Sefrou" });
    const inactive = await listUsers(admin, userFilters({ status: "inactive" }));
    expect(inactive.rows.map((r) => r.email)).toEqual(["extra00@example.org", "extra10@example.org", "extra20@example.org"]);
    expect((await listUsers(admin, userFilters({ status: "active", role: "member" }))).total.count).toBe(28);
  });

  it("ignores malformed filters instead of failing", async () => {
    const page = await listUsers(admin, userFilters({ role: "king", region: "x", status: "maybe", page: "-3" }));
    expect(page.total.count).toBe(36);
    expect(page.hasPrevious).toBe(false);
  });

  it("reads one account with its scope and linked member", async () => {
    const sefrou = (await db.select().from(users).where(eq(users.email, demo.officerSefrou)))[0];
    const details = await getUser(admin, sefrou.id);
    expect(details).toMatchObject({ email: demo.officerSefrou, provinceNameFr: "Sefrou", regionNameFr: "Fès-Meknès", memberId: sefrou.memberId });
    expect(details?.memberNumber).toMatch(/^\d+$/);
    expect(details).not.toHaveProperty("passwordHash");
    expect(await getUser(admin, 999_999)).toBeNull();
  });
});

describe("listAudit", () => {
  let bureauId: number;
  beforeAll(async () => {
    bureauId = (await db.select().from(users).where(eq(users.email, demo.bureau)))[0].id;
    const entry = (at: string, action: string, entity: string, entityId: string, userId: number | null) => ({
      at: new Date(at),
      action,
      entity,
      entityId,
      userId,
      summary: `${action} ${entityId}`,
    });
    await db.insert(auditLog).values([
      // 10 January 2024, 23:30 in Casablanca (UTC+1) is 22:30 UTC
      entry("2024-01-10T22:30:00Z", "branch.update", "branch", "7", bureauId),
      // 11 January 2024, 00:30 in Casablanca is still the 10th in UTC
      entry("2024-01-10T23:30:00Z", "branch.create", "branch", "8", bureauId),
      entry("2024-01-09T09:00:00Z", "member.create", "member", "5", admin.id),
      entry("2024-01-12T09:00:00Z", "branches.merge", "branch", "9", null),
      ...Array.from({ length: 60 }, (_, i) => entry(`2023-06-01T${String(10 + (i % 10)).padStart(2, "0")}:${String(i).padStart(2, "0")}:00Z`, "cell.create", "cell", String(i), admin.id)),
    ]);
  });

  it("is for the admin only", async () => {
    for (const email of [demo.bureau, demo.officerFes, demo.member]) {
      const viewer = (await signInAs(email))!;
      expect((await listAudit(viewer, auditFilters())).total.count).toBe(0);
    }
  });

  it("takes the dates as days in Africa/Casablanca", async () => {
    const tenth = await listAudit(admin, auditFilters({ from: "2024-01-10", to: "2024-01-10" }));
    expect(tenth.rows.map((r) => r.action)).toEqual(["branch.update"]);
    const eleventh = await listAudit(admin, auditFilters({ from: "2024-01-11", to: "2024-01-11" }));
    expect(eleventh.rows.map((r) => r.action)).toEqual(["branch.create"]);
    const from = await listAudit(admin, auditFilters({ from: "2024-01-10", action: "branch" }));
    expect(from.rows.map((r) => r.entityId)).toEqual(["8", "7"]);
    const to = await listAudit(admin, auditFilters({ to: "2024-01-09", action: "member" }));
    expect(to.rows.map((r) => r.entityId)).toEqual(["5"]);
  });

  it("matches an action exactly or by prefix, never a longer word", async () => {
    expect((await listAudit(admin, auditFilters({ action: "branch.update" }))).rows.map((r) => r.entityId)).toEqual(["7"]);
    expect((await listAudit(admin, auditFilters({ action: "branch." }))).rows.map((r) => r.entityId)).toEqual(["8", "7"]);
    expect((await listAudit(admin, auditFilters({ action: "branch" }))).rows.map((r) => r.entityId)).toEqual(["8", "7"]);
    expect((await listAudit(admin, auditFilters({ action: "branch%" }))).total.count).toBe(0);
  });

  it("filters by who did it (a user, or a name or email) and by entity", async () => {
    const byBureau = await listAudit(admin, auditFilters({ user: String(bureauId) }));
    expect(byBureau.total).toEqual({ count: 2, atLeast: false });
    expect(byBureau.rows[0]).toMatchObject({ userId: bureauId, userEmail: demo.bureau });
    expect((await listAudit(admin, auditFilters({ who: "BUREAU@" }))).total.count).toBe(2);
    expect((await listAudit(admin, auditFilters({ entity: "branch" }))).total.count).toBe(3);
    expect((await listAudit(admin, auditFilters({ entity: "branch", entityId: "9" }))).rows[0]).toMatchObject({ userId: null, userName: null });
  });

  it("lists the newest first, fifty a page after and before a cursor, with the total", async () => {
    const all = await listAudit(admin, auditFilters());
    expect(all.rows).toHaveLength(AUDIT_PER_PAGE);
    expect(all.total.count).toBeGreaterThanOrEqual(64);
    expect(all.hasPrevious).toBe(false);
    const times = all.rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const cells = await listAudit(admin, auditFilters({ action: "cell.create" }));
    expect(cells).toMatchObject({ total: { count: 60, atLeast: false }, hasPrevious: false, hasNext: true });
    const second = await listAudit(admin, auditFilters({ action: "cell.create", after: cells.nextCursor }));
    expect(second).toMatchObject({ hasPrevious: true, hasNext: false });
    expect(second.rows).toHaveLength(10);
    expect(new Set([...cells.rows, ...second.rows].map((r) => r.id)).size).toBe(60);
    const back = await listAudit(admin, auditFilters({ action: "cell.create", before: second.previousCursor }));
    expect(back.rows.map((r) => r.id)).toEqual(cells.rows.map((r) => r.id));
    expect(back).toMatchObject({ hasPrevious: false, hasNext: true });
    // a cursor that does not decode is no cursor: the first page
    for (const bad of ["%%%", "eyJ", encodeCursor(["x", 1]), encodeCursor([1.5, 1])]) {
      expect((await listAudit(admin, auditFilters({ action: "cell.create", after: bad }))).rows.map((r) => r.id)).toEqual(cells.rows.map((r) => r.id));
    }
  });

  it("keeps entries of the same instant apart, to the microsecond, across pages", async () => {
    const at = "2022-03-04 05:06:07.123456+00";
    await db.execute(
      sql`insert into audit_log (at, action, entity, entity_id, summary) select ${at}::timestamptz + (g % 2) * interval '1 microsecond', 'tie.same', 'tie', g::text, 'tie' from generate_series(1, 120) g`,
    );
    const ids: number[] = [];
    let page = await listAudit(admin, auditFilters({ action: "tie.same" }));
    ids.push(...page.rows.map((r) => r.id));
    while (page.hasNext) {
      page = await listAudit(admin, auditFilters({ action: "tie.same", after: page.nextCursor }));
      ids.push(...page.rows.map((r) => r.id));
    }
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
  });

  it("counts up to 1,000 entries and then says more", async () => {
    await db.execute(sql`insert into audit_log (action, entity, summary) select 'bulk.entry', 'bulk', 'bulk' from generate_series(1, 1001)`);
    expect((await listAudit(admin, auditFilters({ action: "bulk.entry" }))).total).toEqual({ count: 1000, atLeast: true });
  });
});
