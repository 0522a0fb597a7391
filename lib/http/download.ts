import { create as contentDisposition } from "content-disposition";

export interface Download {
  /** The body: a stored file's bytes, or a generated text. */
  body: Uint8Array | string;
  type: string;
  /** The name the browser saves it under; without one the answer is shown, not saved. */
  name?: string;
  /** Extra headers of this answer (e.g. a feed's Referrer-Policy). */
  headers?: Record<string, string>;
}

/**
 * One answer for every file the app hands out: its type, its length, a Content-Disposition whose
 * `filename*` carries an Arabic name (RFC 5987, with an ASCII fallback for old clients), never
 * sniffed by the browser, never kept by a shared cache.
 */
export function downloadResponse({ body, type, name, headers }: Download): Response {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
  return new Response(bytes, {
    headers: {
      "Content-Type": type,
      "Content-Length": String(bytes.byteLength),
      ...(name ? { "Content-Disposition": contentDisposition(name) } : {}),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...headers,
    },
  });
}
