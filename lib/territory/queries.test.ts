import { and, count, eq } from "drizzle-orm";
import { encodeCursor } from "@/lib/pagination/cursor";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, cells, members, provinces, regions } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { demo, signInAs } from "@/tests/helpers";
import { BRANCHES_PAGE_SIZE, getBranch, getCell, getProvince, getRegion, listRegions, manageableProvinces } from "./queries";

async function actor(email: string) {
  await signInAs(email);
  const user = await getCurrentUser();
  if (!user) throw new Error("not signed in");
  return user;
}

async function provinceByFr(nameFr: string) {
  const [row] = await db.select().from(provinces).where(eq(provinces.nameFr, nameFr));
  return row;
}

async function regionByFr(nameFr: string) {
  const [row] = await db.select().from(regions).where(eq(regions.nameFr, nameFr));
  return row;
}

describe("listRegions", () => {
  it("gives the twelve regions with counts equal to direct counts, to every role", async () => {
    const rows = await listRegions(await actor(demo.member));
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.code)).toEqual([...rows.map((r) => r.code)].sort());
    const fes = rows.find((r) => r.nameFr === "Fès-Meknès")!;
    const [{ n: provinceCount }] = await db.select({ n: count() }).from(provinces).where(eq(provinces.regionId, fes.id));
    const [{ n: branchCount }] = await db
      .select({ n: count() })
      .from(branches)
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .where(eq(provinces.regionId, fes.id));
    const [{ n: cellCount }] = await db
      .select({ n: count() })
      .from(cells)
      .innerJoin(branches, eq(branches.id, cells.branchId))
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .where(eq(provinces.regionId, fes.id));
    const [{ n: memberCount }] = await db
      .select({ n: count() })
      .from(members)
      .innerJoin(branches, eq(branches.id, members.branchId))
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .where(and(eq(provinces.regionId, fes.id), eq(members.status, "active")));
    expect(fes).toMatchObject({ provinces: provinceCount, branches: branchCount, cells: cellCount, activeMembers: memberCount });
    expect(provinceCount).toBe(9);

    const totals = rows.reduce((s, r) => ({ provinces: s.provinces + r.provinces, branches: s.branches + r.branches }), { provinces: 0, branches: 0 });
    const [{ n: allBranches }] = await db.select({ n: count() }).from(branches);
    expect(totals).toEqual({ provinces: 75, branches: allBranches });
    const [{ n: allActive }] = await db.select({ n: count() }).from(members).where(eq(members.status, "active"));
    expect(rows.reduce((s, r) => s + r.activeMembers, 0)).toBe(allActive);
  });
});

describe("getRegion", () => {
  it("lists the region's provinces with their counts", async () => {
    const souss = await regionByFr("Souss-Massa");
    const result = await getRegion(await actor(demo.officerFes), souss.id);
    expect(result?.region.nameFr).toBe("Souss-Massa");
    expect(result?.provinces).toHaveLength(6);
    const agadir = result!.provinces[0];
    const [{ n }] = await db.select({ n: count() }).from(branches).where(eq(branches.provinceId, agadir.id));
    const [{ n: active }] = await db
      .select({ n: count() })
      .from(members)
      .innerJoin(branches, eq(branches.id, members.branchId))
      .where(and(eq(branches.provinceId, agadir.id), eq(members.status, "active")));
    expect(agadir.branches).toBe(n);
    expect(agadir.activeMembers).toBe(active);
  });

  it("answers null for a missing region", async () => {
    expect(await getRegion(await actor(demo.bureau), 999_999)).toBeNull();
  });
});

describe("getProvince", () => {
  it("lists its branches with counts and says who may manage it", async () => {
    const sefrou = await provinceByFr("Sefrou");
    const asSefrou = await getProvince(await actor(demo.officerSefrou), sefrou.id);
    const [{ n }] = await db.select({ n: count() }).from(branches).where(eq(branches.provinceId, sefrou.id));
    expect(asSefrou?.total).toBe(n);
    expect(asSefrou?.branches).toHaveLength(n);
    expect(asSefrou?.province.manageable).toBe(true);
    for (const b of asSefrou!.branches) {
      const [{ n: c }] = await db.select({ n: count() }).from(cells).where(eq(cells.branchId, b.id));
      const [{ n: m }] = await db.select({ n: count() }).from(members).where(and(eq(members.branchId, b.id), eq(members.status, "active")));
      expect(b).toMatchObject({ cells: c, activeMembers: m });
    }
    const fes = await provinceByFr("Fès");
    expect((await getProvince(await actor(demo.officerSefrou), fes.id))?.province.manageable).toBe(false);
    expect((await getProvince(await actor(demo.officerFes), fes.id))?.province.manageable).toBe(true);
    expect((await getProvince(await actor(demo.member), fes.id))?.province.manageable).toBe(false);
  });

  it("pages a large province in SQL, 25 at a time", async () => {
    const province = await provinceByFr("Ifrane");
    const [{ n: before }] = await db.select({ n: count() }).from(branches).where(eq(branches.provinceId, province.id));
    await db.insert(branches).values(Array.from({ length: 30 }, (_, i) => ({ provinceId: province.id, nameAr: `فرع تجريبي ${i}`, town: "إفران" })));
    const bureau = await actor(demo.bureau);
    const first = await getProvince(bureau, province.id);
    const second = await getProvince(bureau, province.id, { after: first!.nextCursor! });
    expect(first?.total).toBe(before + 30);
    expect([first?.hasPrevious, first?.hasNext, second?.hasPrevious, second?.hasNext]).toEqual([false, true, true, false]);
    expect(first?.branches).toHaveLength(BRANCHES_PAGE_SIZE);
    expect(second?.branches).toHaveLength(before + 30 - BRANCHES_PAGE_SIZE);
    const ids = new Set([...first!.branches, ...second!.branches].map((b) => b.id));
    expect(ids.size).toBe(before + 30);
    const back = await getProvince(bureau, province.id, { before: second!.previousCursor! });
    expect(back?.branches.map((b) => b.id)).toEqual(first?.branches.map((b) => b.id));
    // a cursor that does not decode, or has the wrong shape, is the first page
    for (const bad of ["x", encodeCursor([3, "فرع"]), encodeCursor(["فرع"])]) {
      expect((await getProvince(bureau, province.id, { after: bad }))?.branches.map((b) => b.id)).toEqual(first?.branches.map((b) => b.id));
    }
  });

  it("answers null for a missing province", async () => {
    expect(await getProvince(await actor(demo.bureau), 999_999)).toBeNull();
  });
});

describe("getBranch and getCell", () => {
  it("gives the branch with its place, cells and member counts", async () => {
    const [withCells] = await db.select({ branchId: cells.branchId }).from(cells).limit(1);
    const result = await getBranch(await actor(demo.member), withCells.branchId);
    const [place] = await db
      .select({ province: provinces.nameAr, regionId: provinces.regionId })
      .from(branches)
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .where(eq(branches.id, withCells.branchId));
    expect(result?.branch.provinceNameAr).toBe(place.province);
    expect(result?.branch.regionId).toBe(place.regionId);
    const [{ n }] = await db.select({ n: count() }).from(cells).where(eq(cells.branchId, withCells.branchId));
    expect(result?.cells).toHaveLength(n);
    const [{ all }] = await db.select({ all: count() }).from(members).where(eq(members.branchId, withCells.branchId));
    expect(result?.allMembers).toBe(all);
    expect(result?.branch.manageable).toBe(false);

    const cell = await getCell(await actor(demo.admin), result!.cells[0].id);
    expect(cell?.branch.id).toBe(withCells.branchId);
    expect(cell?.manageable).toBe(true);
  });

  it("answers null for a missing branch or cell", async () => {
    const bureau = await actor(demo.bureau);
    expect(await getBranch(bureau, 999_999)).toBeNull();
    expect(await getCell(bureau, 999_999)).toBeNull();
  });
});

describe("manageableProvinces", () => {
  it("offers each role only the provinces it may manage", async () => {
    expect(await manageableProvinces(await actor(demo.admin))).toHaveLength(75);
    const fes = await manageableProvinces(await actor(demo.officerFes));
    expect(fes).toHaveLength(9);
    expect(new Set(fes.map((p) => p.regionNameFr))).toEqual(new Set(["Fès-Meknès"]));
    expect((await manageableProvinces(await actor(demo.officerSefrou))).map((p) => p.nameFr)).toEqual(["Sefrou"]);
    expect(await manageableProvinces(await actor(demo.member))).toEqual([]);
  });
});
