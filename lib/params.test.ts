import { describe, expect, it } from "vitest";
import { idOrNull, notFoundResponse, parseId } from "./params";

/** notFound() throws Next's 404 signal (tests/setup.ts gives it as the message), which the page turns into its not-found answer. */
function notFoundSignal(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    return (error as { digest?: string }).digest ?? (error as Error).message;
  }
  return undefined;
}

describe("parseId", () => {
  it("gives the id of a route segment", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId("2147483647")).toBe(2147483647);
  });

  it("answers 404 for what cannot name a record", () => {
    for (const bad of ["0", "-1", "1.5", "abc", "1e3", " 1", "2147483648", "99999999999999999999", "\u0000", "", undefined, ["1", "2"]])
      expect(notFoundSignal(() => parseId(bad as string)), JSON.stringify(bad)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("idOrNull lets a route handler answer its own short 404", async () => {
    expect(idOrNull("42")).toBe(42);
    expect(idOrNull("2147483648")).toBeNull();
    const response = notFoundResponse();
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found");
  });
});
