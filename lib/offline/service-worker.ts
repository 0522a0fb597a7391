import { SERVICE_WORKER_URL } from "./pages";

// The controller when this document loaded: then the worker fetched (and kept) the page itself.
const loadedThroughWorker = typeof navigator !== "undefined" && "serviceWorker" in navigator && !!navigator.serviceWorker.controller;
let firstPage = true;

/**
 * Registers the worker, and asks it to keep the current page when the page did not come through
 * it: the first visit, before the worker took control, or a client-side navigation.
 */
export function registerOfflineSupport(): void {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator) || process.env.NODE_ENV !== "production") return;
  const mustCache = !loadedThroughWorker || !firstPage;
  firstPage = false;
  navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" }).catch(() => undefined);
  if (!mustCache || !navigator.onLine) return;
  navigator.serviceWorker.ready
    .then((registration) => registration.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [window.location.href] } }))
    .catch(() => undefined);
}
