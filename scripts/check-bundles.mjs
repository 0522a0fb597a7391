// The first-load JavaScript budget: every route ships at most BUDGET_KB (gzip) more than the
// framework's empty route (`/_not-found`) of the same build, read from the build's
// <distDir>/diagnostics/route-bundle-stats.json. A phone on a slow network pays for each kilobyte
// before the page answers a tap.
// `node scripts/check-bundles.mjs [distDir]` prints the heaviest routes and exits 1 listing each
// route over budget.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = 25;
export const BASELINE_ROUTE = "/_not-found";

/** Gzipped size of a file in bytes, 0 for one that is absent; each file read once. */
export function gzipSizer(root) {
  const cache = new Map();
  return (file) => {
    if (!cache.has(file)) {
      const full = path.resolve(root, file);
      cache.set(file, existsSync(full) ? gzipSync(readFileSync(full)).length : 0);
    }
    return cache.get(file);
  };
}

/**
 * Each route's first-load JavaScript in kB (gzip, the sum over its firstLoadChunkPaths), the
 * baseline's, and the routes over baseline + budget, heaviest first.
 */
export function measureRoutes(stats, sizeOf, budgetKb = BUDGET_KB) {
  const routes = stats.map((entry) => ({
    route: entry.route,
    kb: Math.round(entry.firstLoadChunkPaths.reduce((sum, file) => sum + sizeOf(file), 0) / 1024),
  }));
  if (routes.length === 0) throw new Error("the build lists no route");
  const baseline = routes.find((r) => r.route === BASELINE_ROUTE)?.kb ?? Math.min(...routes.map((r) => r.kb));
  const limit = baseline + budgetKb;
  const sorted = [...routes].sort((a, b) => b.kb - a.kb);
  return { baseline, limit, routes: sorted, over: sorted.filter((r) => r.kb > limit) };
}

function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const distDir = process.argv[2] || process.env.NEXT_DIST_DIR || ".next";
  const file = path.resolve(root, distDir, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(file)) {
    console.error(`✗ no ${path.relative(root, file)}: build first (next build)`);
    process.exit(1);
  }
  const { baseline, limit, routes, over } = measureRoutes(JSON.parse(readFileSync(file, "utf8")), gzipSizer(root));
  console.log(`first-load JS (gzip): ${BASELINE_ROUTE} ${baseline} kB, budget ${limit} kB; heaviest:`);
  for (const r of routes.slice(0, 5)) console.log(`  ${String(r.kb).padStart(4)} kB  ${r.route}`);
  if (over.length === 0) {
    console.log(`✓ all ${routes.length} routes within budget`);
    return;
  }
  console.error(`✗ ${over.length} route(s) over ${limit} kB (${BASELINE_ROUTE} + ${BUDGET_KB} kB):`);
  for (const r of over) console.error(`  ${String(r.kb).padStart(4)} kB  ${r.route}  (+${r.kb - limit} kB)`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
