import { and, count, eq, isNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, members, organMemberships, organs, provinces, regions } from "@/db/schema";
import { foldForSearch } from "@/lib/text/fold";
import { demo, signInAs } from "@/tests/helpers";
import type { Actor } from "@/lib/permissions";
import { encodeCursor } from "@/lib/pagination/cursor";
import { branchChoices, getMember, listMembers, memberCursor, memberListFiltersFrom, territoryChoices, type MemberListFilters } from "./queries";

const keyOf = (row: { fullNameAr: string; id: number }) => ({ name: row.fullNameAr, id: row.id });

/** Every page of a list, following the next cursor from the first page. */
async function everyPage(viewer: Actor, filters: MemberListFilters) {
  const first = await listMembers(viewer, filters);
  const rows = [...first.rows];
  let page = first;
  while (page.hasNext) {
    page = await listMembers(viewer, { ...filters, cursor: { after: keyOf(rows[rows.length - 1]) } });
    rows.push(...page.rows);
  }
  return { rows, total: first.total.count };
}

const regionNamed = async (nameFr: string) => (await db.select().from(regions).where(eq(regions.nameFr, nameFr)))[0];
const provinceNamed = async (nameFr: string) => (await db.select().from(provinces).where(eq(provinces.nameFr, nameFr)))[0];

async function membersIn(where: { regionId?: number; provinceId?: number }) {
  const [{ n }] = await db
    .select({ n: count() })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where.provinceId ? eq(provinces.id, where.provinceId) : eq(provinces.regionId, where.regionId!));
  return n;
}

async function firstBranchOf(provinceNameFr: string) {
  const province = await provinceNamed(provinceNameFr);
  const [branch] = await db.select().from(branches).where(eq(branches.provinceId, province.id)).orderBy(branches.id).limit(1);
  return branch;
}

describe("listMembers: search", () => {
  it("pages a searched name by key, every match once and in the directory's order, forwards and back", async () => {
    const bureau = (await signInAs(demo.bureau))!;
    const branch = await firstBranchOf("Sefrou");
    // more matches than a page, fewer than the count's bound: read through the trigram index and sorted
    const names = ["زينب", "يوسف", "أمين", "سعاد", "ادريس", "نادية", "خالد", "هند"];
    await db.insert(members).values(
      Array.from({ length: 60 }, (_, i) => ({ fullNameAr: `${names[i % names.length]} الورزازاتي`, memberNumber: `T-SEARCH-${i}`, branchId: branch.id })),
    );
    try {
      const filters: MemberListFilters = { q: "الورزازاتي" };
      const { rows, total } = await everyPage(bureau, filters);
      expect(total).toBe(60);
      expect(rows).toHaveLength(60);
      expect(new Set(rows.map((r) => r.id)).size).toBe(60);
      // the directory's order is the database's (its collation), as the name index keeps it
      const ordered = await db.select({ id: members.id }).from(members).where(sql`${members.memberNumber} like 'T-SEARCH-%'`).orderBy(members.fullNameAr, members.id);
      expect(rows.map((r) => r.id)).toEqual(ordered.map((r) => r.id));
      const second = await listMembers(bureau, { ...filters, cursor: { after: keyOf(rows[24]) } });
      expect(second.rows.map((r) => r.id)).toEqual(rows.slice(25, 50).map((r) => r.id));
      const back = await listMembers(bureau, { ...filters, cursor: { before: keyOf(rows[25]) } });
      expect(back.rows.map((r) => r.id)).toEqual(rows.slice(0, 25).map((r) => r.id));
    } finally {
      await db.delete(members).where(sql`${members.memberNumber} like 'T-SEARCH-%'`);
    }
  });

  it("finds names written with أ when searched with a bare ا, and with diacritics", async () => {
    const bureau = await signInAs(demo.bureau);
    const { rows, total: { count: total } } = await listMembers(bureau!, { q: "احمد" });
    expect(total).toBeGreaterThan(0);
    expect(rows.some((r) => r.fullNameAr.includes("أحمد"))).toBe(true);
    for (const row of rows) expect(foldForSearch(row.fullNameAr)).toContain("احمد");
    const withDiacritics = await listMembers(bureau!, { q: "أَحْمَد" });
    expect(withDiacritics.total.count).toBe(total);
  });

  it("matches إ and آ with ا, and ignores diacritics stored in a name", async () => {
    const bureau = await signInAs(demo.bureau);
    const branch = await firstBranchOf("Fès");
    await db.insert(members).values([
      { fullNameAr: "آمِنة الإِدريسي", fullNameLatin: "Amina Idrissi Test", memberNumber: "T-HAMZA-1", branchId: branch.id },
      { fullNameAr: "إِلْياس آيت عَلي", fullNameLatin: null, memberNumber: "T-HAMZA-2", branchId: branch.id },
    ]);
    const amina = await listMembers(bureau!, { q: "امنة الادريسي" });
    expect(amina.rows.map((r) => r.memberNumber)).toEqual(["T-HAMZA-1"]);
    const ilyas = await listMembers(bureau!, { q: "الياس ايت علي" });
    expect(ilyas.rows.map((r) => r.memberNumber)).toEqual(["T-HAMZA-2"]);
  });

  it("finds by Latin name whatever the case, and by member number", async () => {
    const bureau = await signInAs(demo.bureau);
    const latin = await listMembers(bureau!, { q: "AHMED" });
    expect(latin.total.count).toBeGreaterThan(0);
    for (const row of latin.rows) expect(`${row.fullNameLatin}`.toLowerCase()).toContain("ahmed");
    const byNumber = await listMembers(bureau!, { q: "100007" });
    expect(byNumber.rows.map((r) => r.memberNumber)).toEqual(["100007"]);
  });

  it("takes % and _ in a query literally", async () => {
    const bureau = await signInAs(demo.bureau);
    expect((await listMembers(bureau!, { q: "%" })).total.count).toBe(0);
    expect((await listMembers(bureau!, { q: "_" })).total.count).toBe(0);
  });
});

describe("listMembers: scope", () => {
  it("shows officer.fes only the members of Fès-Meknès", async () => {
    const officer = await signInAs(demo.officerFes);
    const fes = await regionNamed("Fès-Meknès");
    const all = await everyPage(officer!, {});
    expect(all.total).toBe(await membersIn({ regionId: fes.id }));
    expect(all.rows).toHaveLength(all.total);
    for (const row of all.rows) expect(row.regionId).toBe(fes.id);
  });

  it("shows officer.sefrou only the members of Sefrou, even when asking for another province", async () => {
    const officer = await signInAs(demo.officerSefrou);
    const sefrou = await provinceNamed("Sefrou");
    const { rows, total: { count: total } } = await listMembers(officer!, {});
    expect(total).toBe(await membersIn({ provinceId: sefrou.id }));
    for (const row of rows) expect(row.provinceId).toBe(sefrou.id);
    const fesProvince = await provinceNamed("Fès");
    expect((await listMembers(officer!, { provinceId: fesProvince.id })).total.count).toBe(0);
  });

  it("limits the filter lists to the viewer's scope", async () => {
    const fes = await regionNamed("Fès-Meknès");
    const officerFes = await signInAs(demo.officerFes);
    const fesChoices = await territoryChoices(officerFes!, "ar");
    expect(fesChoices.map((r) => r.id)).toEqual([fes.id]);
    expect(fesChoices[0].provinces).toHaveLength(9);
    const officerSefrou = await signInAs(demo.officerSefrou);
    const sefrouChoices = await territoryChoices(officerSefrou!, "ar");
    expect(sefrouChoices.flatMap((r) => r.provinces.map((p) => p.name))).toEqual(["صفرو"]);
    const bureau = await signInAs(demo.bureau);
    expect(await territoryChoices(bureau!, "fr")).toHaveLength(12);
  });

  it("offers officer.sefrou only the branches of Sefrou in the form", async () => {
    const sefrou = await provinceNamed("Sefrou");
    const officer = await signInAs(demo.officerSefrou);
    const choices = await branchChoices(officer!, "ar");
    expect(choices.map((p) => p.id)).toEqual([sefrou.id]);
    expect(choices[0].branches.length).toBeGreaterThan(0);
  });

  it("refuses the member role (403)", async () => {
    const member = await signInAs(demo.member);
    await expect(listMembers(member!, {})).rejects.toThrow(/403/);
    await expect(territoryChoices(member!, "ar")).rejects.toThrow(/403/);
    await expect(branchChoices(member!, "ar")).rejects.toThrow(/403/);
  });
});

describe("listMembers: pages and filters", () => {
  it("pages by 25 in Arabic-name order after and before a cursor, with the total", async () => {
    const bureau = await signInAs(demo.bureau);
    const [{ n }] = await db.select({ n: count() }).from(members);
    const first = await listMembers(bureau!, {});
    expect(first.total).toEqual({ count: n, atLeast: false });
    expect(first.rows).toHaveLength(25);
    expect(first.hasPrevious).toBe(false);
    expect(first.hasNext).toBe(true);
    const second = await listMembers(bureau!, { cursor: { after: keyOf(first.rows[24]) } });
    expect(second.rows).toHaveLength(25);
    expect(second.hasPrevious).toBe(true);
    const byName = await db.select({ id: members.id }).from(members).orderBy(members.fullNameAr, members.id).limit(50);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(byName.map((r) => r.id));

    // back from the second page: the first again, which has nothing before it
    const back = await listMembers(bureau!, { cursor: { before: keyOf(second.rows[0]) } });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.hasPrevious).toBe(false);
    expect(back.hasNext).toBe(true);

    // the whole directory, page after page, is every member once, in order
    const all = await everyPage(bureau!, {});
    expect(all.rows.map((r) => r.id)).toEqual((await db.select({ id: members.id }).from(members).orderBy(members.fullNameAr, members.id)).map((r) => r.id));
    const last = await listMembers(bureau!, { cursor: { after: keyOf(all.rows[all.rows.length - 1]) } });
    expect(last.rows).toEqual([]);
    expect(last.hasNext).toBe(false);
    expect(last.hasPrevious).toBe(true);
  });

  it("counts a searched list up to 1,000 and then says more", async () => {
    const bureau = await signInAs(demo.bureau);
    const branch = await firstBranchOf("Tiznit");
    await db.insert(members).values(
      Array.from({ length: 1005 }, (_, i) => ({ fullNameAr: `عضو مكرر ${i}`, memberNumber: `T-MANY-${i}`, branchId: branch.id })),
    );
    expect((await listMembers(bureau!, { q: "عضو مكرر" })).total).toEqual({ count: 1000, atLeast: true });
    expect((await listMembers(bureau!, { q: "عضو مكرر 100" })).total).toEqual({ count: 6, atLeast: false });
    // without a text filter the kept counts answer exactly
    const [{ n }] = await db.select({ n: count() }).from(members);
    expect((await listMembers(bureau!, {})).total).toEqual({ count: n, atLeast: false });
    const [{ active }] = await db.select({ active: count() }).from(members).where(eq(members.status, "active"));
    expect((await listMembers(bureau!, { status: "active" })).total).toEqual({ count: active, atLeast: false });
  });

  it("filters by status, region, province and organ", async () => {
    const bureau = await signInAs(demo.bureau);
    const suspended = await listMembers(bureau!, { status: "suspended" });
    expect(suspended.total.count).toBeGreaterThan(0);
    for (const row of suspended.rows) expect(row.status).toBe("suspended");

    const souss = await regionNamed("Souss-Massa");
    const inSouss = await listMembers(bureau!, { regionId: souss.id });
    expect(inSouss.total.count).toBe(await membersIn({ regionId: souss.id }));
    for (const row of inSouss.rows) expect(row.regionId).toBe(souss.id);

    const sefrou = await provinceNamed("Sefrou");
    const inSefrou = await listMembers(bureau!, { provinceId: sefrou.id });
    expect(inSefrou.total.count).toBe(await membersIn({ provinceId: sefrou.id }));

    const [{ n: bureauMembers }] = await db
      .select({ n: count() })
      .from(organMemberships)
      .innerJoin(organs, eq(organs.id, organMemberships.organId))
      .where(and(eq(organs.code, "political_bureau"), isNull(organMemberships.toDate)));
    const pb = await listMembers(bureau!, { organ: "political_bureau" });
    expect(pb.total.count).toBe(bureauMembers);
    for (const row of pb.rows) expect(row.organs.map((o) => o.code)).toContain("political_bureau");
    const cc = await listMembers(bureau!, { organ: "central_committee" });
    expect(cc.total.count).toBeGreaterThan(pb.total.count);
  });

  it("reads the filters from the query string and drops what it does not know", () => {
    expect(memberListFiltersFrom({ q: "  أحمد ", region: "3", province: "x", status: "gone", organ: "political_bureau", after: "%%" })).toEqual({
      q: "أحمد",
      regionId: 3,
      provinceId: null,
      status: null,
      organ: "political_bureau",
      cursor: null,
    });
    const cursor = memberCursor({ fullNameAr: "أحمد العلوي", id: 12 });
    expect(memberListFiltersFrom({ after: cursor }).cursor).toEqual({ after: { name: "أحمد العلوي", id: 12 } });
    expect(memberListFiltersFrom({ before: cursor }).cursor).toEqual({ before: { name: "أحمد العلوي", id: 12 } });
    // a cursor that does not decode to a name and an id is no cursor: the first page
    for (const bad of [encodeCursor(["x"]), encodeCursor([1, 2]), encodeCursor(["x", 0]), encodeCursor(["x", 2147483648]), "eyJ", "a".repeat(700)]) {
      expect(memberListFiltersFrom({ after: bad }).cursor).toBeNull();
    }
  });
});

describe("getMember", () => {
  it("gives the card with territory and organ memberships", async () => {
    const bureau = await signInAs(demo.bureau);
    const [membership] = await db
      .select({ memberId: organMemberships.memberId })
      .from(organMemberships)
      .innerJoin(organs, eq(organs.id, organMemberships.organId))
      .where(eq(organs.code, "political_bureau"))
      .limit(1);
    const card = await getMember(bureau!, membership.memberId);
    expect(card.id).toBe(membership.memberId);
    expect(card.regionNameAr).toBeTruthy();
    expect(card.memberships.some((m) => m.nameAr === "المكتب السياسي")).toBe(true);
  });

  it("is forbidden outside the viewer's scope and missing for an unknown id", async () => {
    const branch = await firstBranchOf("Fès");
    const [target] = await db.insert(members).values({ fullNameAr: "عضو من فاس", memberNumber: "T-FES-CARD", branchId: branch.id }).returning();
    const officerFes = await signInAs(demo.officerFes);
    expect((await getMember(officerFes!, target.id)).id).toBe(target.id);
    const officerSouss = await signInAs(demo.officerSouss);
    await expect(getMember(officerSouss!, target.id)).rejects.toThrow(/403/);
    const officerSefrou = await signInAs(demo.officerSefrou);
    await expect(getMember(officerSefrou!, target.id)).rejects.toThrow(/403/);
    await expect(getMember(officerFes!, 999_999)).rejects.toThrow(/404/);
    const member = await signInAs(demo.member);
    await expect(getMember(member!, target.id)).rejects.toThrow(/403/);
  });
});
