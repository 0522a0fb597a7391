import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { searchFold } from "@/db/schema";
import { foldForSearch } from "./fold";
import { escapeLike } from "./normalize";

describe("foldForSearch", () => {
  it.each([
    ["أحمد", "احمد"],
    ["إدريس", "ادريس"],
    ["آيت", "ايت"],
    ["ٱلرباط", "الرباط"],
    ["مصطفى", "مصطفي"],
    ["فاطمة  الزهراء", "فاطمه الزهراء"],
    ["رؤوف", "رووف"],
    ["بنعائشة", "بنعايشه"],
    ["مُحَمَّـد", "محمد"],
    ["  El IDRISSI ", "el idrissi"],
  ])("folds %s to %s", (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it("makes the written variants of one name meet", () => {
    expect(foldForSearch("أمينة الإدريسي")).toBe(foldForSearch("امينه الادريسي"));
    expect(foldForSearch("مُصطفى")).toBe(foldForSearch("مصطفي"));
  });

  it("folds the same way as the database column", async () => {
    for (const text of ["أحمد الإدريسي", "آمنة مُصطفى", "مصطفى", "رؤوف بنعائشة", "ٱلرباط", "Ahmed"]) {
      const { rows } = await db.execute<{ folded: string }>(sql`select ${searchFold(sql`${text}::text`)} as folded`);
      expect(rows[0].folded).toBe(foldForSearch(text));
    }
  });

  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_a\\")).toBe("50\\%\\_a\\\\");
  });
});
