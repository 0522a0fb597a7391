import { describe, expect, it, vi } from "vitest";
import { formatNumber, plural } from "@/lib/i18n/format";
import { vtimezone } from "./vtimezone";

describe("vtimezone and the formatters are built once", () => {
  it("makes no Intl formatter for a block it has built, nor for a number or a plural already formatted", () => {
    const first = vtimezone("Africa/Casablanca", 2016, 2027);
    expect(first).toContain("TZID:Africa/Casablanca");
    // Morocco's Ramadan hour: two changes a year, written as observances
    expect(first.match(/BEGIN:STANDARD/g)!.length).toBeGreaterThan(10);
    formatNumber(1, "ar");
    plural(2, { zero: "", one: "", two: "{count}", few: "", many: "", other: "{count}" }, "fr");
    const dateFormat = vi.spyOn(Intl, "DateTimeFormat");
    const numberFormat = vi.spyOn(Intl, "NumberFormat");
    const pluralRules = vi.spyOn(Intl, "PluralRules");
    expect(vtimezone("Africa/Casablanca", 2016, 2027)).toBe(first);
    expect(formatNumber(1234, "ar")).toBe(formatNumber(1234, "ar"));
    plural(3, { zero: "", one: "", two: "", few: "", many: "", other: "{count}" }, "fr");
    expect(dateFormat).not.toHaveBeenCalled();
    expect(numberFormat).not.toHaveBeenCalled();
    expect(pluralRules).not.toHaveBeenCalled();
    // another range is its own block, built from the same zone rules
    const shorter = vtimezone("Africa/Casablanca", 2026, 2026);
    const changes2026 = shorter.split("\r\n").filter((l) => l.startsWith("DTSTART:2026")).slice(1);
    expect(changes2026.length).toBeGreaterThan(0);
    for (const line of changes2026) expect(first).toContain(line);
    vi.restoreAllMocks();
  });
});
