/**
 * The emails of the reports' actions leave once the action has committed (ctx.afterCommit enqueues
 * their jobs, the job queue's worker sends them), through a real SMTP conversation on the loopback;
 * a refused action leaves none waiting and sends nothing.
 */
import type { Server } from "node:net";
import { eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { evaluationCampaigns, evaluationReports, outboxEmails } from "@/db/schema";
import * as clock from "@/lib/clock";
import { demo, signInAs } from "@/tests/helpers";
import { startTestJobs, stopTestJobs } from "@/tests/jobs";
import { fakeSmtp } from "@/tests/smtp";
import { openCampaign } from "./campaign-actions";
import { remindLate } from "./compliance-actions";
import { acceptReport, returnReport } from "./review-actions";
import { campaignByTitle, ELECTIONS_2016, OPEN_CAMPAIGN, reportOf } from "@/tests/fixtures/reviews";
import { draftCampaign } from "@/tests/fixtures/reports";

let server: Server;
const received: string[] = [];

beforeAll(async () => {
  const smtp = await fakeSmtp(received);
  server = smtp.server;
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  await startTestJobs();
});

afterAll(async () => {
  await stopTestJobs();
  delete process.env.SMTP_URL;
  server.close();
});

// the seed's emails are taken as sent, so that only the action's own wait in the outbox
beforeEach(async () => {
  await db.update(outboxEmails).set({ status: "sent", sentAt: clock.now() }).where(ne(outboxEmails.status, "sent"));
  received.length = 0;
});

const waiting = () => db.select().from(outboxEmails).where(ne(outboxEmails.status, "sent"));

const outboxSize = async () => (await db.select({ id: outboxEmails.id }).from(outboxEmails)).length;

/** The emails the action wrote (the outbox grew past `before`) are all marked sent and reached the SMTP server. */
async function expectDelivered(before: number) {
  const written = (await outboxSize()) - before;
  expect(written).toBeGreaterThan(0);
  await vi.waitFor(
    async () => {
      expect(await waiting()).toEqual([]);
      expect(received).toHaveLength(written);
    },
    { timeout: 10_000, interval: 50 },
  );
}

async function submitted(provinceFr: string) {
  const report = await reportOf(OPEN_CAMPAIGN, provinceFr);
  const [row] = await db.update(evaluationReports).set({ status: "submitted", version: 2, submittedAt: clock.now() }).where(eq(evaluationReports.id, report.id)).returning();
  return row;
}

describe("emails after the commit", () => {
  it("openCampaign sends the officers' emails", async () => {
    await signInAs(demo.bureau);
    const { campaign } = await draftCampaign();
    const before = await outboxSize();
    const state = await openCampaign(null, { id: String(campaign.id) });
    expect(state.ok).toBe(true);
    await expectDelivered(before);
    expect(received.every((m) => m.includes("Subject:"))).toBe(true);
  });

  it("returnReport and acceptReport send the officers' emails", async () => {
    await signInAs(demo.bureau);
    const sefrou = await submitted("Sefrou");
    let before = await outboxSize();
    expect((await returnReport(null, { reportId: String(sefrou.id), version: "2", comment: "نرجو إتمام الأرقام." })).ok).toBe(true);
    await expectDelivered(before);

    received.length = 0;
    const taza = await submitted("Taza");
    before = await outboxSize();
    expect((await acceptReport(null, { reportId: String(taza.id), version: "2" })).ok).toBe(true);
    await expectDelivered(before);
  });

  it("remindLate sends the late bodies' officers their reminder", async () => {
    await signInAs(demo.bureau);
    // the 2016 campaign, as if it had stayed open past its deadline
    await db.update(evaluationCampaigns).set({ status: "open", closedAt: null }).where(eq(evaluationCampaigns.title, ELECTIONS_2016));
    const campaign = await campaignByTitle(ELECTIONS_2016);
    const taza = await reportOf(ELECTIONS_2016, "Taza");
    await db.update(evaluationReports).set({ status: "draft", submittedAt: null }).where(eq(evaluationReports.id, taza.id));
    const before = await outboxSize();
    const state = await remindLate(null, { campaignId: String(campaign.id), regionId: String(taza.regionId), provinceId: String(taza.provinceId) });
    expect(state).toMatchObject({ ok: true, result: 1, message: "أُرسل التذكير (إشعار واحد)." });
    await expectDelivered(before);
  });

  it("a refused or rolled-back action leaves nothing waiting and sends nothing", async () => {
    // refused by the policy: an officer may not return a report
    const sefrou = await submitted("Sefrou");
    const before = await outboxSize();
    await signInAs(demo.officerFes);
    expect((await returnReport(null, { reportId: String(sefrou.id), version: "2", comment: "لا." })).ok).toBe(false);

    // refused inside the transaction: a stale version rolls back
    await signInAs(demo.bureau);
    expect((await acceptReport(null, { reportId: String(sefrou.id), version: "1" })).ok).toBe(false);

    // a campaign that cannot open (already open) writes no notice
    const open = await campaignByTitle(OPEN_CAMPAIGN);
    expect((await openCampaign(null, { id: String(open.id) })).ok).toBe(false);

    expect(await outboxSize()).toBe(before);
    // give a stray delivery the time it would need
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await waiting()).toEqual([]);
    expect(received).toEqual([]);
    const [still] = await db.select().from(evaluationReports).where(eq(evaluationReports.id, sefrou.id));
    expect(still.status).toBe("submitted");
  });
});
