import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, cells, provinces, rootingActivities } from "@/db/schema";
import { demo, getCurrentUser, signInAs } from "@/tests/helpers";
import { branchRooting } from "./branch-queries";
import { ACTIVITY_WINDOW_DAYS, activityWindowStart, criteriaMet, daysBefore, rootingChecklist, type BranchRootingFacts } from "./checklist";
import { branchCoverage } from "./coverage-queries";

const today = "2026-11-23";
const none: BranchRootingFacts = { restructuredOn: null, bureauRenewedOn: null, cells: 0, lastActivityOn: null };

describe("rootingChecklist", () => {
  it("is all off for a branch with nothing recorded", () => {
    expect(rootingChecklist(none, today)).toEqual({ restructured: false, bureauRenewed: false, hasCell: false, recentActivity: false });
    expect(criteriaMet(rootingChecklist(none, today))).toBe(0);
  });

  it("turns each criterion on from its own fact only", () => {
    expect(rootingChecklist({ ...none, restructuredOn: "2017-09-01" }, today)).toMatchObject({ restructured: true, bureauRenewed: false });
    expect(rootingChecklist({ ...none, bureauRenewedOn: "2017-09-01" }, today)).toMatchObject({ restructured: false, bureauRenewed: true });
    expect(rootingChecklist({ ...none, cells: 1 }, today)).toMatchObject({ hasCell: true, recentActivity: false });
    expect(rootingChecklist({ ...none, lastActivityOn: "2026-11-01" }, today)).toMatchObject({ hasCell: false, recentActivity: true });
    const all = rootingChecklist({ restructuredOn: "2017-09-01", bureauRenewedOn: "2017-09-01", cells: 3, lastActivityOn: today }, today);
    expect(criteriaMet(all)).toBe(4);
  });

  it("counts an activity exactly 90 days old, not one 91 days old", () => {
    expect(ACTIVITY_WINDOW_DAYS).toBe(90);
    expect(activityWindowStart(today)).toBe("2026-08-25");
    expect(rootingChecklist({ ...none, lastActivityOn: daysBefore(today, 90) }, today).recentActivity).toBe(true);
    expect(rootingChecklist({ ...none, lastActivityOn: daysBefore(today, 91) }, today).recentActivity).toBe(false);
    expect(rootingChecklist({ ...none, lastActivityOn: today }, today).recentActivity).toBe(true);
  });

  it("ignores dates after today (never recorded by the forms, but the rows may say so)", () => {
    const future = "2026-12-01";
    expect(rootingChecklist({ ...none, restructuredOn: future, bureauRenewedOn: future, lastActivityOn: future }, today)).toMatchObject({
      restructured: false,
      bureauRenewed: false,
      recentActivity: false,
    });
  });

  it("crosses months, leap days and years", () => {
    expect(daysBefore("2024-03-01", 1)).toBe("2024-02-29");
    expect(daysBefore("2027-01-15", 90)).toBe("2026-10-17");
  });
});

describe("the checklist read from the rows", () => {
  async function newBranch() {
    const [p] = await db.select().from(provinces).where(eq(provinces.nameFr, "Taza"));
    const [row] = await db.insert(branches).values({ provinceId: p.id, nameAr: "فرع الاختبار", town: "تازة" }).returning();
    return row;
  }

  it("follows the branch's dates, cells and activities, on the branch page and in the province list", async () => {
    const branch = await newBranch();
    await signInAs(demo.officerFes);
    const viewer = (await getCurrentUser())!;
    const read = async () => {
      const data = await branchRooting(viewer, branch.id, {}, today);
      const list = await branchCoverage(viewer, branch.provinceId, {}, today);
      if (!data || data === "forbidden" || !list || list === "forbidden") throw new Error("not readable");
      const row = list.branches.find((b) => b.id === branch.id);
      if (!row) throw new Error("not on the first page");
      return { page: data.checklist, row: rootingChecklist(row, today) };
    };

    let { page, row } = await read();
    expect(page).toEqual({ restructured: false, bureauRenewed: false, hasCell: false, recentActivity: false });
    expect(row).toEqual(page);

    await db.update(branches).set({ restructuredOn: "2017-10-01", bureauRenewedOn: "2017-10-02" }).where(eq(branches.id, branch.id));
    await db.insert(cells).values({ branchId: branch.id, name: "خلية", kind: "youth" });
    await db.insert(rootingActivities).values({ branchId: branch.id, date: daysBefore(today, 91), kind: "cultural", description: "نشاط قديم" });
    ({ page, row } = await read());
    expect(page).toEqual({ restructured: true, bureauRenewed: true, hasCell: true, recentActivity: false });
    expect(row).toEqual(page);

    await db.insert(rootingActivities).values({ branchId: branch.id, date: daysBefore(today, 90), kind: "cultural", description: "نشاط حديث" });
    ({ page, row } = await read());
    expect(page.recentActivity).toBe(true);
    expect(row).toEqual(page);

    await db.delete(cells).where(eq(cells.branchId, branch.id));
    await db.update(branches).set({ bureauRenewedOn: null }).where(eq(branches.id, branch.id));
    ({ page, row } = await read());
    expect(page).toEqual({ restructured: true, bureauRenewed: false, hasCell: false, recentActivity: true });
    expect(row).toEqual(page);
  });
});
