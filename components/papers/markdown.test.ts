import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("a working paper's Markdown", () => {
  it("renders a table as a <table> with its header and cells", () => {
    const out = html("| المحور | الملاحظة |\n| --- | --- |\n| التنظيم | جيد |\n");
    expect(out).toContain("<table");
    expect(out).toMatch(/<th[^>]*>المحور<\/th>/);
    expect(out).toMatch(/<td[^>]*>التنظيم<\/td>/);
    expect(out).not.toContain("| ---");
  });

  it("parses strikethrough, and still drops raw HTML and images", () => {
    const out = html("~~قديم~~ <script>alert(1)</script> ![صورة](https://example.org/x.png)");
    expect(out).toMatch(/<del[^>]*>قديم<\/del>/);
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
  });
});
