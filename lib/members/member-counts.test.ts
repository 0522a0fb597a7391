import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, members, provinces } from "@/db/schema";
import { figuresByRegion, territoryFigures } from "@/lib/dashboard/queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listRegions } from "@/lib/territory/queries";
import { demo, signInAs } from "@/tests/helpers";
import { createMember, updateMember } from "./actions";

/*
 * branch_member_counts is kept by a trigger on members (migration 0008): whatever writes a member,
 * the kept counts must stay what a count of the members says.
 */

type Counts = Record<number, { active: number; total: number }>;

async function keptCounts(): Promise<Counts> {
  const rows = await db.execute<{ branch_id: number; active: number; total: number }>(
    sql`select branch_id, active, total from branch_member_counts where active <> 0 or total <> 0 order by branch_id`,
  );
  return Object.fromEntries(rows.rows.map((r) => [Number(r.branch_id), { active: Number(r.active), total: Number(r.total) }]));
}

async function countedCounts(): Promise<Counts> {
  const rows = await db.execute<{ branch_id: number; active: number; total: number }>(
    sql`select branch_id, count(*) filter (where status = 'active') as active, count(*) as total from members group by branch_id order by branch_id`,
  );
  return Object.fromEntries(rows.rows.map((r) => [Number(r.branch_id), { active: Number(r.active), total: Number(r.total) }]));
}

async function expectCountsInStep() {
  const counted = await countedCounts();
  expect(Object.keys(counted).length).toBeGreaterThan(0);
  expect(await keptCounts()).toEqual(counted);
}

async function branchOf(provinceNameFr: string, nth = 0) {
  const [province] = await db.select().from(provinces).where(eq(provinces.nameFr, provinceNameFr));
  const rows = await db.select().from(branches).where(eq(branches.provinceId, province.id)).orderBy(branches.id);
  return rows[nth];
}

const memberByNumber = async (memberNumber: string) => (await db.select().from(members).where(eq(members.memberNumber, memberNumber)))[0];

const form = (branchId: number, memberNumber: string, overrides: Record<string, unknown> = {}) => ({
  fullNameAr: "سعاد العلوي",
  fullNameLatin: "Souad Alaoui",
  memberNumber,
  phone: "",
  email: "",
  gender: "f",
  branchId: String(branchId),
  status: "active",
  joinedOn: "2017-02-04",
  ...overrides,
});

async function activeIn(branchId: number) {
  return (await keptCounts())[branchId]?.active ?? 0;
}

describe("branch_member_counts", () => {
  it("starts equal to a count of the seeded members", async () => {
    await expectCountsInStep();
  });

  it("follows a member created, moved, deactivated, renamed and deleted through the actions", async () => {
    const fes = await branchOf("Fès");
    const meknes = await branchOf("Meknès");
    const fesBefore = await activeIn(fes.id);
    const meknesBefore = await activeIn(meknes.id);

    await signInAs(demo.officerFes);
    await expect(createMember(null, form(fes.id, "T-COUNT-1"))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await activeIn(fes.id)).toBe(fesBefore + 1);
    await expectCountsInStep();

    let member = await memberByNumber("T-COUNT-1");
    await expect(updateMember(null, { ...form(meknes.id, "T-COUNT-1"), id: String(member.id), version: String(member.version) })).rejects.toThrow(
      /NEXT_REDIRECT/,
    );
    expect(await activeIn(fes.id)).toBe(fesBefore);
    expect(await activeIn(meknes.id)).toBe(meknesBefore + 1);
    await expectCountsInStep();

    member = await memberByNumber("T-COUNT-1");
    await expect(
      updateMember(null, { ...form(meknes.id, "T-COUNT-1", { status: "suspended" }), id: String(member.id), version: String(member.version) }),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await activeIn(meknes.id)).toBe(meknesBefore);
    await expectCountsInStep();

    member = await memberByNumber("T-COUNT-1");
    await expect(
      updateMember(null, {
        ...form(meknes.id, "T-COUNT-1", { status: "suspended", fullNameAr: "سعاد الإدريسي" }),
        id: String(member.id),
        version: String(member.version),
      }),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    await expectCountsInStep();

    // no action deletes a member; the trigger keeps the counts whatever path deletes one
    await db.delete(members).where(eq(members.memberNumber, "T-COUNT-1"));
    expect(await activeIn(meknes.id)).toBe(meknesBefore);
    await expectCountsInStep();
  });

  it("is not moved by a refused action: bad input or a branch outside the officer's scope", async () => {
    const fes = await branchOf("Fès");
    const tiznit = await branchOf("Tiznit");
    const before = await keptCounts();
    await signInAs(demo.officerFes);
    const outside = await createMember(null, form(tiznit.id, "T-COUNT-2"));
    expect(outside.ok).toBe(false);
    const bad = await createMember(null, form(fes.id, "T-COUNT-3", { fullNameAr: "   " }));
    expect(bad.ok).toBe(false);
    expect(await keptCounts()).toEqual(before);
    await expectCountsInStep();
  });

  it("follows one statement that writes many members at once", async () => {
    const [a, b] = [await branchOf("Tiznit"), await branchOf("Tiznit", 1)];
    await db.insert(members).values([
      { fullNameAr: "عضو أول", memberNumber: "T-BULK-1", branchId: a.id },
      { fullNameAr: "عضو ثان", memberNumber: "T-BULK-2", branchId: a.id, status: "resigned" },
      { fullNameAr: "عضو ثالث", memberNumber: "T-BULK-3", branchId: b.id },
    ]);
    await expectCountsInStep();
    await db.update(members).set({ branchId: b.id, status: "active" }).where(sql`${members.memberNumber} like 'T-BULK-%'`);
    await expectCountsInStep();
    await db.delete(members).where(sql`${members.memberNumber} like 'T-BULK-%'`);
    await expectCountsInStep();
  });

  it("gives the dashboard and the territory tree the same totals as a count of the members", async () => {
    const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from members where status = 'active'`)).rows;
    await signInAs(demo.bureau);
    const bureau = (await getCurrentUser())!;
    expect((await territoryFigures(bureau)).activeMembers).toBe(Number(n));
    expect((await figuresByRegion(bureau)).reduce((s, r) => s + r.activeMembers, 0)).toBe(Number(n));
    expect((await listRegions(bureau)).reduce((s, r) => s + r.activeMembers, 0)).toBe(Number(n));

    const [{ fes }] = (
      await db.execute<{ fes: number }>(sql`
        select count(*)::int as fes from members m join branches b on b.id = m.branch_id join provinces p on p.id = b.province_id
        join regions r on r.id = p.region_id where m.status = 'active' and r.name_fr = 'Fès-Meknès'`)
    ).rows;
    await signInAs(demo.officerFes);
    const officer = (await getCurrentUser())!;
    expect((await territoryFigures(officer)).activeMembers).toBe(Number(fes));
  });
});
