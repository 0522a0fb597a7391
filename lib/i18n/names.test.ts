import { describe, expect, it } from "vitest";
import { localName, nameIn, otherLang, otherNameIn } from "./names";

const fes = { nameAr: "فاس - مكناس", nameFr: "Fès-Meknès" };
const branch = { nameAr: "فرع البطحاء", nameFr: null };

describe("names by language", () => {
  it("takes the French name on a French page, the Arabic one otherwise", () => {
    expect(localName(fes, "ar")).toBe("فاس - مكناس");
    expect(localName(fes, "fr")).toBe("Fès-Meknès");
    expect(nameIn("fr", "حزب بوديموس", "Podemos")).toBe("Podemos");
  });

  it("falls back to the Arabic name when there is no French one", () => {
    expect(localName(branch, "fr")).toBe("فرع البطحاء");
    expect(nameIn("fr", "فاس", "")).toBe("فاس");
    expect(nameIn("ar", null, "Fès")).toBeNull();
  });

  it("gives the other language's name to show beneath, only when it adds one", () => {
    expect(otherNameIn("ar", fes.nameAr, fes.nameFr)).toBe("Fès-Meknès");
    expect(otherNameIn("fr", fes.nameAr, fes.nameFr)).toBe("فاس - مكناس");
    expect(otherNameIn("fr", branch.nameAr, branch.nameFr)).toBeNull();
    expect(otherNameIn("ar", branch.nameAr, branch.nameFr)).toBeNull();
    expect(otherLang("ar")).toBe("fr");
  });
});
