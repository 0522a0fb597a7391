import { errors as arErrors } from "@/lib/i18n/ar/common";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { errors as frErrors } from "@/lib/i18n/fr/common";
import { MAX_ACTION_BODY_BYTES } from "@/lib/uploads";

/**
 * Request bodies checked before anything reads them for real. Next answers a server action whose
 * body it cannot decode (a multipart body cut short or with another boundary, text that is not
 * JSON) with a 500 and an error in the log; a forged or truncated request is the sender's fault,
 * so it gets a 400, and a body over the limit a 413, with one short sentence.
 */

/** Multipart bodies up to this size are parsed whole; larger ones (uploads) only have their framing checked. */
export const FULL_PARSE_BYTES = 1024 * 1024;
/** The largest JSON body a route handler reads (the report editor's save). */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

type Refusal = "badRequest" | "bodyTooLarge";

function refusal(kind: Refusal, locale: string | undefined): Response {
  const errors = locale === "fr" ? frErrors : arErrors;
  return new Response(errors[kind], {
    status: kind === "bodyTooLarge" ? 413 : 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

function localeOf(request: Request): string | undefined {
  const cookie = request.headers.get("cookie") ?? "";
  return new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=(\\w+)`).exec(cookie)?.[1];
}

function declaredLength(request: Request): number | null {
  const header = request.headers.get("content-length");
  if (header === null) return null;
  const n = Number(header);
  return Number.isFinite(n) ? n : null;
}

function boundaryOf(contentType: string): string | null {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : null;
}

/** The parts' framing: the body opens with the first boundary and closes with the last one. */
function framedAsMultipart(bytes: Uint8Array, boundary: string): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!text.subarray(0, boundary.length + 4).toString("latin1").startsWith(`--${boundary}\r\n`)) return false;
  const tail = text.subarray(Math.max(0, text.length - boundary.length - 8)).toString("latin1");
  return /--\r?\n?$/.test(tail) && tail.includes(`--${boundary}--`);
}

async function readableMultipart(request: Request, contentType: string): Promise<boolean> {
  const boundary = boundaryOf(contentType);
  if (!boundary || boundary.length > 200) return false;
  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  if (!framedAsMultipart(bytes, boundary)) return false;
  if (bytes.byteLength > FULL_PARSE_BYTES) return true;
  try {
    await new Response(bytes, { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

// In React's encoding of a server action's arguments, a string starting with "$" is a reference.
// A text body is the whole encoding (React sends multipart as soon as anything is outlined), so
// only the references that stand alone may appear in it: "$$" (an escaped "$"), undefined, the
// special numbers, a date, a bigint, a temporary reference. A reference to a part a text body
// cannot have ("$K1", "$Q2", "$@3"…) makes React's decoder fail, and Next answer 500.
const STANDALONE_REFERENCE = /^\$(\$|undefined$|Infinity$|-Infinity$|NaN$|-0$|D|n|T)/;

function onlyStandaloneReferences(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || STANDALONE_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every(onlyStandaloneReferences);
  if (value !== null && typeof value === "object") return Object.values(value).every(onlyStandaloneReferences);
  return true;
}

/** A fetch action's text body is React's encoding of the arguments: a JSON array. */
async function readableActionText(request: Request): Promise<boolean> {
  try {
    const args: unknown = JSON.parse(await request.clone().text());
    return Array.isArray(args) && onlyStandaloneReferences(args);
  } catch {
    return false;
  }
}

/**
 * For the proxy: a server action's POST (a `Next-Action` header, or a multipart form posted without
 * JavaScript) whose body is over the limit (413) or cannot be decoded (400); null lets it through.
 * Its cost: one copy of the body, and a parse of bodies up to FULL_PARSE_BYTES. Measured on a
 * 2-core machine: 1 ms for a 10 kB form, 10 ms for 1 MB parsed whole, 40 ms for a 20 MB upload
 * checked by its framing only (parsing it whole would add about 70 ms).
 */
export async function refuseUnreadableActionBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data\b/i.test(contentType);
  const isAction = request.headers.has("next-action");
  if (!isAction && !multipart) return null;
  const length = declaredLength(request);
  if (length !== null && length > MAX_ACTION_BODY_BYTES) return refusal("bodyTooLarge", localeOf(request));
  const readable = multipart ? await readableMultipart(request, contentType) : await readableActionText(request);
  return readable ? null : refusal("badRequest", localeOf(request));
}

/**
 * For a route handler: the body as a JSON object, or the answer to give instead — 413 over
 * `maxBytes` (declared or counted while reading), 400 for anything that is not a JSON object
 * (malformed, truncated, `null`, an array, a string).
 */
export async function readJsonObject(
  request: Request,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  const locale = localeOf(request);
  const length = declaredLength(request);
  if (length !== null && length > maxBytes) return { ok: false, response: refusal("bodyTooLarge", locale) };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, response: refusal("bodyTooLarge", locale) };
      }
      chunks.push(value);
    }
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // not UTF-8, or not JSON: answered below like any other unreadable body
  }
  return { ok: false, response: refusal("badRequest", locale) };
}
