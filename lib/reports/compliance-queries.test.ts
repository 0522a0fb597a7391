import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { evaluationCampaigns, evaluationReports, regions } from "@/db/schema";
import * as clock from "@/lib/clock";
import { demo, getCurrentUser, lastAudit, setClock, signInAs } from "@/tests/helpers";
import { complianceBodies, complianceByRegion, complianceCampaign, complianceCampaigns, deadlineEnd, isOnTime, lateBodies, percentDone } from "./compliance-queries";
import { remindLate } from "./compliance-actions";
import { complianceCsv } from "./compliance-csv-queries";
import { daysLate } from "./deadline";
import { campaignByTitle, ELECTIONS_2016, notificationsOf, OPEN_CAMPAIGN, provinceByName, reportOf, writeCounts } from "@/tests/fixtures/reviews";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

describe("deadline in Africa/Casablanca", () => {
  it("is on time until the end of the deadline day, Morocco's offset included", () => {
    // UTC+0 in the winter of 2016–2017; UTC+1 since 2018
    expect(deadlineEnd("2017-01-07").toISOString()).toBe("2017-01-08T00:00:00.000Z");
    expect(deadlineEnd("2026-12-05").toISOString()).toBe("2026-12-05T23:00:00.000Z");
    expect(isOnTime(new Date("2026-12-05T22:30:00Z"), "2026-12-05")).toBe(true); // 23:30 local
    expect(isOnTime(new Date("2026-12-05T23:30:00Z"), "2026-12-05")).toBe(false); // 00:30 the next day
  });
});

describe("complianceByRegion", () => {
  it("counts every body by status, equal to the reports counted one by one", async () => {
    const bureau = await viewer(demo.bureau);
    const campaign = await campaignByTitle(ELECTIONS_2016);
    const { rows, total } = await complianceByRegion(bureau, campaign);
    expect(rows).toHaveLength(12);
    expect(total.total).toBe(75);

    const reports = await db.select().from(evaluationReports).where(eq(evaluationReports.campaignId, campaign.id));
    const late = (r: (typeof reports)[number]) => daysLate(campaign.deadline, r.submittedAt!) > 0;
    const by = (status: string) => reports.filter((r) => r.status === status);
    expect(total).toEqual({
      total: reports.length,
      notStarted: by("not_started").length,
      draft: by("draft").length,
      submittedOnTime: by("submitted").filter((r) => !late(r)).length,
      submittedLate: by("submitted").filter(late).length,
      returned: by("returned").length,
      accepted: by("accepted").length,
    });
    const fesMeknes = rows.find((r) => r.nameFr === "Fès-Meknès")!;
    const [{ id: fes }] = await db.select({ id: regions.id }).from(regions).where(eq(regions.nameFr, "Fès-Meknès"));
    expect(fesMeknes.total).toBe(reports.filter((r) => r.regionId === fes).length);
    expect(percentDone(total)).toBe(Math.floor(((total.submittedOnTime + total.submittedLate + total.accepted) * 100) / 75));
  });

  it("puts 23:30 on the deadline day on time and 00:30 the next day late", async () => {
    const bureau = await viewer(demo.bureau);
    const campaign = await campaignByTitle(OPEN_CAMPAIGN);
    const meknes = await reportOf(OPEN_CAMPAIGN, "Meknès");
    const fes = await reportOf(OPEN_CAMPAIGN, "Fès");
    // half an hour before and after midnight at the end of the deadline day, Moroccan time
    const end = deadlineEnd(campaign.deadline).getTime();
    await db.update(evaluationReports).set({ status: "submitted", submittedAt: new Date(end - 30 * 60_000) }).where(eq(evaluationReports.id, meknes.id));
    await db.update(evaluationReports).set({ status: "submitted", submittedAt: new Date(end + 30 * 60_000) }).where(eq(evaluationReports.id, fes.id));
    const bodies = await complianceBodies(bureau, campaign, { regionId: meknes.regionId });
    expect(bodies.find((b) => b.reportId === meknes.id)).toMatchObject({ onTime: true, daysLate: 0 });
    expect(bodies.find((b) => b.reportId === fes.id)).toMatchObject({ onTime: false, daysLate: 1 });
    const region = (await complianceByRegion(bureau, campaign)).rows.find((r) => r.regionId === meknes.regionId)!;
    const submitted = bodies.filter((b) => b.status === "submitted");
    expect(region.submittedOnTime).toBe(submitted.filter((b) => b.onTime).length);
    expect(region.submittedLate).toBe(submitted.filter((b) => !b.onTime).length);
    expect(region.submittedLate).toBeGreaterThanOrEqual(1);
  });

  it("shows an officer only their scope", async () => {
    const campaign = await campaignByTitle(ELECTIONS_2016);
    const fes = await viewer(demo.officerFes);
    const fesRows = (await complianceByRegion(fes, campaign)).rows;
    expect(fesRows.map((r) => r.nameFr)).toEqual(["Fès-Meknès"]);
    expect(fesRows[0].total).toBe(9);

    const sefrou = await viewer(demo.officerSefrou);
    expect((await complianceByRegion(sefrou, campaign)).total.total).toBe(1);
    expect((await complianceBodies(sefrou, campaign)).map((b) => b.provinceNameFr)).toEqual(["Sefrou"]);

    const souss = await viewer(demo.officerSouss);
    expect(await complianceBodies(souss, campaign, { regionId: fesRows[0].regionId })).toEqual([]);
    expect((await complianceCampaigns(souss)).some((c) => c.id === campaign.id)).toBe(true);

    const member = await viewer(demo.member);
    await expect(complianceCampaign(member, campaign.id)).rejects.toThrow(/403/);
  });
});

describe("late bodies and reminders", () => {
  it("lists nobody before the deadline is over, and refuses to remind then", async () => {
    const bureau = await viewer(demo.bureau);
    const campaign = await campaignByTitle(OPEN_CAMPAIGN);
    const end = deadlineEnd(campaign.deadline).getTime();
    // the seeded campaign falls due after the seed's day, so on the suite's clock it is not over yet
    expect(clock.now().getTime()).toBeLessThan(end);
    expect(await lateBodies(bureau, campaign)).toEqual([]);
    expect(await lateBodies(bureau, campaign, new Date(end - 60_000))).toEqual([]);
    const before = await writeCounts();
    const state = await remindLate(null, { campaignId: String(campaign.id) });
    expect(state).toMatchObject({ ok: false, message: "لا توجد هيئة متأخرة يمكن تذكيرها." });
    expect(await writeCounts()).toEqual(before);

    // a minute after the deadline day ends, the bodies still owing are late by a day
    setClock(new Date(end + 60_000));
    const late = await lateBodies(bureau, campaign);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((b) => b.daysLate === 1)).toBe(true);
  });

  it("counts a closed campaign's owing bodies late until it closed, and reminds nobody once closed", async () => {
    const bureau = await viewer(demo.bureau);
    const campaign = await campaignByTitle(ELECTIONS_2016);
    expect(campaign.status).toBe("closed");
    const late = await lateBodies(bureau, campaign);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((b) => b.daysLate === 3)).toBe(true); // 7 → 10 January 2017
    const before = await writeCounts();
    expect((await remindLate(null, { campaignId: String(campaign.id) })).message).toBe("الحملة مغلقة: لم يعد التذكير ممكنًا.");
    expect(await writeCounts()).toEqual(before);
  });

  it("lists the bodies still owing after the deadline, and reminds their officers once a day", async () => {
    const bureau = await viewer(demo.bureau);
    // the 2016 campaign, as if it had stayed open past its deadline
    await db.update(evaluationCampaigns).set({ status: "open", closedAt: null }).where(eq(evaluationCampaigns.title, ELECTIONS_2016));
    const campaign = await campaignByTitle(ELECTIONS_2016);
    const taza = await reportOf(ELECTIONS_2016, "Taza");
    await db.update(evaluationReports).set({ status: "draft", submittedAt: null }).where(eq(evaluationReports.id, taza.id));
    const late = await lateBodies(bureau, campaign);
    const owing = await db
      .select()
      .from(evaluationReports)
      .where(and(eq(evaluationReports.campaignId, campaign.id), inArray(evaluationReports.status, ["not_started", "draft", "returned"])));
    expect(late.map((b) => b.reportId).sort()).toEqual(owing.map((r) => r.id).sort());
    expect(late.find((b) => b.reportId === taza.id)?.daysLate).toBeGreaterThan(3000);

    await signInAs(demo.officerFes);
    expect((await remindLate(null, { campaignId: String(campaign.id) })).message).toBe("ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.");

    await signInAs(demo.bureau);
    const first = await remindLate(null, { campaignId: String(campaign.id), regionId: String(taza.regionId), provinceId: String(taza.provinceId) });
    expect(first).toMatchObject({ ok: true, result: 1 });
    expect((await lastAudit("report.remind"))?.changes).toMatchObject({ notified: 1 });
    const reminders = await notificationsOf(demo.officerFes, "campaign.reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0].href).toBe(`/reports/${campaign.id}/reports/${taza.id}`);

    const again = await remindLate(null, { campaignId: String(campaign.id) });
    expect(again).toMatchObject({ ok: true, result: 0, message: "سبق تذكير هؤلاء المسؤولين اليوم." });
    expect(await notificationsOf(demo.officerFes, "campaign.reminder")).toHaveLength(1);
    expect(await notificationsOf(demo.officerSefrou, "campaign.reminder")).toHaveLength(0);
  });

  it("refuses a body that is not late", async () => {
    await signInAs(demo.bureau);
    const campaign = await campaignByTitle(ELECTIONS_2016);
    const sefrou = await provinceByName("Sefrou");
    const state = await remindLate(null, { campaignId: String(campaign.id), regionId: String(sefrou.regionId), provinceId: String(sefrou.id) });
    expect(state).toMatchObject({ ok: false, message: "لا توجد هيئة متأخرة يمكن تذكيرها." });
  });
});

describe("complianceCsv", () => {
  it("starts with a byte order mark and has one row per body, in the viewer's scope", async () => {
    const campaign = await campaignByTitle(ELECTIONS_2016);
    const csv = await complianceCsv(await viewer(demo.bureau), campaign, "ar");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 75);
    expect(lines[0]).toContain('"الجهة","العمالة أو الإقليم","الحالة"');
    const sefrouLine = lines.find((l) => l.includes('"صفرو"'))!;
    expect(sefrouLine).toContain('"مقبول"');
    expect(sefrouLine).toContain("officer.sefrou@example.org");

    const fes = await complianceCsv(await viewer(demo.officerFes), campaign, "fr");
    expect(fes.slice(1).trimEnd().split("\r\n")).toHaveLength(1 + 9);
    expect(fes).toContain('"Région","Préfecture ou province"');
  });
});
