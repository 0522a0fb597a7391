import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, provinces } from "@/db/schema";
import { updateBranch } from "@/lib/territory/actions";
import { demo, signInAs } from "@/tests/helpers";
import { asFormValues } from "./concurrency";

describe("claimVersion", () => {
  it("lets one of two saves made at once from the same version through, and refuses the other", async () => {
    const [fes] = await db.select().from(provinces).where(eq(provinces.nameFr, "Fès"));
    const [branch] = await db.insert(branches).values({ provinceId: fes.id, nameAr: "فرع الحفظ المتزامن", town: "فاس" }).returning();
    await signInAs(demo.bureau);
    const save = (town: string) =>
      updateBranch(null, { id: branch.id, version: 1, nameAr: branch.nameAr, nameFr: "", town, address: "", provinceId: fes.id }).catch((error: Error) => {
        if (!/NEXT_REDIRECT/.test(error.message)) throw error;
        return { ok: true as const, conflict: undefined };
      });
    const answers = await Promise.all([save("مدينة أ"), save("مدينة ب")]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    const refused = answers.find((a) => !a.ok);
    const [row] = await db.select().from(branches).where(eq(branches.id, branch.id));
    expect(row.version).toBe(2);
    // the refused one is shown the winner's town
    expect(refused?.conflict).toMatchObject({ version: 2, current: { town: row.town } });
  });
});

describe("asFormValues", () => {
  it("gives a form's values: no value is an empty field, numbers and lists as text, ticks and $ keys kept", () => {
    expect(asFormValues({ a: null, b: undefined, c: 3, d: [1, 2], e: true, f: "x", $labels: { c: "three" } })).toEqual({
      a: "",
      b: "",
      c: "3",
      d: ["1", "2"],
      e: true,
      f: "x",
      $labels: { c: "three" },
    });
  });
});
