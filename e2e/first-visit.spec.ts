import { expect, test } from "./fixtures";

// What a phone downloads on its first visit to the sign-in page, everything counted as it came over
// the wire (compressed, with headers): fonts, scripts, styles, the HTML and the icon.
const FIRST_VISIT_BUDGET_BYTES = 250 * 1024;
const FONTS_BUDGET_BYTES = 120 * 1024;

test("a first visit to the sign-in page transfers at most 250 KB, fonts at most 120 KB", async ({ browser }) => {
  // a fresh context: no cache, no cookie, no service worker
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "ar-MA" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });

  const requests = new Map<string, { url: string; type: string }>();
  const transferred: { url: string; type: string; bytes: number }[] = [];
  cdp.on("Network.requestWillBeSent", (event) => {
    requests.set(event.requestId, { url: event.request.url, type: event.type ?? "Other" });
  });
  cdp.on("Network.responseReceived", (event) => {
    const known = requests.get(event.requestId);
    if (known) known.type = event.type;
  });
  cdp.on("Network.loadingFinished", (event) => {
    const request = requests.get(event.requestId);
    if (request) transferred.push({ ...request, bytes: event.encodedDataLength });
  });

  await page.goto("/login", { waitUntil: "networkidle" });
  await expect(page.getByRole("button", { name: "دخول" })).toBeVisible();
  // a last look after the page has settled: anything it fetches late is counted too
  await page.waitForLoadState("networkidle");

  const byType = new Map<string, { count: number; bytes: number }>();
  for (const { type, bytes } of transferred) {
    const entry = byType.get(type) ?? { count: 0, bytes: 0 };
    byType.set(type, { count: entry.count + 1, bytes: entry.bytes + bytes });
  }
  const total = transferred.reduce((sum, r) => sum + r.bytes, 0);
  const fonts = byType.get("Font")?.bytes ?? 0;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    [
      `first visit to /login: ${kb(total)} in ${transferred.length} responses`,
      ...[...byType].sort((a, b) => b[1].bytes - a[1].bytes).map(([type, { count, bytes }]) => `  ${type.padEnd(10)} ${String(count).padStart(3)}  ${kb(bytes)}`),
    ].join("\n"),
  );
  await context.close();

  expect(transferred.length).toBeGreaterThan(3);
  // the Arabic page does take its font: a budget met by fetching none would prove nothing
  expect(byType.get("Font")?.count ?? 0, "font files").toBeGreaterThan(0);
  expect(fonts, "fonts").toBeLessThanOrEqual(FONTS_BUDGET_BYTES);
  expect(total, "everything").toBeLessThanOrEqual(FIRST_VISIT_BUDGET_BYTES);
});
