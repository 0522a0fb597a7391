import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { evaluationReports } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { demo, signInAs, today } from "@/tests/helpers";
import { openCampaignWithReports, reportOf } from "@/tests/fixtures/reports";
import { listTodo, TODO_CAMPAIGNS_PER_PAGE, TODO_LINES_PER_PAGE, todoPage, type TodoPage } from "./queries";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

/** Every page of the to-do from the first, following "next". */
async function allPages(email: string): Promise<TodoPage[]> {
  const v = await viewer(email);
  const pages = [await todoPage(v)];
  while (pages.at(-1)!.hasNext) {
    pages.push(await todoPage(v, { after: pages.at(-1)!.nextCursor! }));
    if (pages.length > 50) throw new Error("the pages do not end");
  }
  return pages;
}

const campaignsOf = (page: TodoPage) => [...new Set(page.rows.map((r) => r.campaignId))];

describe("todoPage", () => {
  it("bounds the officer's page by campaigns and lines, nearest deadline first, and loses nothing across pages", async () => {
    // twelve open campaigns, each owing ten reports to Fès-Meknès (nine provinces and the region)
    const made: { id: number }[] = [];
    for (let i = 0; i < 12; i++) made.push((await openCampaignWithReports({ deadline: today(40 - 3 * i) })).campaign);
    const sent = await reportOf(made[0].id, "Fès");
    await db.update(evaluationReports).set({ status: "submitted", submittedAt: clock.now() }).where(eq(evaluationReports.id, sent.id));

    const pages = await allPages(demo.officerFes);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const lines = page.rows.length;
      const campaigns = campaignsOf(page);
      expect(campaigns.length).toBeLessThanOrEqual(TODO_CAMPAIGNS_PER_PAGE);
      expect(campaigns.length).toBeGreaterThan(0);
      if (campaigns.length > 1) expect(lines).toBeLessThanOrEqual(TODO_LINES_PER_PAGE);
      expect(page.campaigns).toBe(campaigns.length);
    }

    // the pages together are the whole to-do, each campaign on one page, in deadline order
    const everything = await listTodo(await viewer(demo.officerFes));
    const listed = pages.flatMap((p) => p.rows);
    expect(listed.map((r) => r.reportId).sort((a, b) => a - b)).toEqual(everything.map((r) => r.reportId).sort((a, b) => a - b));
    const order = pages.flatMap(campaignsOf);
    expect(new Set(order).size).toBe(order.length);
    const deadlines = order.map((id) => listed.find((r) => r.campaignId === id)!.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    for (const c of made) expect(order).toContain(c.id);

    // the totals said on every page are the sums of what the pages list
    for (const page of pages) {
      expect(page.totals).toEqual({
        campaigns: order.length,
        reports: listed.length,
        toSend: listed.filter((r) => ["not_started", "draft", "returned"].includes(r.status)).length,
      });
    }
    // within a campaign, the reports still to send come first
    const first = listed.filter((r) => r.campaignId === made[0].id);
    expect(first.at(-1)?.reportId).toBe(sent.id);
  });

  it("goes back from the last page to the same pages it came through", async () => {
    for (let i = 0; i < 8; i++) await openCampaignWithReports({ deadline: today(20 + i) });
    const forward = await allPages(demo.officerFes);
    const v = await viewer(demo.officerFes);
    let page = forward.at(-1)!;
    const seen = [campaignsOf(page)];
    while (page.hasPrevious && page.previousCursor) {
      page = await todoPage(v, { before: page.previousCursor });
      if (page.rows.length) seen.unshift(campaignsOf(page));
      if (seen.length > 50) throw new Error("the pages do not end");
    }
    expect(seen.flat()).toEqual(forward.flatMap(campaignsOf));
  });

  it("gives a provincial officer ten campaigns a page, one line each", async () => {
    for (let i = 0; i < TODO_CAMPAIGNS_PER_PAGE + 2; i++) await openCampaignWithReports({ deadline: today(15 + i) });
    const pages = await allPages(demo.officerSefrou);
    expect(campaignsOf(pages[0])).toHaveLength(TODO_CAMPAIGNS_PER_PAGE);
    expect(pages.flatMap((p) => p.rows).every((r) => r.provinceNameFr === "Sefrou")).toBe(true);
    expect(pages.flatMap((p) => p.rows)).toHaveLength(pages[0].totals.reports);
  });

  it("answers nothing to a member, and the first page to a cursor that is not one", async () => {
    await openCampaignWithReports();
    expect((await todoPage(await viewer(demo.member))).rows).toEqual([]);
    const v = await viewer(demo.officerFes);
    const first = await todoPage(v);
    for (const garbage of ["garbage", "eyJ4Ijp9", "WyIyMDMzLTAyLTMwIiwxXQ", "x".repeat(700)]) {
      expect((await todoPage(v, { after: garbage })).rows.map((r) => r.reportId)).toEqual(first.rows.map((r) => r.reportId));
    }
  });
});
