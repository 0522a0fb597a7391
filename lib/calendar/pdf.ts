import "server-only";
import { existsSync } from "node:fs";

/** The system's Chromium, if there is one: PDFs are printed by it, since it shapes Arabic right. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

// one print at a time: a Chromium is heavy, and the machine small
let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints one of the app's print pages to an A4 PDF, as the user who asked: headless Chromium opens
 * the page on this server's own address with the user's cookie, and may load nothing from
 * anywhere else. Null when no Chromium is installed.
 */
export async function printToPdf(path: string, request: Request): Promise<Uint8Array | null> {
  const executablePath = chromiumPath();
  if (!executablePath || !path.startsWith("/print/")) return null;
  const origin = process.env.PRINT_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const publicUrl = new URL(request.url);
  const job = queue.then(async () => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"] });
    try {
      const context = await browser.newContext({
        extraHTTPHeaders: {
          cookie: request.headers.get("cookie") ?? "",
          // so that the session cookie keeps its name (__Secure-… behind https)
          "x-forwarded-proto": request.headers.get("x-forwarded-proto") ?? publicUrl.protocol.replace(":", ""),
          "accept-language": request.headers.get("accept-language") ?? "ar",
        },
      });
      const page = await context.newPage();
      await page.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
      const response = await page.goto(`${origin}${path}`, { waitUntil: "load", timeout: 30_000 });
      if (!response?.ok() || new URL(page.url()).pathname !== path) return null;
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

export function pdfResponse(pdf: Uint8Array, filename: string): Response {
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
