import { describe, expect, it } from "vitest";
import { continentOf, countryChoices, countryCodes, countryName } from "./countries";

describe("country names from Intl.DisplayNames", () => {
  it("names every country in Arabic script and in French, never by its code", () => {
    for (const code of countryCodes) {
      expect(countryName(code, "ar"), code).toMatch(/^[\u0600-\u06FF\s\-]+$/);
      expect(countryName(code, "fr"), code).not.toBe(code);
    }
  });

  it("gives the names a reader expects", () => {
    expect(countryName("SN", "ar")).toBe("السنغال");
    expect(countryName("SN", "fr")).toBe("Sénégal");
    expect(countryName("DZ", "ar")).toBe("الجزائر");
    expect(countryName("ES", "fr")).toBe("Espagne");
    expect(countryName("PS", "ar")).toBe("فلسطين");
    expect(countryName("PS", "fr")).toBe("Palestine");
    expect(countryName("XX", "ar")).toBe("XX");
  });

  it("offers a continent's countries sorted by name in the viewer's language", () => {
    const choices = countryChoices("ar", "africa");
    expect(choices.every((c) => continentOf(c.value) === "africa")).toBe(true);
    const labels = choices.map((c) => c.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("ar").compare));
    expect(countryChoices("fr").length).toBe(countryCodes.length);
  });
});
