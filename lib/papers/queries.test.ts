import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { paperAssignees, paperVersions, users, workingPapers } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { demo, signInAs } from "@/tests/helpers";
import { dueState } from "./due";
import { freeMembers, makeMemberAccount, makeSession, makeWorkshop, memberIdOf } from "@/tests/fixtures/papers";
import { encodeCursor } from "@/lib/pagination/cursor";
import { attachmentForViewer, listPapers, PAPERS_PAGE_SIZE, overduePapers, paperForViewer, paperListFiltersFrom, workshopPaperFor } from "./queries";
import { canReadApproved } from "./access";

const TODAY = "2027-02-15";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

async function paper(workshopId: number, values: { title: string; dueOn: string; status?: "assigned" | "draft" | "submitted" | "returned" | "approved" }, assignees: number[]) {
  const [row] = await db.insert(workingPapers).values({ workshopId, ...values }).returning();
  await db.insert(paperAssignees).values(assignees.map((memberId) => ({ paperId: row.id, memberId })));
  return row;
}

let memberId: number;
let participant: { userId: number; memberId: number };
let ids: Record<string, number>;

beforeAll(async () => {
  memberId = await memberIdOf(demo.member);
  participant = await makeMemberAccount("participant@example.org");
  await makeMemberAccount("outsider@example.org");
  const [other] = await freeMembers(1);
  const convened = await makeSession({ status: "convened", startsOn: "2027-03-06", endsOn: "2027-03-07" });
  const draft = await makeSession({ status: "draft", startsOn: "2027-06-05" });
  const w1 = await makeWorkshop(convened, { number: 1, participants: [participant.memberId] });
  const w2 = await makeWorkshop(convened, { number: 2 });
  const w3 = await makeWorkshop(convened, { number: 3 });
  const wDraft = await makeWorkshop(draft, { number: 1, participants: [participant.memberId] });
  const late = await paper(w1.id, { title: "متأخرة", dueOn: "2027-02-10", status: "draft" }, [memberId]);
  const submittedLate = await paper(w2.id, { title: "مقدمة بعد الأجل", dueOn: "2027-02-01", status: "submitted" }, [memberId, other]);
  const notMine = await paper(w3.id, { title: "ليست لي", dueOn: "2027-02-20" }, [other]);
  const hidden = await paper(wDraft.id, { title: "في دورة مسودة", dueOn: "2027-05-01" }, [memberId]);
  ids = { late: late.id, submittedLate: submittedLate.id, notMine: notMine.id, hidden: hidden.id, w1: w1.id, w3: w3.id, wDraft: wDraft.id, convened: convened.id };
});

describe("listPapers", () => {
  it("shows an assignee their papers, in sessions they may see, the overdue first", async () => {
    const member = await viewer(demo.member);
    const all = await listPapers(member, {}, TODAY);
    expect(all.rows.map((r) => r.title)).not.toContain("في دورة مسودة");
    expect(all.rows.map((r) => r.title)).not.toContain("ليست لي");
    const list = await listPapers(member, { sessionId: ids.convened }, TODAY);
    expect(list.rows.map((r) => r.title)).toEqual(["متأخرة", "مقدمة بعد الأجل"]);
    expect(list.rows.map((r) => r.overdue)).toEqual([true, false]);
    expect(list.rows[1].assignees).toHaveLength(2);
  });

  it("shows the Bureau every paper, drafts' too, filtered by session and status", async () => {
    const bureau = await viewer(demo.bureau);
    const all = await listPapers(bureau, {}, TODAY);
    expect(all.rows.map((r) => r.title)).toEqual(expect.arrayContaining(["متأخرة", "مقدمة بعد الأجل", "ليست لي", "في دورة مسودة"]));
    expect(all.rows.findIndex((r) => r.title === "متأخرة")).toBeLessThan(all.rows.findIndex((r) => r.title === "ليست لي"));
    const bySession = await listPapers(bureau, { sessionId: ids.convened }, TODAY);
    expect(bySession.rows.map((r) => r.title)).toEqual(["متأخرة", "مقدمة بعد الأجل", "ليست لي"]);
    const submitted = await listPapers(bureau, { sessionId: ids.convened, status: "submitted" }, TODAY);
    expect(submitted.rows.map((r) => r.title)).toEqual(["مقدمة بعد الأجل"]);
  });

  it("pages by key in the list's order, late first, then open, then approved; a bad cursor is the first page", async () => {
    // due after TODAY, so the overdue list below keeps only its own late papers; the fixtures above bring one late
    const session = await makeSession({ status: "convened", startsOn: "2027-09-04", endsOn: "2027-09-05" });
    const statuses = ["draft", "approved", "assigned", "submitted"] as const;
    for (let i = 0; i < PAPERS_PAGE_SIZE + 5; i++) {
      const workshop = await makeWorkshop(session, { number: i + 1 });
      await paper(workshop.id, { title: `ورقة ${i}`, dueOn: `2027-0${3 + (i % 4)}-1${i % 10}`, status: statuses[i % 4] }, [memberId]);
    }
    const member = await viewer(demo.member);
    const first = await listPapers(member, {}, TODAY);
    expect([first.rows.length, first.hasPrevious, first.hasNext]).toEqual([PAPERS_PAGE_SIZE, false, true]);
    const rows = [...first.rows];
    for (let page = first; page.hasNext; ) {
      page = await listPapers(member, { after: page.nextCursor! }, TODAY);
      rows.push(...page.rows);
    }
    const everything = (await db.select({ id: workingPapers.id }).from(workingPapers)).length;
    expect(rows.length).toBeLessThan(everything);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    // the member's own only, never a hidden session's, on every page
    expect(rows.map((r) => r.title)).not.toContain("ليست لي");
    expect(rows.map((r) => r.title)).not.toContain("في دورة مسودة");
    const group = (r: (typeof rows)[number]) => (r.overdue ? 1 : r.status === "approved" ? 3 : 2);
    const keys = rows.map((r) => [group(r), r.dueOn, r.id] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]) || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    const second = await listPapers(member, { after: first.nextCursor! }, TODAY);
    expect((await listPapers(member, { before: second.previousCursor! }, TODAY)).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    for (const bad of ["x", encodeCursor([1, "2027-02-30", 1]), encodeCursor([1, 1])]) {
      expect((await listPapers(member, { after: bad, before: bad }, TODAY)).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
  });

  it("shows nothing to an account with no member", async () => {
    const admin = await viewer(demo.officerSouss);
    await db.update(users).set({ memberId: null }).where(eq(users.id, admin.id));
    expect((await listPapers(await viewer(demo.officerSouss), {}, TODAY)).rows).toEqual([]);
  });

  it("reads its filters from the address bar, ignoring junk", () => {
    expect(paperListFiltersFrom({ session: "4", status: "returned", after: "abc" })).toEqual({ sessionId: 4, status: "returned", after: "abc", before: undefined });
    expect(paperListFiltersFrom({ session: "x", status: "lost", page: "-1" })).toEqual({ sessionId: null, status: null, after: undefined, before: undefined });
  });
});

describe("overduePapers", () => {
  it("lists the late papers not yet submitted, for the Bureau only", async () => {
    const rows = await overduePapers(await viewer(demo.bureau), 8, TODAY);
    expect(rows.map((r) => r.title)).toContain("متأخرة");
    expect(rows.map((r) => r.title)).not.toContain("مقدمة بعد الأجل");
    expect(await overduePapers(await viewer(demo.member), 8, TODAY)).toEqual([]);
  });

  it("counts days in Morocco", () => {
    expect(dueState("2027-02-10", "draft", TODAY)).toEqual({ kind: "overdue", days: 5 });
    expect(dueState("2027-02-15", "returned", TODAY)).toEqual({ kind: "today" });
    expect(dueState("2027-02-20", "assigned", TODAY)).toEqual({ kind: "left", days: 5 });
    expect(dueState("2027-02-10", "submitted", TODAY)).toEqual({ kind: "done" });
  });
});

describe("who reads a paper", () => {
  it("lets a participant read the approved paper and its file, and not before", async () => {
    await db.insert(paperVersions).values({ paperId: ids.late, version: 1, body: "نص", submitted: true, attachmentKey: "papers/x/abc", attachmentName: "a.pdf", attachmentType: "application/pdf" });
    const reader = await viewer("participant@example.org");
    expect(canReadApproved((await paperForViewer(reader, ids.late))!)).toBe(false);
    expect(await attachmentForViewer(reader, ids.late, 1)).toBeNull();
    expect((await workshopPaperFor(reader, ids.w1))?.approved).toBeNull();

    await db.update(workingPapers).set({ status: "approved" }).where(eq(workingPapers.id, ids.late));
    await db.update(paperVersions).set({ decision: "approved" }).where(eq(paperVersions.paperId, ids.late));
    expect(canReadApproved((await paperForViewer(reader, ids.late))!)).toBe(true);
    expect(await attachmentForViewer(reader, ids.late, 1)).toMatchObject({ name: "a.pdf" });
    expect((await workshopPaperFor(reader, ids.w1))?.approved?.body).toBe("نص");

    const stranger = await viewer("outsider@example.org");
    expect(canReadApproved((await paperForViewer(stranger, ids.late))!)).toBe(false);
    expect(await attachmentForViewer(stranger, ids.late, 1)).toBeNull();
    expect((await workshopPaperFor(stranger, ids.w1))?.approved).toBeNull();
    expect(await attachmentForViewer(await viewer(demo.bureau), ids.late, 1)).toMatchObject({ key: "papers/x/abc" });
  });

  it("shows nothing of a draft session to a member, even a participant or an assignee", async () => {
    for (const email of ["participant@example.org", demo.member]) {
      const who = await viewer(email);
      expect(await paperForViewer(who, ids.hidden)).toBeNull();
      expect(await workshopPaperFor(who, ids.wDraft)).toBeNull();
    }
    expect(await paperForViewer(await viewer(demo.bureau), ids.hidden)).not.toBeNull();
  });

  it("tells the panel when a workshop has no paper yet", async () => {
    const w = await makeWorkshop({ id: (await paperForViewer(await viewer(demo.bureau), ids.late))!.session.id, startsOn: "2027-03-06" }, { number: 9 });
    expect(await workshopPaperFor(await viewer(demo.member), w.id)).toEqual({ access: null });
  });
});
