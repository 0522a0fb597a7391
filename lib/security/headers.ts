import type { NextRequest, NextResponse } from "next/server";

/**
 * The security headers of every response. No server-only import and no runtime import from Next:
 * next.config.ts reads STATIC_SECURITY_HEADERS too, for the static files the proxy never sees.
 */

/** What every response carries, a static file as much as a page. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/**
 * The policy of one response. Scripts run only when they carry this request's nonce, or were
 * loaded by one that did ('strict-dynamic'): Next puts the nonce on its own scripts when it reads
 * it from the request's Content-Security-Policy header. The service worker is a script from this
 * origin that no nonce can vouch for, hence worker-src. Styles from <style> and <link> need 'self'
 * or the nonce, but React renders style attributes (the widths of the bars), hence style-src-attr.
 * No upgrade-insecure-requests: every source is 'self', and the PDF printer reads the pages over
 * plain http on the loopback even when the public address is https.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: a nonce no one can guess from the ones before it. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

// what a trusted front proxy may hand us as a request id: short, and nothing a log line could trip on
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export type SecurityHeaders = {
  nonce: string;
  requestId: string;
  /** The request's headers as the app should see them: the policy (for Next's nonce) and the request id. */
  requestHeaders: Headers;
  /** What the response gets. */
  responseHeaders: Headers;
};

type RequestLike = Pick<NextRequest, "headers"> & { nextUrl: Pick<URL, "protocol"> };

/** The headers of one request: a fresh nonce and request id, forwarded to the app and returned to the browser. */
export function securityHeaders(request: RequestLike, env: Record<string, string | undefined> = process.env): SecurityHeaders {
  const nonce = newNonce();
  const incoming = request.headers.get("x-request-id");
  const requestId = env.TRUST_REQUEST_ID === "1" && incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const csp = contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);

  const responseHeaders = new Headers();
  responseHeaders.set("Content-Security-Policy", csp);
  for (const { key, value } of STATIC_SECURITY_HEADERS) responseHeaders.set(key, value);
  if (request.nextUrl.protocol === "https:" || env.HSTS === "1") responseHeaders.set("Strict-Transport-Security", HSTS_VALUE);
  responseHeaders.set("x-request-id", requestId);
  return { nonce, requestId, requestHeaders, responseHeaders };
}

/** Puts the security headers on a response the proxy returns (a pass-through or a redirect). */
export function withSecurityHeaders<R extends NextResponse | Response>(response: R, security: Pick<SecurityHeaders, "responseHeaders">): R {
  security.responseHeaders.forEach((value, key) => response.headers.set(key, value));
  return response;
}
