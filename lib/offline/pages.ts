/** Where Serwist's route handler serves the worker (app/serwist/[path]/route.ts). */
export const SERVICE_WORKER_URL = "/serwist/sw.js";

/** The pages the worker keeps a copy of (network first): the officer's to-do and the report pages. */
export function isOfflinePage(pathname: string): boolean {
  return pathname === "/reports" || /^\/reports\/\d+\/reports\/\d+$/.test(pathname);
}
