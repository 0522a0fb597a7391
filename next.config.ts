import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";
import { MAX_ACTION_BODY_BYTES } from "./lib/uploads";

const nextConfig: NextConfig = {
  // PGlite ships wasm and must be loaded by Node at run time, not bundled.
  // esbuild bundles the service worker (app/serwist/[path]/route.ts) at build time: Node loads it too
  // pg-boss reads its own files at run time (its schema version): Node loads it as is
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "esbuild", "esbuild-wasm", "pg-boss"],
  experimental: {
    authInterrupts: true,
    // the largest upload (a training's 20 MB material) and the form around it, sent through a
    // server action: the limits live in lib/uploads.ts
    serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES },
    proxyClientMaxBodySize: MAX_ACTION_BODY_BYTES,
  },
  poweredByHeader: false,
  // the headers that need no nonce, on everything, the static files the proxy skips included; the
  // policy with its nonce, the request id and HSTS come from proxy.ts
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
  // lets a second build (the browser tests') live beside the one being served
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
