import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
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
