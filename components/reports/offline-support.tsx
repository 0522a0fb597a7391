"use client";

import { useEffect } from "react";
import { registerOfflineSupport } from "@/lib/offline/service-worker";

/** Installs the service worker from the pages an officer may need without a connection. */
export function OfflineSupport() {
  useEffect(() => registerOfflineSupport(), []);
  return null;
}
