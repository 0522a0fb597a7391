import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { searchFold } from "@/db/schema";
import { escapeLike, foldForSearch } from "./normalize";

describe("foldForSearch", () => {
  it("folds hamza forms, diacritics, tatweel and case", () => {
    expect(foldForSearch("أحمد")).toBe("احمد");
    expect(foldForSearch("إدريس")).toBe("ادريس");
    expect(foldForSearch("آيت")).toBe("ايت");
    expect(foldForSearch("مُحَمَّـد")).toBe("محمد");
    expect(foldForSearch("فاطمة  الزهراء")).toBe("فاطمه الزهراء");
    expect(foldForSearch("El IDRISSI")).toBe("el idrissi");
  });

  it("folds the same way as the database column", async () => {
    for (const text of ["أحمد الإدريسي", "آمنة مُصطفى", "مصطفى", "رؤوف بنعائشة", "Ahmed"]) {
      const { rows } = await db.execute<{ folded: string }>(sql`select ${searchFold(sql`${text}::text`)} as folded`);
      expect(rows[0].folded).toBe(foldForSearch(text));
    }
  });

  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_a\\")).toBe("50\\%\\_a\\\\");
  });
});
