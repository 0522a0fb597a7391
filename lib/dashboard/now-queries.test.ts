import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { connection, db } from "@/db";
import { evaluationCampaigns, evaluationReports, outboxEmails, users, workingPapers } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { overdueFollowUps } from "@/lib/diplomacy/queries";
import { todayInMorocco } from "@/lib/i18n/format";
import { listOutbox, outboxStatusFrom } from "@/lib/notifications/outbox";
import { listPapers } from "@/lib/papers/queries";
import { compliancePage } from "@/lib/reports/compliance-page-queries";
import { doneOf } from "@/lib/reports/compliance-queries";
import { getReport, listTodo, todoPage } from "@/lib/reports/queries";
import { listReviewQueue, REVIEW_QUEUE_PAGE_SIZE, reviewQueueTotal } from "@/lib/reports/review-queries";
import { pendingInvitations } from "@/lib/sessions/invitation-queries";
import { sessionPage } from "@/lib/sessions/page-queries";
import { workshopsOfMember } from "@/lib/sessions/workshop-queries";
import { draftCampaign, openCampaignWithReports, reportOf } from "@/tests/fixtures/reports";
import { demo, signInAs, today } from "@/tests/helpers";
import { whatNow, type NowLine } from "./now-queries";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

type Kind = NowLine["kind"];
const ofKind = <K extends Kind>(lines: NowLine[], kind: K) => lines.filter((l): l is Extract<NowLine, { kind: K }> => l.kind === kind);
const kinds = (lines: NowLine[]) => [...new Set(lines.map((l) => l.kind))];

/** Every page of the review queue from the first, following "next". */
async function wholeReviewQueue(email: string) {
  const v = await viewer(email);
  let page = await listReviewQueue(v);
  const rows = [...page.rows];
  while (page.hasNext) {
    page = await listReviewQueue(v, { after: page.nextCursor! });
    rows.push(...page.rows);
    if (rows.length > 2000) throw new Error("the pages do not end");
  }
  return rows;
}

/** Every page of the papers list for these filters. */
async function wholePaperList(email: string, status: "submitted" | null) {
  const v = await viewer(email);
  let page = await listPapers(v, { status });
  const rows = [...page.rows];
  while (page.hasNext) {
    page = await listPapers(v, { status, after: page.nextCursor! });
    rows.push(...page.rows);
  }
  return rows;
}

/** The statements sent to the embedded database while `run` runs (null on PostgreSQL, where the pool is not watched). */
async function statementsOf(run: () => Promise<unknown>): Promise<number | null> {
  const client = connection().pglite;
  if (!client) {
    await run();
    return null;
  }
  const query = vi.spyOn(client, "query");
  try {
    await run();
    return query.mock.calls.length;
  } finally {
    query.mockRestore();
  }
}

describe("what waits on an officer", () => {
  it("counts the reports their bodies owe as the to-do lists them, by campaign, with the days left", async () => {
    const { campaign } = await openCampaignWithReports({ deadline: today(2) });
    const returned = await reportOf(campaign.id, "Sefrou");
    await db.update(evaluationReports).set({ status: "returned", submittedAt: clock.now() }).where(eq(evaluationReports.id, returned.id));
    const sent = await reportOf(campaign.id, "Fès");
    await db.update(evaluationReports).set({ status: "submitted", submittedAt: clock.now() }).where(eq(evaluationReports.id, sent.id));

    for (const email of [demo.officerFes, demo.officerSouss, demo.officerSefrou]) {
      const v = await viewer(email);
      const { lines } = await whatNow(v);
      const todo = await listTodo(v);
      const toWrite = ofKind(lines, "reportsToWrite");
      const back = ofKind(lines, "reportsReturned");
      // the sum of the lines is the to-do's own total of reports still to send
      const total = toWrite.reduce((s, l) => s + l.count, 0) + back.reduce((s, l) => s + l.count, 0);
      expect(total).toBe((await todoPage(v)).totals.toSend);
      // and each campaign's line is what the to-do lists for that campaign
      for (const c of new Set(todo.map((r) => r.campaignId))) {
        const rows = todo.filter((r) => r.campaignId === c);
        const title = rows[0].campaignTitle;
        const writing = rows.filter((r) => r.status === "not_started" || r.status === "draft").length;
        const correcting = rows.filter((r) => r.status === "returned").length;
        expect(toWrite.find((l) => l.campaignTitle === title)?.count ?? 0).toBe(writing);
        expect(back.find((l) => l.campaignTitle === title)?.count ?? 0).toBe(correcting);
      }
      // an officer sees none of the Bureau's lines
      expect(kinds(lines).filter((k) => ["reportsToReview", "papersToReview", "campaignProgress", "rsvps", "overdueFollowUps", "failedEmails"].includes(k))).toEqual([]);
    }

    // the Sefrou officer owes one report in the new campaign, in two days: its button opens it, and it is theirs
    const sefrou = await viewer(demo.officerSefrou);
    const mine = ofKind((await whatNow(sefrou)).lines, "reportsReturned").find((l) => l.campaignTitle === campaign.title)!;
    expect(mine).toMatchObject({ count: 1, daysLeft: 2, href: `/reports/${campaign.id}/reports/${returned.id}` });
    expect(await getReport(sefrou, returned.id)).not.toBeNull();
    // the Souss-Massa officer is not told of it, and may not open it
    const souss = await viewer(demo.officerSouss);
    expect(ofKind((await whatNow(souss)).lines, "reportsReturned")).toEqual([]);
    expect(await getReport(souss, returned.id)).toBeNull();
    // the region's officer counts Sefrou's returned report and not the submitted one of Fès
    const fes = ofKind((await whatNow(await viewer(demo.officerFes))).lines, "reportsToWrite").find((l) => l.campaignTitle === campaign.title)!;
    const fesOwed = (await listTodo(await viewer(demo.officerFes), [campaign.id])).filter((r) => r.status === "not_started").length;
    expect(fes.count).toBe(fesOwed);
    expect(fes.href).toBe("/reports");
  });

  it("says days late once the deadline has passed, and forgets campaigns that are closed", async () => {
    const { campaign } = await openCampaignWithReports({ deadline: today(-3) });
    const v = await viewer(demo.officerSefrou);
    const line = ofKind((await whatNow(v)).lines, "reportsToWrite").find((l) => l.campaignTitle === campaign.title);
    expect(line?.daysLeft).toBe(-3);
    await db.update(evaluationCampaigns).set({ status: "closed", closedAt: clock.now() }).where(eq(evaluationCampaigns.id, campaign.id));
    expect(ofKind((await whatNow(v)).lines, "reportsToWrite").find((l) => l.campaignTitle === campaign.title)).toBeUndefined();
  });
});

describe("what waits on the Bureau", () => {
  it("counts the reports waiting for review as the review list holds them, every page together", async () => {
    // more than a page: the reports of a new campaign, all submitted
    const { campaign } = await openCampaignWithReports({ deadline: today(5) });
    await db.update(evaluationReports).set({ status: "submitted", submittedAt: clock.now() }).where(eq(evaluationReports.campaignId, campaign.id));
    // a closed campaign's submitted report is not in the queue
    const { campaign: closed } = await openCampaignWithReports({ status: "closed", deadline: today(-40) });
    await db.update(evaluationReports).set({ status: "submitted", submittedAt: clock.now() }).where(eq(evaluationReports.campaignId, closed.id));

    const bureau = await viewer(demo.bureau);
    const line = ofKind((await whatNow(bureau)).lines, "reportsToReview")[0];
    const listed = await wholeReviewQueue(demo.bureau);
    expect(listed.length).toBeGreaterThan(REVIEW_QUEUE_PAGE_SIZE);
    expect(line).toMatchObject({ count: listed.length, atLeast: false, href: "/reports/review" });
    expect((await listReviewQueue(bureau)).total.count).toBe(listed.length);
    expect(new Set(listed.map((r) => r.reportId)).size).toBe(listed.length);
    expect(listed.every((r) => r.status === "submitted")).toBe(true);
    expect(listed.some((r) => r.campaignId === closed.id)).toBe(false);
    // nearest deadline first
    const deadlines = listed.map((r) => r.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    // the same count as a fresh count of the database
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(evaluationReports)
      .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluationReports.campaignId))
      .where(and(eq(evaluationReports.status, "submitted"), eq(evaluationCampaigns.status, "open")));
    expect(line.count).toBe(n);
  });

  it("counts the papers waiting for review as the papers list filtered on them", async () => {
    const bureau = await viewer(demo.bureau);
    const before = ofKind((await whatNow(bureau)).lines, "papersToReview");
    expect(before.length).toBe((await wholePaperList(demo.bureau, "submitted")).length ? 1 : 0);
    const papers = await db.select({ id: workingPapers.id }).from(workingPapers).limit(2);
    await db.update(workingPapers).set({ status: "submitted" }).where(inArray(workingPapers.id, papers.map((p) => p.id)));
    const [line] = ofKind((await whatNow(bureau)).lines, "papersToReview");
    const listed = await wholePaperList(demo.bureau, "submitted");
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(line).toMatchObject({ count: listed.length, href: "/assignments?status=submitted" });
  });

  it("shows the open campaign's progress, the next session's answers and the overdue follow-ups as their pages count them", async () => {
    const bureau = await viewer(demo.bureau);
    const { lines } = await whatNow(bureau);

    const [progress] = ofKind(lines, "campaignProgress");
    const compliance = await compliancePage(bureau, { campaignId: null, regionId: null });
    expect(compliance.campaign).not.toBeNull();
    expect(progress.href).toBe(`/reports/compliance?campaign=${compliance.campaign!.id}`);
    expect(progress).toMatchObject({ campaignTitle: compliance.campaign!.title, done: doneOf(compliance.total!), total: compliance.total!.total });

    const [rsvps] = ofKind(lines, "rsvps");
    const sessionId = Number(/\/sessions\/(\d+)#invitees/.exec(rsvps.href)![1]);
    const page = await sessionPage(bureau, sessionId);
    expect({ attending: rsvps.attending, excused: rsvps.excused, none: rsvps.none }).toEqual(page!.invitees!.counts);

    const [followUps] = ofKind(lines, "overdueFollowUps");
    expect(followUps).toMatchObject({ count: (await overdueFollowUps(bureau, todayInMorocco())).total, href: "/diplomacy" });
  });

  it("reads a fixed number of statements, however much history there is", async () => {
    const bureau = await viewer(demo.bureau);
    const first = await statementsOf(() => whatNow(bureau));
    // five more closed campaigns with their reports, and one more open
    for (let i = 0; i < 5; i++) await openCampaignWithReports({ status: "closed", deadline: today(-100 - i) });
    await openCampaignWithReports({ deadline: today(20) });
    const second = await statementsOf(() => whatNow(bureau));
    if (first !== null) {
      // the Bureau's lines, and the member's of its own account (workshops, papers, invitations)
      expect(first).toBeGreaterThan(5);
      expect(first).toBeLessThanOrEqual(12);
      expect(second).toBe(first);
    }
    const officer = await viewer(demo.officerFes);
    const officers = await statementsOf(() => whatNow(officer));
    if (officers !== null) expect(officers).toBeLessThanOrEqual(4);
  });
});

describe("what waits on a member", () => {
  it("folds in the invitation, and lists the workshops of the next session and the papers still to write", async () => {
    const member = await viewer(demo.member);
    const now = await whatNow(member);
    expect(now.invitations).toEqual(await pendingInvitations(member));
    expect(now.invitations.length).toBeGreaterThan(0);

    const workshops = ofKind(now.lines, "workshop");
    const mine = await workshopsOfMember(member);
    expect(workshops.length).toBeGreaterThan(0);
    // each is one of /sessions/mine's, all of the same (the next) session
    for (const w of workshops) expect(mine.some((m) => w.href === `/sessions/${m.sessionId}/workshops/${m.id}`)).toBe(true);
    expect(new Set(workshops.map((w) => w.href.split("/workshops/")[0])).size).toBe(1);

    const papers = ofKind(now.lines, "paperToWrite");
    const listed = await wholePaperList(demo.member, null);
    const due = listed.filter((p) => p.status !== "submitted" && p.status !== "approved");
    expect(papers.map((p) => p.href).sort()).toEqual(due.map((p) => `/assignments/${p.id}`).sort());
    // once sent, a paper waits on the Bureau, not on its writer
    if (due.length) {
      await db.update(workingPapers).set({ status: "submitted" }).where(eq(workingPapers.id, due[0].id));
      expect(ofKind((await whatNow(member)).lines, "paperToWrite").map((p) => p.href)).not.toContain(`/assignments/${due[0].id}`);
    }
    // a member is shown nothing of the officers' or the Bureau's
    expect(kinds(now.lines).every((k) => k === "workshop" || k === "paperToWrite")).toBe(true);
    expect(await reviewQueueTotal(member)).toEqual({ count: 0, atLeast: false });
    expect((await listReviewQueue(member)).rows).toEqual([]);
  });

  it("is empty for an account linked to no member with no role of its own to act on", async () => {
    await db.update(users).set({ memberId: null }).where(eq(users.email, demo.member));
    const member = await viewer(demo.member);
    expect(await whatNow(member)).toEqual({ invitations: [], lines: [] });
  });
});

describe("what waits on an admin", () => {
  it("counts the emails that failed as the outbox filtered on them lists them, and nothing else", async () => {
    const admin = await viewer(demo.admin);
    expect((await whatNow(admin)).lines).toEqual([]);
    await db.insert(outboxEmails).values([
      { to: "a@example.org", subject: "تذكير", body: "-", status: "failed", error: "ECONNREFUSED" },
      { to: "b@example.org", subject: "تذكير", body: "-", status: "failed", error: "ECONNREFUSED" },
      { to: "c@example.org", subject: "تذكير", body: "-", status: "sent" },
    ]);
    const [line] = ofKind((await whatNow(admin)).lines, "failedEmails");
    const list = await listOutbox(admin, { status: "failed" });
    expect(list.rows.every((r) => r.status === "failed")).toBe(true);
    expect(line).toEqual({ kind: "failedEmails", count: list.rows.length, atLeast: false, href: "/admin/outbox?status=failed" });
    expect(list.total.count).toBe(list.rows.length);
    expect(line.count).toBe(2);
  });

  it("reads the outbox's state from the address and refuses the outbox to anyone else", async () => {
    expect(outboxStatusFrom("failed")).toBe("failed");
    expect(outboxStatusFrom("everything")).toBeNull();
    expect(outboxStatusFrom(["failed"])).toBeNull();
    const bureau = await viewer(demo.bureau);
    await expect(listOutbox(bureau, { status: "failed" })).rejects.toThrow();
    // a cursor that does not decode is the first page, not an error
    const admin = await viewer(demo.admin);
    expect((await listOutbox(admin, { status: "failed", after: "garbage" })).hasPrevious).toBe(false);
    expect((await listReviewQueue(bureau, { after: "garbage" })).hasPrevious).toBe(false);
  });
});

describe("a campaign that has not opened", () => {
  it("asks nothing of anyone", async () => {
    const { campaign } = await draftCampaign({ title: "حملة لم تفتح بعد" });
    const lines = [
      ...(await whatNow(await viewer(demo.officerFes))).lines,
      ...(await whatNow(await viewer(demo.bureau))).lines,
    ];
    expect(lines.some((l) => "campaignTitle" in l && l.campaignTitle === campaign.title)).toBe(false);
  });
});
