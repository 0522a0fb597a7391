/**
 * A by-id read takes the viewer and answers null when the record is not theirs to see (by the
 * policy and the territory): the page then answers 404 or 403 as it always did.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { committeeSessions, workingPapers, workshops } from "@/db/schema";
import { paperPage } from "@/lib/papers/page-queries";
import { getReport } from "@/lib/reports/queries";
import { reportPage } from "@/lib/reports/report-page-queries";
import { sessionPage } from "@/lib/sessions/page-queries";
import { sessionByOrdinal, workshopsOf } from "@/tests/fixtures/sessions";
import { OPEN_CAMPAIGN, reportOf } from "@/tests/fixtures/reviews";
import { trainingPage } from "@/lib/rooting/training-page-queries";
import { findTraining } from "@/lib/rooting/training-queries";
import { makePlan, makeTraining, province } from "@/tests/fixtures/rooting";
import { demo, getCurrentUser, signInAs, today } from "@/tests/helpers";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

describe("reads take the viewer", () => {
  it("a report: its province's and region's officers and the Bureau get it, another region's officer null", async () => {
    const report = await reportOf(OPEN_CAMPAIGN, "Sefrou");
    for (const email of [demo.bureau, demo.officerFes, demo.officerSefrou]) expect((await getReport(await viewer(email), report.id))?.report.id, email).toBe(report.id);
    expect(await getReport(await viewer(demo.officerSouss), report.id)).toBeNull();
    expect(await getReport(await viewer(demo.member), report.id)).toBeNull();
  });

  it("a report's page: in scope the report and its history, another region's officer forbidden, another campaign's address null", async () => {
    const report = await reportOf(OPEN_CAMPAIGN, "Sefrou");
    for (const email of [demo.bureau, demo.officerFes, demo.officerSefrou]) {
      const page = await reportPage(await viewer(email), report.campaignId, report.id);
      expect(page !== null && page !== "forbidden" && page.report.id, email).toBe(report.id);
      expect(page !== null && page !== "forbidden" && page.history.report.id, email).toBe(report.id);
      expect(page !== null && page !== "forbidden" && page.reviewer, email).toBe(email === demo.bureau);
    }
    expect(await reportPage(await viewer(demo.officerSouss), report.campaignId, report.id)).toBe("forbidden");
    expect(await reportPage(await viewer(demo.bureau), report.campaignId + 1000, report.id)).toBeNull();
    expect(await reportPage(await viewer(demo.bureau), report.campaignId, 0)).toBeNull();
  });

  it("a session's page: a draft does not exist for a member; the Bureau manages it; a member reads a convened one's programme", async () => {
    const [draft] = await db
      .insert(committeeSessions)
      .values({ ordinal: 20, title: "دورة في طور الإعداد", startsOn: today(430), endsOn: today(431), venue: "المقر", city: "الرباط" })
      .returning();
    expect(await sessionPage(await viewer(demo.member), draft.id)).toBeNull();
    expect(await sessionPage(await viewer(demo.officerSouss), draft.id)).toBeNull();
    const managed = await sessionPage(await viewer(demo.bureau), draft.id);
    expect(managed?.session.id).toBe(draft.id);
    expect(managed?.canManage).toBe(true);
    const ninth = await sessionByOrdinal(9);
    const read = await sessionPage(await viewer(demo.member), ninth.id);
    expect(read?.session.id).toBe(ninth.id);
    expect(read?.canManage).toBe(false);
    expect(read?.programme.workshops.map((w) => w.id).sort((a, b) => a - b)).toEqual((await workshopsOf(ninth.id)).map((w) => w.id).sort((a, b) => a - b));
    expect(await sessionPage(await viewer(demo.bureau), 0)).toBeNull();
  });

  it("a provincial training: in scope it is found, out of scope null", async () => {
    const sefrou = await province("Sefrou");
    const training = await makeTraining({ planId: await makePlan("2026-01-01"), level: "provincial", provinceId: sefrou.id, status: "held", startsOn: "2026-10-07", endsOn: "2026-10-07" });
    for (const email of [demo.bureau, demo.officerFes, demo.officerSefrou]) expect((await findTraining(await viewer(email), training.id))?.id, email).toBe(training.id);
    expect(await findTraining(await viewer(demo.officerSouss), training.id)).toBeNull();
  });

  it("a provincial training's page: its officers manage it and record for its province, the Bureau manages it, another region's officer null", async () => {
    const sefrou = await province("Sefrou");
    const training = await makeTraining({ planId: await makePlan("2026-01-01"), level: "provincial", provinceId: sefrou.id, status: "held", startsOn: "2026-10-08", endsOn: "2026-10-08" });
    for (const email of [demo.bureau, demo.officerFes, demo.officerSefrou]) {
      const page = await trainingPage(await viewer(email), training.id);
      expect(page?.training.id, email).toBe(training.id);
      expect(page?.rights, email).toEqual({ manage: true, recordPeople: true });
      expect(page?.provinces.map((p) => p.id), email).toEqual([sefrou.id]);
    }
    expect(await trainingPage(await viewer(demo.officerSouss), training.id)).toBeNull();
    expect(await trainingPage(await viewer(demo.bureau), 0)).toBeNull();
  });

  it("a paper of a draft session does not exist for a member; the Bureau follows it", async () => {
    const [paper] = await db
      .select({ id: workingPapers.id, sessionId: committeeSessions.id })
      .from(workingPapers)
      .innerJoin(workshops, eq(workshops.id, workingPapers.workshopId))
      .innerJoin(committeeSessions, eq(committeeSessions.id, workshops.sessionId))
      .limit(1);
    expect(paper).toBeDefined();
    await db.update(committeeSessions).set({ status: "draft" }).where(eq(committeeSessions.id, paper.sessionId));
    const page = await paperPage(await viewer(demo.bureau), paper.id);
    expect(page !== null && page !== "forbidden" && page.paper.id).toBe(paper.id);
    expect(page !== null && page !== "forbidden" && page.follows).toBe(true);
    expect(await paperPage(await viewer(demo.member), paper.id)).toBeNull();
    expect(await paperPage(await viewer(demo.bureau), 0)).toBeNull();
  });
});
