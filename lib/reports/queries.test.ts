import { and, asc, count, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { evaluationCampaigns, evaluationReports, notifications, outboxEmails, users } from "@/db/schema";
import { encodeCursor } from "@/lib/pagination/cursor";
import { getCurrentUser } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { auditCount, demo, signInAs } from "@/tests/helpers";
import { daysBetween, daysLate, daysLeft } from "./deadline";
import { CAMPAIGNS_PAGE_SIZE, getCampaign, listCampaigns, listTemplateCampaigns, listTodo } from "./queries";
import { remindOfDeadlines, remindOfficer } from "./reminders";
import { draftCampaign, openCampaignWithReports, provincesIn, regionId, reportOf, rowCount, userId } from "@/tests/fixtures/reports";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

describe("deadline arithmetic (Africa/Casablanca)", () => {
  it("is on time until the end of the deadline day in Morocco", () => {
    // since 2018 Morocco keeps UTC+1 outside Ramadan: 22:30Z is 23:30 there, 23:30Z is 00:30 the next day
    expect(daysLate("2027-01-07", new Date("2027-01-07T22:30:00Z"))).toBe(0);
    expect(daysLate("2027-01-07", new Date("2027-01-07T23:30:00Z"))).toBe(1);
    expect(daysLate("2027-01-07", new Date("2027-01-10T09:00:00Z"))).toBe(3);
    expect(daysLate("2027-01-07", new Date("2027-01-02T09:00:00Z"))).toBe(0);
    // in January 2017 Morocco was on UTC: 23:30Z was still the deadline day
    expect(daysLate("2017-01-07", new Date("2017-01-07T23:30:00Z"))).toBe(0);
  });

  it("counts days left from today in Morocco, negative once late", () => {
    expect(daysLeft("2027-01-07", new Date("2027-01-04T23:30:00Z"))).toBe(2);
    expect(daysLeft("2027-01-07", new Date("2027-01-07T10:00:00Z"))).toBe(0);
    expect(daysLeft("2027-01-07", new Date("2027-01-09T10:00:00Z"))).toBe(-2);
    expect(daysBetween("2016-12-31", "2017-01-07")).toBe(7);
  });
});

describe("listTodo", () => {
  it("gives each officer the reports of their scope in open campaigns only", async () => {
    const { campaign } = await openCampaignWithReports();
    const { campaign: draft } = await draftCampaign();
    const fes = await regionId("Fès-Meknès");

    const fesRows = (await listTodo(await viewer(demo.officerFes))).filter((r) => r.campaignId === campaign.id);
    expect(fesRows).toHaveLength((await provincesIn(fes)) + 1); // the provinces and the regional report
    expect(fesRows.every((r) => r.regionNameFr === "Fès-Meknès")).toBe(true);

    const sefrouRows = (await listTodo(await viewer(demo.officerSefrou))).filter((r) => r.campaignId === campaign.id);
    expect(sefrouRows.map((r) => r.provinceNameFr)).toEqual(["Sefrou"]);

    const soussRows = (await listTodo(await viewer(demo.officerSouss))).filter((r) => r.campaignId === campaign.id);
    expect(soussRows.every((r) => r.regionNameFr === "Souss-Massa")).toBe(true);
    expect(soussRows.length).toBeGreaterThan(0);

    expect((await listTodo(await viewer(demo.officerFes))).some((r) => r.campaignId === draft.id)).toBe(false);
    expect(await listTodo(await viewer(demo.member))).toEqual([]);
  });

  it("puts the reports still to send first", async () => {
    const { campaign } = await openCampaignWithReports();
    const fesReport = await reportOf(campaign.id, "Fès");
    await db.update(evaluationReports).set({ status: "submitted", submittedAt: clock.now() }).where(eq(evaluationReports.id, fesReport.id));
    const rows = (await listTodo(await viewer(demo.officerFes))).filter((r) => r.campaignId === campaign.id);
    expect(rows.at(-1)?.reportId).toBe(fesReport.id);
  });
});

describe("campaign reads", () => {
  it("lists campaigns with their progress for the Bureau only, paginated", async () => {
    const { campaign } = await openCampaignWithReports();
    const fesReport = await reportOf(campaign.id, "Meknès");
    await db.update(evaluationReports).set({ status: "accepted" }).where(eq(evaluationReports.id, fesReport.id));
    const list = await listCampaigns(await viewer(demo.bureau));
    const row = list.rows.find((r) => r.id === campaign.id);
    expect(row).toMatchObject({ status: "open", submitted: 1 });
    expect(row?.reports).toBe((await provincesIn(await regionId("Fès-Meknès"), await regionId("Souss-Massa"))) + 1);
    expect(list.total.count).toBeGreaterThanOrEqual(1);
    expect((await listCampaigns(await viewer(demo.officerFes))).rows).toEqual([]);
  });

  it("pages the campaigns by key, newest first; a bad cursor is the first page, and an officer reads none on any page", async () => {
    const bureau = await viewer(demo.bureau);
    for (let i = 0; i < CAMPAIGNS_PAGE_SIZE + 3; i++) await draftCampaign({ title: `حملة الصفحات ${i}`, opensOn: "2020-01-01", deadline: "2020-02-01" }, [await regionId("Fès-Meknès")]);
    const first = await listCampaigns(bureau);
    expect([first.rows.length, first.hasPrevious, first.hasNext]).toEqual([CAMPAIGNS_PAGE_SIZE, false, true]);
    const ids: number[] = [];
    for (let page = first; ; ) {
      ids.push(...page.rows.map((r) => r.id));
      if (!page.hasNext) break;
      page = await listCampaigns(bureau, { after: page.nextCursor! });
    }
    const [{ n }] = await db.select({ n: count() }).from(evaluationCampaigns);
    expect(new Set(ids).size).toBe(n);
    expect(ids).toHaveLength(n);
    const second = await listCampaigns(bureau, { after: first.nextCursor! });
    expect((await listCampaigns(bureau, { before: second.previousCursor! })).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    for (const bad of ["x", encodeCursor(["2020-02-31", 1]), encodeCursor([1, 1])]) {
      expect((await listCampaigns(bureau, { after: bad, before: bad })).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
    expect((await listCampaigns(await viewer(demo.officerFes), { after: first.nextCursor! })).rows).toEqual([]);
  });

  it("gives the editor a campaign with its questions and regions; nothing to an officer", async () => {
    const fes = await regionId("Fès-Meknès");
    const { campaign } = await draftCampaign({}, [fes]);
    const detail = await getCampaign(await viewer(demo.bureau), campaign.id);
    expect(detail?.questions.map((q) => q.position)).toEqual([1, 2, 3, 4]);
    expect(detail?.regions.map((r) => r.id)).toEqual([fes]);
    expect(detail?.reports).toBe(0);
    expect((await listTemplateCampaigns(await viewer(demo.bureau), campaign.id)).some((c) => c.id === campaign.id)).toBe(false);
    expect(await getCampaign(await viewer(demo.officerFes), campaign.id)).toBeNull();
  });
});

describe("remindOfDeadlines", () => {
  it("notifies each officer once at each milestone — a week, three days, the day before — in the officer's language", async () => {
    const { campaign } = await openCampaignWithReports({ deadline: "2027-01-07" });
    const fesId = await userId(demo.officerFes);
    await db.update(users).set({ locale: "fr" }).where(eq(users.id, fesId));
    const mine = and(eq(notifications.userId, fesId), like(notifications.dedupeKey, `reminder:campaign:${campaign.id}:%`))!;
    const keys = async () => (await db.select({ key: notifications.dedupeKey }).from(notifications).where(mine).orderBy(asc(notifications.id))).map((r) => r.key!.split(":").pop());
    const audits = await auditCount();
    try {
      await remindOfDeadlines(new Date("2026-12-30T10:00:00Z")); // eight days away
      expect(await keys()).toEqual([]);

      const emails = await rowCount(outboxEmails);
      expect(await remindOfDeadlines(new Date("2027-01-01T10:00:00Z"))).toBeGreaterThanOrEqual(1); // six days: the week's
      expect(await remindOfDeadlines(new Date("2027-01-01T15:00:00Z"))).toBe(0); // the next hour: nobody twice
      expect(await remindOfDeadlines(new Date("2027-01-04T10:00:00Z"))).toBeGreaterThanOrEqual(1); // three days
      expect(await remindOfDeadlines(new Date("2027-01-05T10:00:00Z"))).toBe(0);
      // the hour before midnight in Morocco is still the 5th; just after it is the day before
      expect(await remindOfDeadlines(new Date("2027-01-05T22:30:00Z"))).toBe(0);
      expect(await remindOfDeadlines(new Date("2027-01-05T23:30:00Z"))).toBeGreaterThanOrEqual(1);
      expect(await keys()).toEqual(["j7", "j3", "j1"]);
      expect(await rowCount(outboxEmails)).toBeGreaterThan(emails);
      const notices = await db.select({ title: notifications.title, body: notifications.body }).from(notifications).where(mine).orderBy(asc(notifications.id));
      expect(notices.map((n) => n.title)).toEqual(Array(3).fill(`L’échéance approche : ${campaign.title}`));
      expect(notices.map((n) => n.body)).toEqual([
        "La date limite d’envoi du rapport est le 7 janvier 2027, dans 6 jours.",
        "La date limite d’envoi du rapport est le 7 janvier 2027, dans 3 jours.",
        "La date limite d’envoi du rapport est demain, le 7 janvier 2027.",
      ]);
      expect(await auditCount()).toBe(audits);
    } finally {
      await db.update(users).set({ locale: null }).where(eq(users.id, fesId));
    }
  });

  it("tells once when the deadline has passed with the report unsent, in Arabic by default; never the Bureau", async () => {
    const { campaign } = await openCampaignWithReports({ deadline: "2027-01-07" });
    const souss = await viewer(demo.officerSouss);
    const late = and(eq(notifications.userId, souss.id), eq(notifications.dedupeKey, `reminder:campaign:${campaign.id}:overdue`))!;
    // (the demo's other late campaigns are told of at the same time)
    expect(await remindOfficer({ ...souss, locale: null }, new Date("2027-01-09T10:00:00Z"))).toBeGreaterThanOrEqual(1);
    expect(await rowCount(notifications, late)).toBe(1);
    expect(await remindOfficer({ ...souss, locale: null }, new Date("2027-01-20T10:00:00Z"))).toBe(0);
    const [notice] = await db.select().from(notifications).where(late);
    expect(notice).toMatchObject({ title: `تأخّر التقرير: ${campaign.title}`, href: "/reports" });
    expect(notice.body).toContain("ولم يُرسَل التقرير بعد");
    const bureau = await viewer(demo.bureau);
    expect(await remindOfficer({ ...bureau, locale: null }, new Date("2027-01-05T10:00:00Z"))).toBe(0);
    expect(await rowCount(notifications, and(eq(notifications.userId, bureau.id), like(notifications.dedupeKey, `reminder:campaign:${campaign.id}:%`)))).toBe(0);
  });
});
