import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // the seed of the template (tests/global-setup.ts) goes through lib/sessions/invitations.ts, which
      // is server code; scripts run it with --conditions=react-server, which picks this same empty module
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    // The suite runs on a fixed clock (lib/clock.ts; db/seed/today.ts for the seed): the same instant
    // whatever the machine's date, so no test can break on a calendar day. Tests that need another
    // instant move it with setClock (tests/helpers.ts). APP_NOW=… from outside picks another one,
    // which the suite passes on too: a date a test needs ahead or behind comes from today(n) there.
    env: { APP_NOW: process.env.APP_NOW || "2026-12-02T09:00:00Z" },
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", ".next*/**", "e2e/**"],
    globalSetup: ["./tests/global-setup.ts"],
    setupFiles: ["./tests/setup.ts"],
    // next-auth imports "next/server" without an extension: let Vite resolve it
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    pool: "forks",
    // each test file gets its own process and so its own fresh database (tests/setup.ts)
    isolate: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
