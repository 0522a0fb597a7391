import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error a plain Node script, without types
import { gzipSizer, measureRoutes } from "../scripts/check-bundles.mjs";

const script = path.resolve(import.meta.dirname, "../scripts/check-bundles.mjs");
const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/bundles/route-bundle-stats.json"), "utf8"));
const KB = 1024;
const sizes: Record<string, number> = {
  "static/chunks/framework.js": 130 * KB,
  "static/chunks/home.js": 10 * KB,
  "static/chunks/forms.js": 20 * KB,
  "static/chunks/zod.js": 40 * KB,
};

describe("the first-load budget", () => {
  it("sums each route's chunks and measures them against /_not-found + 25 kB", () => {
    const result = measureRoutes(fixture, (file: string) => sizes[file]);
    expect(result.baseline).toBe(130);
    expect(result.limit).toBe(155);
    expect(result.routes).toEqual([
      { route: "/reports/[id]", kb: 190 },
      { route: "/login", kb: 150 },
      { route: "/", kb: 140 },
      { route: "/_not-found", kb: 130 },
    ]);
    expect(result.over).toEqual([{ route: "/reports/[id]", kb: 190 }]);
  });

  it("counts a route at the limit as within it, one kB more as over", () => {
    const at = measureRoutes(fixture, (file: string) => (file.endsWith("zod.js") ? 5 * KB : sizes[file]));
    expect(at.routes[0]).toEqual({ route: "/reports/[id]", kb: 155 });
    expect(at.over).toEqual([]);
    const over = measureRoutes(fixture, (file: string) => (file.endsWith("zod.js") ? 6 * KB : sizes[file]));
    expect(over.over).toEqual([{ route: "/reports/[id]", kb: 156 }]);
  });

  it("falls back on the lightest route when the build has no /_not-found, and refuses an empty list", () => {
    const withoutEmpty = fixture.filter((r: { route: string }) => r.route !== "/_not-found");
    expect(measureRoutes(withoutEmpty, (file: string) => sizes[file]).baseline).toBe(140);
    expect(() => measureRoutes([], () => 0)).toThrow();
  });
});

describe("scripts/check-bundles.mjs on a build folder", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "bundles-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // random bytes do not compress: their gzip size is about their size
  function build(chunks: Record<string, number>, routes: Record<string, string[]>) {
    mkdirSync(path.join(dir, "diagnostics"), { recursive: true });
    for (const [name, bytes] of Object.entries(chunks)) writeFileSync(path.join(dir, name), randomBytes(bytes));
    const stats = Object.entries(routes).map(([route, files]) => ({ route, firstLoadChunkPaths: files.map((f) => path.join(dir, f)) }));
    writeFileSync(path.join(dir, "diagnostics/route-bundle-stats.json"), JSON.stringify(stats));
  }
  const check = () => spawnSync(process.execPath, [script, dir], { encoding: "utf8" });

  it("gzips each file once and counts a missing one as nothing", () => {
    build({ "a.js": 3000 }, { "/": ["a.js"] });
    const sizeOf = gzipSizer(dir);
    expect(sizeOf("a.js")).toBe(gzipSync(readFileSync(path.join(dir, "a.js"))).length);
    expect(sizeOf("missing.js")).toBe(0);
  });

  it("passes when every route is within budget", () => {
    build({ "framework.js": 100 * KB, "page.js": 20 * KB }, { "/_not-found": ["framework.js"], "/": ["framework.js", "page.js"] });
    const run = check();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("all 2 routes within budget");
  });

  it("fails and names each route over budget", () => {
    build(
      { "framework.js": 100 * KB, "page.js": 20 * KB, "heavy.js": 40 * KB },
      { "/_not-found": ["framework.js"], "/": ["framework.js", "page.js"], "/heavy": ["framework.js", "heavy.js"], "/heavier": ["framework.js", "heavy.js", "page.js"] },
    );
    const run = check();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("2 route(s) over");
    expect(run.stderr).toMatch(/\/heavier\s/);
    expect(run.stderr).toMatch(/\/heavy\s/);
    expect(run.stderr).not.toMatch(/ \/\s/);
  });

  it("fails when the build has no statistics", () => {
    const run = spawnSync(process.execPath, [script, path.join(dir, "nowhere")], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("build first");
  });
});
