import { and, eq, inArray, ne, notExists, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as memberSearch } from "@/app/(app)/members/search/route";
import { db } from "@/db";
import { branches, members, organMemberships, organs, provinces, regions } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { foldForSearch } from "@/lib/text/fold";
import { demo, signInAs } from "@/tests/helpers";
import { searchMembers, type SearchPurpose } from "./search-queries";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

/** Where each of these members lives, and whether they sit on the Political Bureau. */
async function placesOf(ids: number[]) {
  const rows = await db
    .select({ id: members.id, regionFr: regions.nameFr, provinceFr: provinces.nameFr })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(inArray(members.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** An active member of this region who sits on no organ, the first by id. */
async function plainMemberOf(regionFr: string) {
  const [row] = await db
    .select({ id: members.id, fullNameAr: members.fullNameAr })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(
      and(
        eq(regions.nameFr, regionFr),
        eq(members.status, "active"),
        notExists(db.select({ one: sql`1` }).from(organMemberships).where(eq(organMemberships.memberId, members.id))),
      ),
    )
    .orderBy(members.id)
    .limit(1);
  return row;
}

const search = (q: string, purpose = "session") => memberSearch(new NextRequest(`http://localhost/members/search?for=${purpose}&q=${encodeURIComponent(q)}`));

describe("searchMembers: scope", () => {
  it("gives an officer only the members of their region, and the Political Bureau, for a training", async () => {
    const officer = await viewer(demo.officerFes);
    const found = await searchMembers(officer, "ال", { purpose: "training" });
    expect(found.length).toBeGreaterThan(0);
    const places = await placesOf(found.map((m) => m.id));
    for (const member of found) expect(places.get(member.id)!.regionFr === "Fès-Meknès" || member.tag === "bureau").toBe(true);
    // a member of Souss-Massa is not found by name, whatever is typed
    const outsider = await plainMemberOf("Souss-Massa");
    expect((await searchMembers(officer, outsider.fullNameAr, { purpose: "training" })).map((m) => m.id)).not.toContain(outsider.id);
    const bureau = await viewer(demo.bureau);
    expect((await searchMembers(bureau, outsider.fullNameAr, { purpose: "training" })).map((m) => m.id)).toContain(outsider.id);
  });

  it("keeps a province officer inside their province", async () => {
    const officer = await viewer(demo.officerSefrou);
    const found = await searchMembers(officer, "ال", { purpose: "training" });
    const places = await placesOf(found.map((m) => m.id));
    for (const member of found) expect(places.get(member.id)!.provinceFr === "Sefrou" || member.tag === "bureau").toBe(true);
    const neighbour = await plainMemberOf("Souss-Massa");
    expect(await searchMembers(officer, neighbour.fullNameAr, { purpose: "training" })).toEqual([]);
  });

  it("refuses whoever may not choose members for the purpose", async () => {
    const cases: [string, SearchPurpose][] = [
      [demo.officerFes, "session"],
      [demo.officerFes, "paper"],
      [demo.officerFes, "owner"],
      [demo.member, "training"],
      [demo.member, "session"],
    ];
    for (const [email, purpose] of cases) {
      await expect(searchMembers(await viewer(email), "احمد", { purpose })).rejects.toThrow(/403/);
    }
  });

  it("finds only active members, the Central Committee first for a session", async () => {
    const bureau = await viewer(demo.bureau);
    const found = await searchMembers(bureau, "ال", { purpose: "session" });
    expect(found).toHaveLength(20);
    const statuses = await db.select({ status: members.status }).from(members).where(inArray(members.id, found.map((m) => m.id)));
    expect(statuses.every((m) => m.status === "active")).toBe(true);
    const firstOutsider = found.findIndex((m) => m.tag !== "committee");
    expect(firstOutsider).not.toBe(0);
    if (firstOutsider > 0) expect(found.slice(firstOutsider).every((m) => m.tag === null)).toBe(true);
    // an inactive member is never offered
    const [inactive] = await db.select().from(members).where(ne(members.status, "active")).limit(1);
    if (inactive) expect((await searchMembers(bureau, inactive.memberNumber, { purpose: "owner" })).map((m) => m.id)).not.toContain(inactive.id);
  });

  it("marks the Political Bureau for a training and nothing for an owner", async () => {
    const bureau = await viewer(demo.bureau);
    const [pb] = await db
      .select({ id: members.id, name: members.fullNameAr })
      .from(organMemberships)
      .innerJoin(organs, eq(organs.id, organMemberships.organId))
      .innerJoin(members, eq(members.id, organMemberships.memberId))
      .where(and(eq(organs.code, "political_bureau"), eq(members.status, "active")))
      .limit(1);
    expect((await searchMembers(bureau, pb.name, { purpose: "training" })).find((m) => m.id === pb.id)?.tag).toBe("bureau");
    expect((await searchMembers(bureau, pb.name, { purpose: "owner" })).find((m) => m.id === pb.id)?.tag).toBeNull();
  });
});

describe("searchMembers: the typed text", () => {
  it("folds Arabic: احمد finds أحمد, with or without diacritics", async () => {
    const bureau = await viewer(demo.bureau);
    const found = await searchMembers(bureau, "احمد", { purpose: "owner" });
    expect(found.some((m) => m.fullNameAr.includes("أحمد"))).toBe(true);
    for (const m of found) expect(`${foldForSearch(m.fullNameAr)} ${foldForSearch(m.fullNameLatin ?? "")} ${m.memberNumber}`).toContain("احمد");
    expect((await searchMembers(bureau, "أَحْمَد", { purpose: "owner" })).map((m) => m.id)).toEqual(found.map((m) => m.id));
  });

  it("answers at most 20, or fewer when asked", async () => {
    const bureau = await viewer(demo.bureau);
    expect(await searchMembers(bureau, "ال", { purpose: "paper" })).toHaveLength(20);
    expect(await searchMembers(bureau, "ال", { purpose: "paper", limit: 500 })).toHaveLength(20);
    expect(await searchMembers(bureau, "ال", { purpose: "paper", limit: 5 })).toHaveLength(5);
  });

  it("finds nobody for a single letter, control characters, wildcards, a 1000-character text or no text", async () => {
    const bureau = await viewer(demo.bureau);
    for (const q of ["ا", " ا ", "\u0000\u0001\u0007", "%%", "__", "x".repeat(1000), "ال".repeat(500), "", null, 42, ["ا"]]) {
      const found = await searchMembers(bureau, q, { purpose: "session" });
      if (typeof q === "string" && q.startsWith("ال")) continue;
      expect(found, JSON.stringify(q)).toEqual([]);
    }
    // a control character inside a name is dropped, not matched
    const [someone] = await db.select().from(members).where(eq(members.status, "active")).orderBy(members.id).limit(1);
    const spliced = `${someone.fullNameAr.slice(0, 3)}\u0000${someone.fullNameAr.slice(3)}`;
    expect((await searchMembers(bureau, spliced, { purpose: "session" })).map((m) => m.id)).toContain(someone.id);
  });
});

describe("GET /members/search", () => {
  it("answers the bureau in JSON, never cached", async () => {
    await signInAs(demo.bureau);
    const response = await search("احمد");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const body = (await response.json()) as { members: { fullNameAr: string }[] };
    expect(body.members.length).toBeGreaterThan(0);
    expect(body.members.length).toBeLessThanOrEqual(20);
  });

  it("answers 403 to whoever may not choose for the purpose, 401 when signed out", async () => {
    await signInAs(demo.member);
    for (const purpose of ["session", "paper", "training", "owner"]) expect((await search("احمد", purpose)).status).toBe(403);
    await signInAs(demo.officerFes);
    expect((await search("احمد", "owner")).status).toBe(403);
    expect((await search("احمد", "training")).status).toBe(200);
    await signInAs(null);
    expect((await search("احمد")).status).toBe(401);
  });

  it("answers 400 to an unknown purpose, and nobody to a malformed text", async () => {
    await signInAs(demo.bureau);
    for (const purpose of ["", "everyone", "session%00", "SESSION"]) expect((await search("احمد", purpose)).status).toBe(400);
    expect((await memberSearch(new NextRequest("http://localhost/members/search?q=احمد"))).status).toBe(400);
    for (const q of ["%00%01", "x".repeat(1000), "ا"]) {
      const response = await memberSearch(new NextRequest(`http://localhost/members/search?for=session&q=${q}`));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ members: [] });
    }
    const repeated = await memberSearch(new NextRequest("http://localhost/members/search?for=session&q=%D8%A7%D8%AD%D9%85%D8%AF&q=x"));
    expect(((await repeated.json()) as { members: unknown[] }).members.length).toBeGreaterThan(0);
  });
});
