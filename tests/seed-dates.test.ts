import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  committeeSessions,
  evaluationCampaigns,
  evaluationReports,
  followUpActions,
  rootingActivities,
  thematicMeetings,
  trainingMeetings,
  workingPapers,
  workshops,
} from "@/db/schema";
import { rentree2026 } from "@/db/seed/data/reports";
import { seedReports } from "@/db/seed/reports";
import { ninthSessionOn } from "@/db/seed/data/sessions";
import { addDays, DEMO_DAY, demoShift, onSeedDay, seedToday } from "@/db/seed/today";
import * as clock from "@/lib/clock";
import { todayInMorocco } from "@/lib/i18n/format";
import { localDateTime } from "@/lib/sessions/time";
import { daysBetween } from "@/lib/reports/deadline";
import { ELECTIONS_2016, OPEN_CAMPAIGN } from "@/tests/fixtures/reviews";

const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

async function openCampaign() {
  const [row] = await db.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.title, OPEN_CAMPAIGN)).orderBy(desc(evaluationCampaigns.id)).limit(1);
  return row;
}

describe("the seed's day", () => {
  it("is the app's day: both read APP_NOW (fixed for the suite in vitest.config.ts)", () => {
    expect(process.env.APP_NOW).toBeTruthy();
    expect(seedToday()).toBe(todayInMorocco(clock.now()));
  });

  it("moves the demo's open-now dates in whole weeks, so that the seed's day is 0 to 6 days after the moved DEMO_DAY", () => {
    expect(demoShift(DEMO_DAY)).toBe(0);
    expect(onSeedDay("2026-12-05", "2026-11-29")).toBe("2026-12-05");
    expect(onSeedDay("2026-12-05", "2026-11-30")).toBe("2026-12-12");
    for (const today of ["2026-12-02", "2027-01-08", "2028-01-06", "2031-02-14"]) {
      const moved = onSeedDay(DEMO_DAY, today);
      expect(daysBetween(moved, today)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(moved, today)).toBeLessThan(7);
      expect(weekday(onSeedDay("2027-03-06", today))).toBe(6); // the 9th session stays on a Saturday
    }
  });
});

describe("the open evaluation campaign", () => {
  it("opened about a week before the seed's day and falls due 6 to 12 days after it", async () => {
    const today = seedToday();
    const campaign = await openCampaign();
    expect(campaign).toMatchObject({ status: "open", deadline: onSeedDay(rentree2026.deadline, today), opensOn: onSeedDay(rentree2026.opensOn, today) });
    expect(daysBetween(today, campaign.deadline)).toBeGreaterThanOrEqual(6);
    expect(daysBetween(today, campaign.deadline)).toBeLessThanOrEqual(12);
    expect(daysBetween(campaign.opensOn, today)).toBeGreaterThanOrEqual(7);
    expect(campaign.openedAt!.getTime()).toBeLessThan(clock.now().getTime());
    // the reports filed so far were filed before today, none after the clock
    const filed = await db
      .select({ submittedAt: evaluationReports.submittedAt, acceptedAt: evaluationReports.acceptedAt })
      .from(evaluationReports)
      .where(and(eq(evaluationReports.campaignId, campaign.id), inArray(evaluationReports.status, ["submitted", "accepted", "returned"])));
    expect(filed.length).toBeGreaterThan(5);
    for (const r of filed) {
      expect(r.submittedAt!.getTime()).toBeLessThan(clock.now().getTime());
      expect(r.submittedAt!.getTime()).toBeGreaterThan(campaign.openedAt!.getTime());
      if (r.acceptedAt) expect(r.acceptedAt.getTime()).toBeLessThan(clock.now().getTime());
    }
  });

  it("is seeded just as open on another day: its dates move with the seed's day", async () => {
    // make room for a second seeding of the campaign (the seed adds only what is missing)
    await db.update(evaluationCampaigns).set({ title: `${OPEN_CAMPAIGN} (قديمة)` }).where(eq(evaluationCampaigns.title, OPEN_CAMPAIGN));
    const later = "2031-02-14";
    await seedReports(db, later);
    const campaign = await openCampaign();
    expect(campaign.deadline.slice(0, 4)).toBe("2031");
    expect(daysBetween(later, campaign.deadline)).toBeGreaterThanOrEqual(6);
    expect(daysBetween(later, campaign.deadline)).toBeLessThanOrEqual(12);
    expect(weekday(campaign.deadline)).toBe(weekday(rentree2026.deadline));
    const [filed] = await db
      .select({ submittedAt: evaluationReports.submittedAt })
      .from(evaluationReports)
      .where(and(eq(evaluationReports.campaignId, campaign.id), eq(evaluationReports.status, "submitted")))
      .limit(1);
    expect(todayInMorocco(filed.submittedAt!) < later).toBe(true);
    expect(todayInMorocco(filed.submittedAt!) >= campaign.opensOn).toBe(true);
  });

  it("leaves the 2016 campaign on its real dates", async () => {
    const [elections] = await db.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.title, ELECTIONS_2016));
    expect(elections).toMatchObject({ status: "closed", opensOn: "2016-12-19", deadline: "2017-01-07" });
  });
});

describe("the rest of what is open now", () => {
  it("puts the convened 9th session ahead, its papers due before it (one already late), its thematic meeting ahead", async () => {
    const today = seedToday();
    const expected = ninthSessionOn(today);
    const [ninth] = await db.select().from(committeeSessions).where(eq(committeeSessions.ordinal, 9));
    expect(ninth).toMatchObject({ status: "convened", startsOn: expected.startsOn, endsOn: expected.endsOn });
    expect(ninth.startsOn > addDays(today, 60)).toBe(true);
    const [eighth] = await db.select().from(committeeSessions).where(eq(committeeSessions.ordinal, 8));
    expect(eighth).toMatchObject({ startsOn: "2017-02-04", endsOn: "2017-02-05" });

    const papers = await db
      .select({ dueOn: workingPapers.dueOn, assignedAt: workingPapers.assignedAt, date: workshops.date })
      .from(workingPapers)
      .innerJoin(workshops, eq(workshops.id, workingPapers.workshopId))
      .where(eq(workshops.sessionId, ninth.id));
    expect(papers.map((p) => p.date)).toEqual([ninth.startsOn, ninth.startsOn, ninth.startsOn]);
    expect(papers.filter((p) => p.dueOn < today)).toHaveLength(1);
    expect(papers.every((p) => p.dueOn <= ninth.startsOn && p.assignedAt.getTime() < clock.now().getTime())).toBe(true);

    const [meeting] = await db.select().from(thematicMeetings).where(eq(thematicMeetings.sessionId, ninth.id));
    expect(meeting.startsAt.getTime()).toBeGreaterThan(clock.now().getTime());
    expect(localDateTime(meeting.startsAt).time).toBe("15:00"); // Moroccan wall-clock time, whatever the offset that day
  });

  it("puts the upcoming training ahead, this year's activities behind (some in the last 90 days), the next follow-up ahead", async () => {
    const today = seedToday();
    const planned = await db.select().from(trainingMeetings).where(eq(trainingMeetings.status, "planned"));
    expect(planned).toHaveLength(1);
    expect(planned[0].startsOn > today).toBe(true);
    expect(planned[0].startsOn <= addDays(today, 21)).toBe(true);

    const activities = await db.select({ date: rootingActivities.date }).from(rootingActivities);
    expect(activities.every((a) => a.date <= today)).toBe(true);
    expect(activities.filter((a) => a.date >= addDays(today, -90))).toHaveLength(4);
    expect(activities.filter((a) => a.date > "2019-01-01" && a.date < addDays(today, -90)).length).toBe(2);

    const open = await db.select({ dueOn: followUpActions.dueOn }).from(followUpActions).where(and(eq(followUpActions.status, "open"), isNull(followUpActions.doneOn)));
    expect(open.filter((f) => f.dueOn < today).map((f) => f.dueOn)).toEqual(["2025-10-31"]);
    expect(open.filter((f) => f.dueOn >= today)).toHaveLength(1);
  });
});
