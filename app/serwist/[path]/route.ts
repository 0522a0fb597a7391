import { createSerwistRoute } from "@serwist/turbopack";

// Serves the service worker built from app/sw.ts, with the precache manifest of this build.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  globPatterns: [`${(process.env.NEXT_DIST_DIR || ".next").replace(/^\/|\/$/g, "")}/static/**/*.{js,css,woff2,svg,png,ico,json}`, "public/**/*"],
});
