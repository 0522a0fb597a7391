import { describe, expect, it } from "vitest";
import { downloadResponse } from "./download";

describe("downloadResponse", () => {
  it("names an Arabic file for every browser, never sniffed, never shared", async () => {
    const response = downloadResponse({ body: new Uint8Array([37, 80, 68, 70]), type: "application/pdf", name: "الورقة (النهائية).pdf" });
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition.startsWith("attachment; ")).toBe(true);
    // RFC 5987: the UTF-8 name with the characters outside attr-char escaped, ( and ) included
    expect(disposition).toContain("filename*=UTF-8''%D8%A7%D9%84%D9%88%D8%B1%D9%82%D8%A9%20%28%D8%A7%D9%84%D9%86%D9%87%D8%A7%D8%A6%D9%8A%D8%A9%29.pdf");
    expect(disposition).toMatch(/filename="[\x20-\x7e]+"/);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-length")).toBe("4");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it("keeps a plain ASCII name as it is, and quotes what needs quoting", () => {
    expect(downloadResponse({ body: "x", type: "text/plain", name: "programme.ics" }).headers.get("content-disposition")).toBe("attachment; filename=programme.ics");
    expect(downloadResponse({ body: "x", type: "text/plain", name: 'a"b.txt' }).headers.get("content-disposition")).toBe('attachment; filename="a\\"b.txt"');
  });

  it("counts a text body in bytes, shows it when it has no name, and takes extra headers", () => {
    const response = downloadResponse({ body: "سلام", type: "text/calendar; charset=utf-8", headers: { "Referrer-Policy": "no-referrer" } });
    expect(response.headers.get("content-length")).toBe("8");
    expect(response.headers.has("content-disposition")).toBe(false);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });
});
