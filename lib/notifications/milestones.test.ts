import { describe, expect, it } from "vitest";
import { milestoneFor, milestoneKey, PAPER_MILESTONES, REPORT_MILESTONES } from "./milestones";

describe("reminder milestones", () => {
  it("are reached a week, three days and one day before, and once after the due day", () => {
    const at = (left: number) => milestoneFor(left, REPORT_MILESTONES);
    expect([10, 8, 7, 6, 4, 3, 2, 1, 0, -1, -30].map(at)).toEqual([null, null, 7, 7, 7, 3, 3, 1, 1, "overdue", "overdue"]);
    expect([4, 3, 2, 1, 0, -1].map((d) => milestoneFor(d, PAPER_MILESTONES))).toEqual([null, 3, 3, 1, 1, "overdue"]);
    expect([7, 3, 1, "overdue" as const].map(milestoneKey)).toEqual(["j7", "j3", "j1", "overdue"]);
  });
});
