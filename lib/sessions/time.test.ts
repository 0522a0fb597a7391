import { describe, expect, it } from "vitest";
import { daysBetween, localDateTime, shortTime, zonedInstant } from "./time";

describe("zonedInstant", () => {
  it("reads Morocco's offset for the day itself", () => {
    // UTC+0 in winter until 2018; UTC+1 since, except during Ramadan
    expect(zonedInstant("2017-01-14", "15:00").toISOString()).toBe("2017-01-14T15:00:00.000Z");
    expect(zonedInstant("2026-11-23", "15:00").toISOString()).toBe("2026-11-23T14:00:00.000Z");
    expect(zonedInstant("2026-07-01", "09:30").toISOString()).toBe("2026-07-01T08:30:00.000Z");
  });

  it("round-trips with localDateTime", () => {
    for (const [date, time] of [
      ["2017-02-04", "10:00"],
      ["2027-01-23", "15:00"],
      ["2026-12-31", "23:45"],
    ]) {
      expect(localDateTime(zonedInstant(date, time))).toEqual({ date, time });
    }
  });
});

describe("small helpers", () => {
  it("lists a session's days and shortens times", () => {
    expect(daysBetween("2017-02-04", "2017-02-05")).toEqual(["2017-02-04", "2017-02-05"]);
    expect(daysBetween("2017-02-05", "2017-02-04")).toEqual([]);
    expect(daysBetween("2017-01-01", "2018-01-01")).toHaveLength(31);
    expect(shortTime("09:30:00")).toBe("09:30");
    expect(shortTime(null)).toBe("");
  });
});
