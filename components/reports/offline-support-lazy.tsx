"use client";

import { deferred } from "@/components/ui/deferred";

/** The offline copy of the report pages (a service worker), set up once the page has loaded. */
export const OfflineSupport = deferred(() => import("./offline-support").then((m) => m.OfflineSupport));
