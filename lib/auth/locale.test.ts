import { headers } from "next/headers";
import { describe, expect, it, vi } from "vitest";
import { setLocale } from "./actions";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const fromPage = (referer: string) =>
  vi.mocked(headers).mockResolvedValueOnce(new Headers({ host: "party.example.ma", referer }) as Awaited<ReturnType<typeof headers>>);

describe("setLocale comes back to the page the switch was pressed on", () => {
  it("goes to the page the form names, its query string kept", async () => {
    await expect(setLocale(form({ locale: "fr", returnTo: "/reports/compliance?campaign=3&region=1" }))).rejects.toThrow(
      /NEXT_REDIRECT \/reports\/compliance\?campaign=3&region=1$/,
    );
  });

  it("without a page named, goes back to the page the request came from", async () => {
    fromPage("https://party.example.ma/reports/compliance?region=1");
    await expect(setLocale(form({ locale: "fr" }))).rejects.toThrow(/NEXT_REDIRECT \/reports\/compliance\?region=1$/);
  });

  it("never leaves the site: of another site's address only the path is kept, and a path that would lead off is the home page", async () => {
    fromPage("https://elsewhere.example/reports?x=1");
    await expect(setLocale(form({ locale: "ar" }))).rejects.toThrow(/NEXT_REDIRECT \/reports\?x=1$/);
    fromPage("https://party.example.ma//elsewhere.example/x");
    await expect(setLocale(form({ locale: "ar" }))).rejects.toThrow(/NEXT_REDIRECT \/$/);
    await expect(setLocale(form({ locale: "ar", returnTo: "//elsewhere.example/x" }))).rejects.toThrow(/NEXT_REDIRECT \/$/);
    fromPage("not a url");
    await expect(setLocale(form({ locale: "ar" }))).rejects.toThrow(/NEXT_REDIRECT \/$/);
  });
});
