import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders, withSecurityHeaders } from "./headers";

function request(url = "http://localhost:3000/sessions", headers: Record<string, string> = {}) {
  return { headers: new Headers(headers), nextUrl: new URL(url) };
}

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe("security headers", () => {
  it("allow a script only with this response's nonce, and never inline or eval in production", () => {
    const { nonce, responseHeaders } = securityHeaders(request(), { NODE_ENV: "production" });
    const csp = directives(responseHeaders.get("content-security-policy")!);
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("worker-src")).toEqual(["'self'"]);
    expect(csp.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
  });

  it("allow eval only to Next's development server", () => {
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n")).not.toContain("'unsafe-eval'");
  });

  it("give each request its own nonce, of 128 random bits, forwarded to Next in the request's policy", () => {
    const a = securityHeaders(request(), {});
    const b = securityHeaders(request(), {});
    expect(a.nonce).not.toBe(b.nonce);
    expect(Buffer.from(a.nonce, "base64")).toHaveLength(16);
    expect(a.requestHeaders.get("content-security-policy")).toBe(a.responseHeaders.get("content-security-policy"));
    expect(a.requestHeaders.get("content-security-policy")).toContain(`'nonce-${a.nonce}'`);
    expect(a.requestHeaders.get("x-nonce")).toBe(a.nonce);
  });

  it("send the headers that need no nonce", () => {
    const { responseHeaders } = securityHeaders(request(), {});
    expect(responseHeaders.get("x-frame-options")).toBe("DENY");
    expect(responseHeaders.get("x-content-type-options")).toBe("nosniff");
    expect(responseHeaders.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(responseHeaders.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(responseHeaders.get("permissions-policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it("send HSTS only over https, or when told to", () => {
    expect(securityHeaders(request(), {}).responseHeaders.has("strict-transport-security")).toBe(false);
    expect(securityHeaders(request("https://party.example/"), {}).responseHeaders.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    expect(securityHeaders(request(), { HSTS: "1" }).responseHeaders.has("strict-transport-security")).toBe(true);
  });

  it("make a request id, and take the caller's only when told to trust it and it is well formed", () => {
    const made = securityHeaders(request("http://localhost/", { "x-request-id": "from-outside" }), {});
    expect(made.requestId).not.toBe("from-outside");
    expect(made.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.requestHeaders.get("x-request-id")).toBe(made.requestId);
    expect(made.responseHeaders.get("x-request-id")).toBe(made.requestId);

    expect(securityHeaders(request("http://localhost/", { "x-request-id": "lb-42.abc" }), { TRUST_REQUEST_ID: "1" }).requestId).toBe("lb-42.abc");
    const forged = securityHeaders(request("http://localhost/", { "x-request-id": "a\"} injected" }), { TRUST_REQUEST_ID: "1" });
    expect(forged.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("land on a response the proxy returns, a redirect included", () => {
    const security = securityHeaders(request(), {});
    const response = withSecurityHeaders(new Response(null, { status: 307, headers: { location: "http://localhost/login" } }), security);
    expect(response.headers.get("content-security-policy")).toContain(security.nonce);
    expect(response.headers.get("location")).toBe("http://localhost/login");
  });
});
