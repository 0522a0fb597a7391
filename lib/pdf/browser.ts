import "server-only";
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { errorFields, log } from "@/lib/log";

/** The system's Chromium, if there is one: PDFs are printed by it, since it shapes Arabic right. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

// a Chromium left with nothing to print for this long is closed: it holds a few hundred MB
const IDLE_MS = 60_000;

type Shared = { launching: Promise<Browser> | null; inUse: number; idleTimer: ReturnType<typeof setTimeout> | null };

// one Chromium for the whole process, kept across hot reloads like the database client
const globalForBrowser = globalThis as unknown as { pdfBrowser?: Shared };
const shared: Shared = (globalForBrowser.pdfBrowser ??= { launching: null, inUse: 0, idleTimer: null });

function launch(executablePath: string): Promise<Browser> {
  const launching = import("playwright-core").then(async ({ chromium }) => {
    const browser = await chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    // a crashed or killed Chromium is launched again by the next print
    browser.on("disconnected", () => {
      if (shared.launching === launching) shared.launching = null;
    });
    log.info({ event: "pdf.browser.launched" }, "pdf browser launched");
    return browser;
  });
  // a launch that failed is not kept: the next print tries again
  launching.catch((error) => {
    if (shared.launching === launching) shared.launching = null;
    log.error({ event: "pdf.browser.launch_failed", error: errorFields(error) }, "pdf browser failed to launch");
  });
  shared.launching = launching;
  return launching;
}

async function closeWhenIdle() {
  shared.idleTimer = null;
  if (shared.inUse > 0 || !shared.launching) return;
  const launching = shared.launching;
  shared.launching = null;
  const browser = await launching.catch(() => null);
  await browser?.close().catch(() => undefined);
}

/**
 * Runs `work` with the shared Chromium, launching it on first need (or again, when it went away),
 * and closes it after a minute without any print. Null when no Chromium is installed.
 */
export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T | null> {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  shared.inUse += 1;
  if (shared.idleTimer) clearTimeout(shared.idleTimer);
  shared.idleTimer = null;
  try {
    const current = shared.launching;
    let browser = await (current ?? launch(executablePath));
    // gone between two prints: launch again, unless another print already did
    if (!browser.isConnected()) browser = await (shared.launching && shared.launching !== current ? shared.launching : launch(executablePath));
    return await work(browser);
  } finally {
    shared.inUse -= 1;
    if (shared.inUse === 0) {
      shared.idleTimer = setTimeout(() => void closeWhenIdle(), IDLE_MS);
      shared.idleTimer.unref?.();
    }
  }
}
