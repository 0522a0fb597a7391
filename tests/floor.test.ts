import { afterEach, describe, expect, it } from "vitest";
import FloorPage from "@/app/(app)/floor/page";

describe("the benchmark's floor page", () => {
  const before = process.env.BENCH_FLOOR;
  afterEach(() => {
    if (before === undefined) delete process.env.BENCH_FLOOR;
    else process.env.BENCH_FLOOR = before;
  });

  it("is not found unless the server runs with BENCH_FLOOR=1", () => {
    for (const value of [undefined, "", "0", "true", "yes"]) {
      if (value === undefined) delete process.env.BENCH_FLOOR;
      else process.env.BENCH_FLOOR = value;
      expect(() => FloorPage(), String(value)).toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    }
  });

  it("renders nothing of its own with BENCH_FLOOR=1, so only the shell is measured", () => {
    process.env.BENCH_FLOOR = "1";
    expect(FloorPage()).toBeNull();
  });
});
