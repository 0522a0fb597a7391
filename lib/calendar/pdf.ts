import "server-only";
import { getDictionary } from "@/lib/i18n";
import { dirOf } from "@/lib/i18n/config";
import { downloadResponse } from "@/lib/http/download";
import { errorFields, log } from "@/lib/log";
import { chromiumPath, withBrowser } from "@/lib/pdf/browser";
import { createLimiter, isBusyError, type Limiter } from "@/lib/pdf/limiter";

// a print takes a second or two of a small machine's two cores: two at once, eight waiting, and
// one per person (a second click while the first is printing is refused, not queued)
const globalForPdf = globalThis as unknown as { pdfLimiter?: Limiter };
const limiter = (globalForPdf.pdfLimiter ??= createLimiter({ concurrency: 2, maxWaiting: 8 }));
const RETRY_AFTER_SECONDS = 5;

/**
 * Prints one of the app's print pages to an A4 PDF, as the user who asked: the shared headless
 * Chromium opens the page on this server's own address with the user's cookie, in a context of its
 * own, and may load nothing from anywhere else. Null when the page did not open as itself.
 */
async function printToPdf(path: string, request: Request): Promise<Uint8Array | null> {
  const origin = process.env.PRINT_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const publicUrl = new URL(request.url);
  return withBrowser(async (browser) => {
    const context = await browser.newContext({
      extraHTTPHeaders: {
        cookie: request.headers.get("cookie") ?? "",
        // so that the session cookie keeps its name (__Secure-… behind https)
        "x-forwarded-proto": request.headers.get("x-forwarded-proto") ?? publicUrl.protocol.replace(":", ""),
        "accept-language": request.headers.get("accept-language") ?? "ar",
      },
    });
    try {
      const page = await context.newPage();
      await page.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
      const response = await page.goto(`${origin}${path}`, { waitUntil: "load", timeout: 30_000 });
      if (!response?.ok() || new URL(page.url()).pathname !== path) return null;
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close().catch(() => undefined);
    }
  });
}

/**
 * The answer of a PDF route once it has checked the user may see the record: the PDF, 404 when the
 * print page did not open, 429 (Retry-After) when the printer is busy, 503 without a Chromium.
 */
export async function pdfDownload({ user, path, filename, request }: { user: { id: number }; path: string; filename: string; request: Request }): Promise<Response> {
  if (!path.startsWith("/print/")) return new Response("Not found", { status: 404 });
  if (!chromiumPath()) return refusal(503, "unavailable");
  try {
    const pdf = await limiter.run(String(user.id), () => printToPdf(path, request));
    if (!pdf) return new Response("Not found", { status: 404 });
    return pdfResponse(pdf, filename);
  } catch (error) {
    if (isBusyError(error)) {
      log.info({ event: "pdf.busy", reason: error.reason, ...limiter.stats() }, "pdf refused: busy");
      return refusal(429, "busy", { "Retry-After": String(RETRY_AFTER_SECONDS) });
    }
    log.error({ event: "pdf.failed", error: errorFields(error) }, "pdf failed");
    return refusal(503, "unavailable");
  }
}

/** A short page in the viewer's language: the download link opens it in place of the file. */
async function refusal(status: 429 | 503, what: "busy" | "unavailable", headers: Record<string, string> = {}): Promise<Response> {
  const { locale, t } = await getDictionary();
  const message = escapeHtml(what === "busy" ? t.calendar.print.busy : t.calendar.print.unavailable);
  const body = `<!doctype html><html lang="${locale}" dir="${dirOf(locale)}"><head><meta charset="utf-8"><title>${message}</title></head><body><p>${message}</p></body></html>`;
  return new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function pdfResponse(pdf: Uint8Array, filename: string): Response {
  return downloadResponse({ body: pdf, type: "application/pdf", name: filename });
}
