import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, members, provinces, regions } from "@/db/schema";
import { demo, signInAs } from "@/tests/helpers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { figuresByRegion, memberOverview, nationalOrganFigures, territoryFigures, userFigures } from "./queries";

async function actor(email: string) {
  await signInAs(email);
  const user = await getCurrentUser();
  if (!user) throw new Error("not signed in");
  return user;
}

async function activeMembersIn(regionNameFr?: string) {
  const [row] = await db
    .select({ n: count() })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .innerJoin(regions, eq(regions.id, provinces.regionId))
    .where(and(eq(members.status, "active"), regionNameFr ? eq(regions.nameFr, regionNameFr) : undefined));
  return row.n;
}

describe("dashboard figures", () => {
  it("counts the whole country for the bureau", async () => {
    const figures = await territoryFigures(await actor(demo.bureau));
    expect(figures.provinces).toBe(75);
    const [{ n }] = await db.select({ n: count() }).from(branches);
    expect(figures.branches).toBe(n);
    expect(figures.activeMembers).toBe(await activeMembersIn());
  });

  it("counts only the officer's region, and the province officer's province", async () => {
    const fes = await territoryFigures(await actor(demo.officerFes));
    const [{ n: fesProvinces }] = await db
      .select({ n: count() })
      .from(provinces)
      .innerJoin(regions, eq(regions.id, provinces.regionId))
      .where(eq(regions.nameFr, "Fès-Meknès"));
    expect(fes.provinces).toBe(fesProvinces);
    expect(fes.activeMembers).toBe(await activeMembersIn("Fès-Meknès"));

    const sefrou = await territoryFigures(await actor(demo.officerSefrou));
    expect(sefrou.provinces).toBe(1);
    const [{ n: sefrouBranches }] = await db
      .select({ n: count() })
      .from(branches)
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .where(eq(provinces.nameFr, "Sefrou"));
    expect(sefrou.branches).toBe(sefrouBranches);
  });

  it("gives a member no territorial figures", async () => {
    const figures = await territoryFigures(await actor(demo.member));
    expect(figures).toEqual({ provinces: 0, branches: 0, cells: 0, activeMembers: 0 });
  });

  it("sums members by region to the national total, and shows an officer only his region", async () => {
    const rows = await figuresByRegion(await actor(demo.bureau));
    expect(rows).toHaveLength(12);
    expect(rows.reduce((s, r) => s + r.activeMembers, 0)).toBe(await activeMembersIn());
    const fes = await figuresByRegion(await actor(demo.officerFes));
    expect(fes.map((r) => r.nameFr)).toEqual(["Fès-Meknès"]);
  });

  it("counts the national organs' members and the users", async () => {
    const organs = await nationalOrganFigures();
    const cc = organs.find((o) => o.code === "central_committee");
    const pb = organs.find((o) => o.code === "political_bureau");
    expect(cc!.members).toBeGreaterThan(pb!.members);
    expect(pb!.members).toBeGreaterThan(0);
    const users = await userFigures();
    expect(users.byRole).toMatchObject({ admin: 1, bureau: 1, officer: 3, member: 1 });
  });

  it("gives the member his branch and organs", async () => {
    const user = await actor(demo.member);
    const overview = await memberOverview(user.memberId!);
    expect(overview?.organs.map((o) => o.nameAr)).toContain("اللجنة المركزية");
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(members).where(eq(members.id, user.memberId!));
    expect(n).toBe(1);
  });
});
