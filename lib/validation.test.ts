import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { MAX_ID, searchText, toId, translateError, trimText, v, z } from "./validation";

/** The Arabic sentence under each field a schema refuses. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "_form", translateError(i.message, ar.errors, "ar")]));
}

describe("v.id", () => {
  const schema = z.object({ id: v.id() });

  it("takes the digits of an integer 1..2147483647, from a string or a number", () => {
    for (const [input, id] of [["1", 1], [7, 7], ["2147483647", MAX_ID], [MAX_ID, MAX_ID], ["007", 7]] as const)
      expect(schema.parse({ id: input })).toEqual({ id });
  });

  it("refuses anything else with an Arabic field error, never a number the database would refuse", () => {
    for (const bad of ["abc", "1.5", 1.5, "1e3", " 1", "1 ", "-1", -1, "0", 0, "2147483648", 2147483648, "99999999999999999999", "0x10", "١٢", Infinity, NaN, true, [], {}])
      expect(errorsOf(schema, { id: bad }), JSON.stringify(bad)).toEqual({ id: ar.errors.idInvalid });
    for (const missing of [undefined, null, ""]) expect(errorsOf(schema, { id: missing })).toEqual({ id: ar.errors.required });
  });

  it("optionalId reads a blank as none and refuses the rest like v.id", () => {
    const optional = z.object({ id: v.optionalId() });
    expect(optional.parse({ id: "" })).toEqual({ id: null });
    expect(optional.parse({ id: " \u200B" })).toEqual({ id: null });
    expect(optional.parse({ id: "12" })).toEqual({ id: 12 });
    expect(errorsOf(optional, { id: "2147483648" })).toEqual({ id: ar.errors.idInvalid });
  });

  it("v.ids reads checkboxes, each once, and refuses one bad id among them", () => {
    expect(v.ids(5).parse(["3", "3", "4"])).toEqual([3, 4]);
    expect(v.ids(5).parse(undefined)).toEqual([]);
    expect(v.ids(5, 1).safeParse([]).success).toBe(false);
    expect(errorsOf(v.ids(5), ["3", "99999999999"])).toEqual({ "1": ar.errors.idInvalid });
  });

  it("toId is the same rule outside zod", () => {
    expect([toId("12"), toId(12), toId("2147483648"), toId("1e3"), toId(" 1"), toId(undefined), toId(["1"])]).toEqual([12, 12, null, null, null, null, null]);
  });
});

describe("v.text", () => {
  it("refuses a name made only of spaces or invisible characters as required", () => {
    const schema = z.object({ name: v.text(50) });
    for (const blank of ["", "   ", "\u200B", "\u200C\u200D", "\u2060", "\uFEFF", "\u00A0\u00A0", "\u3000", "\u200B \u00A0\uFEFF\u2060", "\u180E", "\u3164"])
      expect(errorsOf(schema, { name: blank }), JSON.stringify(blank)).toEqual({ name: ar.errors.required });
  });

  it("trims invisible characters at the ends and keeps them inside a word", () => {
    expect(v.text().parse("\u200B\u00A0محمد\uFEFF ")).toBe("محمد");
    expect(v.text().parse("می\u200Cخواهم")).toBe("می\u200Cخواهم");
    expect(trimText("\u2060 a b \u200D")).toBe("a b");
  });

  it("has a maximum length, said in Arabic", () => {
    expect(errorsOf(z.object({ t: v.text(10) }), { t: "x".repeat(11) })).toEqual({ t: "النص طويل جدًا (على الأكثر 10 أحرف)." });
    expect(errorsOf(z.object({ t: v.optionalText(10) }), { t: "x".repeat(11) })).toEqual({ t: "النص طويل جدًا (على الأكثر 10 أحرف)." });
  });

  it("optionalText reads invisible blanks as none", () => {
    expect(v.optionalText().parse("\u200B\u00A0")).toBeNull();
  });
});

describe("v.date", () => {
  const schema = z.object({ on: v.date() });

  it("takes dates of 1900 to 2100", () => {
    for (const on of ["1900-01-01", "2026-12-02", "2100-12-31"]) expect(schema.parse({ on })).toEqual({ on });
  });

  it("refuses year 1, year 99999 and the years outside, in Arabic", () => {
    for (const on of ["0001-01-01", "1899-12-31", "2101-01-01"]) expect(errorsOf(schema, { on })).toEqual({ on: ar.errors.dateRange });
    for (const on of ["99999-01-01", "2026-02-30", "2026-13-01", "abc"]) expect(errorsOf(schema, { on })).toEqual({ on: ar.errors.date });
    expect(errorsOf(z.object({ on: v.optionalDate() }), { on: "0001-01-01" })).toEqual({ on: ar.errors.dateRange });
  });
});

describe("numbers", () => {
  it("v.int and v.optionalInt refuse what is not a plain whole number in range", () => {
    const schema = z.object({ n: v.int(0, 100_000) });
    expect(schema.parse({ n: "12" })).toEqual({ n: 12 });
    expect(errorsOf(schema, { n: "99999999999" })).toEqual({ n: "القيمة أكبر من المسموح (100000)." });
    expect(errorsOf(schema, { n: "1e3" })).toEqual({ n: ar.errors.number });
    expect(errorsOf(schema, { n: "1.5" })).toEqual({ n: ar.errors.number });
    expect(errorsOf(z.object({ n: v.optionalInt(1, 10) }), { n: "2147483648" })).toEqual({ n: "القيمة أكبر من المسموح (10)." });
  });

  it("v.version takes 0 up to the integer limit", () => {
    expect(v.version().parse("0")).toBe(0);
    expect(v.version().safeParse("2147483648").success).toBe(false);
    expect(v.version().safeParse("-1").success).toBe(false);
  });
});

describe("query strings", () => {
  it("are cleaned, never refused", () => {
    expect(searchText("a\u0000b\u202E c ")).toBe("ab c");
    expect(searchText(["x", "y"])).toBe("x");
    expect(searchText("x".repeat(10_000), 100)).toHaveLength(100);
    expect(searchText(undefined)).toBe("");
    expect(v.idParam().parse("abc")).toBeUndefined();
    expect(v.idParam().parse(["4", "5"])).toBe(4);
    expect(v.idParam().parse("2147483648")).toBeUndefined();
    expect(v.dateParam().parse("0001-01-01")).toBeUndefined();
    expect(v.dateParam().parse("2026-01-31")).toBe("2026-01-31");
    expect([v.pageParam().parse("-1"), v.pageParam().parse("1.5"), v.pageParam().parse("99999999999999999999"), v.pageParam().parse("3")]).toEqual([1, 1, 1, 3]);
  });
});

describe("query-string schemas", () => {
  it("read a query string with every key absent", () => {
    const schema = z.object({ q: v.searchParam(), region: v.idParam(), from: v.dateParam(), page: v.pageParam() });
    expect(schema.parse({})).toEqual({ q: "", region: undefined, from: undefined, page: 1 });
  });
});
