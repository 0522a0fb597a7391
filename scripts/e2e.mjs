// `npm run test:e2e`: builds the app into its own folder and runs the Playwright suite against it.
// Extra arguments go to Playwright (a spec file, --grep ...).
import { existsSync } from "node:fs";
import path from "node:path";
import { root, run } from "./lib.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
const systemChromium = process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!systemChromium) {
  console.log("→ no system Chromium: installing Playwright's own");
  run("npx", ["playwright", "install", "chromium"]);
}
if (!process.env.E2E_SKIP_BUILD) {
  run("npx", ["next", "build"], { env: { NEXT_DIST_DIR: distDir } });
  // the first-load JavaScript budget of every route, on the build just made
  run("node", ["scripts/check-bundles.mjs", distDir]);
}
if (!existsSync(path.join(root, distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}`);
run("npx", ["playwright", "test", ...process.argv.slice(2)], { env: { NEXT_DIST_DIR: distDir } });
