import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships wasm and must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  experimental: {
    authInterrupts: true,
  },
  poweredByHeader: false,
  // lets a second build (the browser tests') live beside the one being served
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
