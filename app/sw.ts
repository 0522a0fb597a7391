// The service worker (bundled by Serwist's route handler, app/serwist/[path]/route.ts): it
// precaches the app shell (Next's static chunks, styles, fonts) and keeps a copy of the officer's
// to-do and report pages, network first, so that a reload without a connection still shows the
// report form; the text itself comes back from IndexedDB (lib/offline/drafts.ts).
import { CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry } from "serwist";
import { isOfflinePage } from "@/lib/offline/pages";

declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // the HTML of the page, not the RSC payload of a client-side navigation
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.method === "GET" && isOfflinePage(url.pathname) && !request.headers.has("RSC") && !url.searchParams.has("_rsc"),
      handler: new NetworkFirst({
        cacheName: "report-pages",
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          // a signed-out visit is redirected to the login page: that is not a copy of the report
          { cacheWillUpdate: async ({ response }) => (response.redirected ? null : response) },
          new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 30 * 24 * 3600 }),
        ],
      }),
    },
  ],
});

serwist.addEventListeners();
