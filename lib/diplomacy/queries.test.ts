import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { agreements, delegations, diplomaticMeetings, followUpActions, partnerParties, partyEvents } from "@/db/schema";
import { encodeCursor } from "@/lib/pagination/cursor";
import { todayInMorocco } from "@/lib/i18n/format";
import { demo, getCurrentUser, signInAs } from "@/tests/helpers";
import { findAgreement, listAgreements, listMeetings } from "./agreement-queries";
import { continentOf, countriesOf, countryName, countsByContinent } from "./countries";
import { delegationsByCountry, findEvent, listEvents } from "./event-queries";
import { diplomacyOverview, findParty, listParties, overdueFollowUps, PAGE_SIZE, partyFiltersFrom } from "./queries";
import { eighthCongress, partyByKey, peruAgreement } from "@/tests/fixtures/diplomacy";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

const filters = (over: Partial<ReturnType<typeof partyFiltersFrom>> = {}) => ({ ...partyFiltersFrom({}), ...over });

describe("countries", () => {
  it("knows every country of seed 000, Peru, their names and continents", () => {
    for (const code of ["DZ", "MR", "TN", "PS", "LB", "IQ", "SY", "AO", "SN", "CN", "VN", "CY", "GR", "JP", "FR", "ES", "PE"]) {
      expect(continentOf(code), code).not.toBeNull();
    }
    expect(countryName("PE", "ar")).toBe("بيرو");
    expect(countryName("PE", "fr")).toBe("Pérou");
    expect(continentOf("PS")).toBe("asia");
    expect(continentOf("DZ")).toBe("africa");
    expect(continentOf("XX")).toBeNull();
    expect(countriesOf("southAmerica")).toContain("PE");
    expect(countsByContinent([{ country: "FR", count: 2 }, { country: "DZ", count: 3 }, { country: "ES", count: 1 }])).toEqual([
      { continent: "africa", count: 3 },
      { continent: "europe", count: 3 },
    ]);
  });
});

describe("who may read", () => {
  it("sends officers and members to the 403 page from every query", async () => {
    for (const email of [demo.officerFes, demo.officerSouss, demo.officerSefrou, demo.member]) {
      const user = await viewer(email);
      await expect(listParties(user, filters())).rejects.toThrow(/403/);
      await expect(findParty(user, 1)).rejects.toThrow(/403/);
      await expect(listEvents(user)).rejects.toThrow(/403/);
      await expect(findEvent(user, 1)).rejects.toThrow(/403/);
      await expect(listMeetings(user)).rejects.toThrow(/403/);
      await expect(listAgreements(user, "2026-11-23")).rejects.toThrow(/403/);
      await expect(findAgreement(user, 1)).rejects.toThrow(/403/);
      await expect(overdueFollowUps(user, "2026-11-23")).rejects.toThrow(/403/);
      await expect(diplomacyOverview(user, "2026-11-23")).rejects.toThrow(/403/);
    }
  });
});

describe("listParties", () => {
  it("filters by continent with country IN (...), by country, and by a folded name", async () => {
    const bureau = await viewer(demo.bureau);
    const all = await listParties(bureau, filters());
    expect(all.total).toEqual({ count: 22, atLeast: false });

    const asia = await listParties(bureau, filters({ continent: "asia" }));
    expect(new Set(asia.rows.map((r) => r.country))).toEqual(new Set(["PS", "LB", "IQ", "SY", "CN", "VN", "JP"]));
    expect(asia.total.count).toBe(9);
    const southAmerica = await listParties(bureau, filters({ continent: "southAmerica" }));
    expect(southAmerica.rows.map((r) => r.nameOriginal)).toEqual(["Fuerza Popular"]);

    const algeria = await listParties(bureau, partyFiltersFrom({ country: "dz" }));
    expect(algeria.total.count).toBe(3);
    // a country outside the continent finds nothing
    expect((await listParties(bureau, filters({ country: "DZ", continent: "europe" }))).total.count).toBe(0);

    // the hamza is folded: "الاسباني" finds "الإسباني"
    expect((await listParties(bureau, filters({ q: "الاسباني" }))).rows.map((r) => r.nameOriginal)).toEqual(["Partido Comunista de España"]);
    expect((await listParties(bureau, filters({ q: "fuerza" }))).total.count).toBe(1);
    expect((await listParties(bureau, filters({ q: "100%_" }))).total.count).toBe(0);
  });

  it("pages by key, sorted by Arabic name; a bad cursor is the first page, a filter holds on page 2", async () => {
    const bureau = await viewer(demo.admin);
    await db.insert(partnerParties).values(Array.from({ length: 10 }, (_, i) => ({ nameOriginal: `Extra ${i}`, nameAr: `ي حزب ${i}`, country: "IT" })));
    const first = await listParties(bureau, filters());
    expect(first).toMatchObject({ total: { count: 32, atLeast: false }, hasPrevious: false, hasNext: true });
    expect(first.rows).toHaveLength(25);
    const names = first.rows.map((r) => r.nameAr);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    const last = await listParties(bureau, filters({ after: first.nextCursor! }));
    expect(last).toMatchObject({ hasPrevious: true, hasNext: false });
    expect(last.rows).toHaveLength(7);
    expect(new Set([...first.rows, ...last.rows].map((r) => r.id)).size).toBe(32);
    expect((await listParties(bureau, filters({ before: last.previousCursor! }))).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    for (const bad of ["x", "eyJ", encodeCursor([1, 2])]) expect((await listParties(bureau, filters({ after: bad }))).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    // the country filter holds after a cursor taken from the whole list
    expect((await listParties(bureau, filters({ country: "IT", after: first.nextCursor! }))).rows.every((r) => r.country === "IT")).toBe(true);
    expect(partyFiltersFrom({ country: "xx", continent: "atlantis", page: "-3" })).toEqual({ q: null, country: null, continent: null, after: undefined, before: undefined });
  });
});

describe("events", () => {
  it("the eighth congress has its delegations, counted by country and by continent", async () => {
    const bureau = await viewer(demo.bureau);
    const congress = await eighthCongress();
    const event = (await findEvent(bureau, congress.id))!;
    expect(event.event).toMatchObject({ kind: "congress", ordinal: 8, title: "المؤتمر الوطني الثامن" });
    expect(event.delegations.length).toBeGreaterThan(20);
    expect(new Set(event.delegations.map((d) => d.country))).toEqual(
      new Set(["DZ", "MR", "TN", "PS", "LB", "IQ", "SY", "AO", "SN", "CN", "VN", "CY", "GR", "JP", "FR", "ES"]),
    );
    expect(event.byCountry.slice(0, 2)).toEqual([
      { country: "DZ", count: 3 },
      { country: "PS", count: 3 },
    ]);
    expect(event.byCountry.find((c) => c.country === "FR")).toEqual({ country: "FR", count: 1 });
    expect(event.byContinent).toEqual([
      { continent: "africa", count: 8 },
      { continent: "asia", count: 9 },
      { continent: "europe", count: 4 },
    ]);
    const list = await listEvents(bureau);
    expect(list.rows.find((r) => r.id === congress.id)).toMatchObject({ delegations: 21, countries: 16 });
  });

  it("counts a new delegation under its country", async () => {
    await viewer(demo.bureau);
    const congress = await eighthCongress();
    await db.insert(delegations).values({ eventId: congress.id, country: "FR", headOfDelegation: "Anne Petit" });
    expect((await delegationsByCountry(congress.id)).find((c) => c.country === "FR")).toEqual({ country: "FR", count: 2 });
    const [other] = await db.insert(partyEvents).values({ kind: "other", title: "تظاهرة فارغة", startsOn: "2026-01-01", endsOn: "2026-01-01", city: "طنجة" }).returning();
    expect(await delegationsByCountry(other.id)).toEqual([]);
  });
});

describe("overdue follow-ups", () => {
  it("the seeded Peruvian agreement has one action overdue today and one not", async () => {
    const bureau = await viewer(demo.bureau);
    const agreement = (await findAgreement(bureau, (await peruAgreement()).id))!;
    expect(agreement.parties.map((p) => p.nameOriginal)).toEqual(["Fuerza Popular"]);
    expect(agreement.aims.length).toBeGreaterThanOrEqual(4);
    expect(agreement.followUps).toHaveLength(2);
    // today on the app's clock (the default): the seed keeps the next action ahead of its day
    const overdue = await overdueFollowUps(bureau, todayInMorocco());
    expect(overdue.rows.map((r) => r.dueOn)).toEqual(["2025-10-31"]);
    expect(overdue.rows[0]).toMatchObject({ agreementId: agreement.id, ownerName: expect.any(String) });
  });

  it("is open and due before today in Africa/Casablanca: due today is not overdue, done and cancelled never are", async () => {
    const bureau = await viewer(demo.bureau);
    const [agreement] = await db.insert(agreements).values({ title: "اتفاقية الحدود", signedOn: "2026-01-01" }).returning();
    await db.insert(followUpActions).values([
      { agreementId: agreement.id, title: "أجله أمس", dueOn: "2026-11-22" },
      { agreementId: agreement.id, title: "أجله اليوم", dueOn: "2026-11-23" },
      { agreementId: agreement.id, title: "منجز", dueOn: "2026-01-10", status: "done", doneOn: "2026-01-09" },
      { agreementId: agreement.id, title: "ملغى", dueOn: "2026-01-10", status: "cancelled" },
    ]);
    // 23:30 UTC on the 22nd is already 00:30 on the 23rd in Casablanca (UTC+1)
    const today = todayInMorocco(new Date("2026-11-22T23:30:00Z"));
    expect(today).toBe("2026-11-23");
    const titles = (await overdueFollowUps(bureau, today, 50)).rows.filter((r) => r.agreementId === agreement.id).map((r) => r.title);
    expect(titles).toEqual(["أجله أمس"]);
    // in UTC it would still be the 22nd: nothing of this agreement overdue yet
    const utcDay = new Date("2026-11-22T23:30:00Z").toISOString().slice(0, 10);
    expect((await overdueFollowUps(bureau, utcDay, 50)).rows.filter((r) => r.agreementId === agreement.id)).toEqual([]);

    const overview = await diplomacyOverview(bureau, today);
    expect(overview.overdueFollowUps).toBe((await overdueFollowUps(bureau, today)).total);
    const row = (await listAgreements(bureau, today)).rows.find((r) => r.id === agreement.id);
    expect(row).toMatchObject({ openFollowUps: 2, overdueFollowUps: 1 });
    const limited = await overdueFollowUps(bureau, today, 1);
    expect(limited.rows).toHaveLength(1);
    expect(limited.total).toBeGreaterThanOrEqual(2);
  });
});

describe("party detail, meetings and owners", () => {
  it("a party shows its delegations, meetings and agreements", async () => {
    const bureau = await viewer(demo.bureau);
    const peru = (await findParty(bureau, (await partyByKey("Fuerza Popular")).id))!;
    expect(peru.party.country).toBe("PE");
    expect(peru.meetings.map((m) => m.date)).toEqual(["2025-04-07"]);
    expect(peru.agreements.map((a) => a.signedOn)).toEqual(["2025-04-07"]);
    expect(peru.delegations).toEqual([]);
    const pcf = (await findParty(bureau, (await partyByKey("Parti communiste français")).id))!;
    expect(pcf.delegations.map((d) => d.eventTitle)).toContain("المؤتمر الوطني الثامن");
    expect(await findParty(bureau, 999_999)).toBeNull();
  });

  it("lists meetings with their parties, the latest first", async () => {
    const bureau = await viewer(demo.bureau);
    const list = await listMeetings(bureau);
    expect(list.rows[0]).toMatchObject({ date: "2025-04-07", received: true });
    expect(list.rows[0].parties.map((p) => p.country)).toEqual(["PE"]);
  });

  it("pages events, meetings and agreements by key, latest first; a bad cursor is the first page", async () => {
    const bureau = await viewer(demo.bureau);
    await db.insert(diplomaticMeetings).values(
      Array.from({ length: PAGE_SIZE + 2 }, (_, i) => ({ date: `2010-01-${String(1 + (i % 28)).padStart(2, "0")}`, place: `الرباط ${i}` })),
    );
    const first = await listMeetings(bureau);
    expect([first.rows.length, first.hasPrevious, first.hasNext]).toEqual([PAGE_SIZE, false, true]);
    const ids: number[] = [];
    for (let page = first; ; ) {
      ids.push(...page.rows.map((r) => r.id));
      if (!page.hasNext) break;
      page = await listMeetings(bureau, { after: page.nextCursor! });
    }
    expect(ids).toHaveLength(first.total.count);
    expect(new Set(ids).size).toBe(ids.length);
    const second = await listMeetings(bureau, { after: first.nextCursor! });
    expect((await listMeetings(bureau, { before: second.previousCursor! })).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect((await listMeetings(bureau, { after: encodeCursor(["2010-02-30", 1]) })).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    const events = await listEvents(bureau, { after: "garbage", before: "%" });
    expect(events.rows.map((r) => r.id)).toEqual((await listEvents(bureau)).rows.map((r) => r.id));
    const agreementsPage = await listAgreements(bureau, "2026-11-23", { after: "x" });
    expect(agreementsPage.rows.map((r) => r.id)).toEqual((await listAgreements(bureau, "2026-11-23")).rows.map((r) => r.id));
  });

});
