import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships wasm and must be loaded by Node at run time, not bundled.
  // esbuild bundles the service worker (app/serwist/[path]/route.ts) at build time: Node loads it too
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "esbuild", "esbuild-wasm"],
  experimental: {
    authInterrupts: true,
    // a working paper may carry a 10 MB attachment and a training's material a 20 MB file, sent
    // through a server action
    serverActions: { bodySizeLimit: "21mb" },
    proxyClientMaxBodySize: "21mb",
  },
  poweredByHeader: false,
  // lets a second build (the browser tests') live beside the one being served
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
