import type { APIResponse, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

// The seeded open campaign, and a draft report of it that the Fès-Meknès officer may fill.
const CAMPAIGN = "تقييم الدخول السياسي 2026";
const DRAFT_REPORT = "الكتابة الإقليمية — تاونات";
const BUSY = "الخادم منشغل الآن بإعداد وثائق أخرى، يُرجى إعادة المحاولة بعد بضع ثوانٍ.";

function expectStaticHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
}

function expectPolicy(response: APIResponse): string {
  expectStaticHeaders(response);
  const csp = response.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // served over http here: no HSTS
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
  return csp;
}

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

/** Fails the test on any message of the browser about the policy, on any page of the context. */
function watchPolicy(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy|unsafe-eval/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy|EvalError/i.test(error.message)) violations.push(`${page.url()}: ${error.message}`);
  });
  return violations;
}

test.describe("security headers", () => {
  test("every kind of response carries them: a page, the sign-in, an API route, a static file, the service worker, a redirect", async ({ page, request }) => {
    const login = await request.get("/login");
    expect(login.status()).toBe(200);
    const csp = expectPolicy(login);
    // the nonce Next put on its scripts is the one of this response's policy
    const html = await login.text();
    const scriptNonces = [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonceOf(csp)]));
    // no script without it
    expect([...html.matchAll(/<script(?![^>]*\snonce=)[^>]*>/g)]).toEqual([]);

    expectPolicy(await request.get("/api/health"));
    const worker = await request.get("/serwist/sw.js");
    expect(worker.status()).toBe(200);
    expectPolicy(worker);
    const icon = await request.get("/icon.svg");
    expectStaticHeaders(icon);

    const chunk = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(chunk).toBeTruthy();
    const staticFile = await request.get(chunk!);
    expect(staticFile.status()).toBe(200);
    expectStaticHeaders(staticFile);

    // a signed-out visit is still sent to the sign-in, with the headers on the redirect
    const redirect = await request.get("/sessions", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers()["location"]).toContain("/login?callbackUrl=%2Fsessions");
    expectPolicy(redirect);
    const csvSignedOut = await request.get("/api/reports/compliance.csv", { maxRedirects: 0 });
    expect(csvSignedOut.status()).toBe(307);
    expectPolicy(csvSignedOut);

    // signed in: a page and a file download
    await signInAs(page, "bureau");
    const dashboard = await page.request.get("/");
    expect(dashboard.status()).toBe(200);
    expectPolicy(dashboard);
    await page.goto("/reports/compliance");
    const csvHref = await page.getByRole("link", { name: "تحميل CSV" }).getAttribute("href");
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expectPolicy(csv);
  });

  test("each response has its own nonce and request id; the caller's request id is not trusted", async ({ request }) => {
    const [a, b] = [await request.get("/login"), await request.get("/login")];
    expect(nonceOf(a.headers()["content-security-policy"])).not.toBe(nonceOf(b.headers()["content-security-policy"]));
    expect(a.headers()["x-request-id"]).not.toBe(b.headers()["x-request-id"]);
    const forged = await request.get("/api/health", { headers: { "x-request-id": "chosen-by-the-caller" } });
    expect(forged.headers()["x-request-id"]).not.toBe("chosen-by-the-caller");
  });

  test("a page cannot be framed by another site", async ({ page, request }) => {
    const response = await request.get("/login");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    // and the browser holds to it: a frame of the sign-in stays empty
    await page.setContent(`<iframe id="f" src="${new URL("/login", test.info().project.use.baseURL).href}"></iframe>`);
    const frame = page.frameLocator("#f");
    await expect(frame.getByLabel("البريد الإلكتروني")).toHaveCount(0);
  });

  test("the Bureau's main pages, the forms and the print view run with no policy violation", async ({ page }) => {
    const violations = watchPolicy(page);
    // the sign-in form validates in the browser (zod, without its eval JIT) before it sends anything
    await page.goto("/login");
    await page.getByRole("button", { name: "دخول" }).click();
    await expect(page.getByLabel("البريد الإلكتروني")).toHaveAttribute("aria-invalid", "true");
    await signInAs(page, "bureau");

    await page.goto("/sessions");
    await page.getByRole("link", { name: "الدورة التاسعة", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "الدورة التاسعة" })).toBeVisible();
    const sessionId = new URL(page.url()).pathname.split("/").pop();

    // compliance, then a filed report of the seeded campaign
    await page.goto("/reports/compliance");
    const seeded = await page.getByLabel("الحملة", { exact: true }).locator("option", { hasText: CAMPAIGN }).getAttribute("value");
    await page.goto(`/reports/compliance?campaign=${seeded}`);
    await page.getByRole("link", { name: /^فاس - مكناس: \d+\u200e?%\u200e? أُنجز$/ }).click();
    await page.getByRole("link", { name: "فتح تقرير فاس" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "الكتابة الإقليمية — فاس" })).toBeVisible();

    await page.goto(`/print/sessions/${sessionId}`);
    await expect(page.getByRole("heading", { level: 1, name: "الدورة التاسعة للجنة المركزية" })).toBeVisible();
    await page.goto("/rooting/coverage");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "لوحة القيادة" })).toBeVisible();
    // a client-side navigation loads its chunks under the policy too
    await page.getByRole("navigation").getByRole("link").nth(1).click();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });

  test("an officer's report page still opens offline from the service worker, with no policy violation", async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ serviceWorkers: "allow", extraHTTPHeaders: { "x-forwarded-for": `10.91.${Date.now() % 250}.7` } });
    const officer = await context.newPage();
    const violations = watchPolicy(officer);
    await signInAs(officer, "officerFes");
    await officer.goto("/reports");
    await officer.getByRole("region", { name: CAMPAIGN }).getByRole("link", { name: DRAFT_REPORT, exact: true }).click();
    await expect(officer.getByRole("heading", { level: 1, name: DRAFT_REPORT })).toBeVisible();
    await officer.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // polled from here: waitForFunction would take the predicate's promise itself for a yes
    await expect.poll(() => officer.evaluate(async () => !!navigator.serviceWorker.controller && !!(await caches.match(window.location.href))), { timeout: 30_000 }).toBe(true);

    await context.setOffline(true);
    const reloaded = await officer.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    // the page came back with its scripts running: the form reacts, and says where the text is kept
    await officer.getByLabel("عدد الحاضرين").fill("31");
    await expect(officer.getByText("غير متصل — النص محفوظ على هذا الجهاز")).toBeVisible();
    expect(violations).toEqual([]);
    await context.close();
  });
});

/** The ninth session's print view; skips the test on a server without Chromium, where it offers no PDF. */
async function openNinthSessionPrint(page: Page): Promise<string> {
  await page.goto("/sessions");
  await page.getByRole("link", { name: "الدورة التاسعة", exact: true }).click();
  await expect(page).toHaveURL(/\/sessions\/\d+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await page.goto(`/print/sessions/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "الدورة التاسعة للجنة المركزية" })).toBeVisible();
  // skipped only on a server without Chromium, where the PDF link is hidden by design
  test.skip((await page.getByRole("link", { name: "تحميل PDF" }).count()) === 0, "no Chromium on the server");
  return id;
}

test.describe("PDF printing is bounded", () => {
  test("six downloads at once by one person: one is printed, the others are told to wait, and the next one prints", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "member");
    const id = await openNinthSessionPrint(page);

    const responses = await Promise.all(Array.from({ length: 6 }, () => page.request.get(`/print/sessions/${id}/pdf`)));
    const statuses = responses.map((r) => r.status()).sort();
    expect(statuses).toEqual([200, 429, 429, 429, 429, 429]);
    for (const refused of responses.filter((r) => r.status() === 429)) {
      expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
      expect(await refused.text()).toContain(BUSY);
      expectPolicy(refused);
    }
    const printed = responses.find((r) => r.status() === 200)!;
    expect((await printed.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // the place is free again, and the shared Chromium prints once more
    const again = await page.request.get(`/print/sessions/${id}/pdf`);
    expect(again.status()).toBe(200);
    expect(again.headers()["content-type"]).toBe("application/pdf");
  });

  test("the refusal speaks French to a French reader", async ({ page, context }) => {
    await signInAs(page, "member");
    const id = await openNinthSessionPrint(page);
    await context.addCookies([{ name: "locale", value: "fr", url: page.url() }]);
    const [first, second] = await Promise.all([page.request.get(`/print/sessions/${id}/pdf`), page.request.get(`/print/sessions/${id}/pdf`)]);
    const refused = [first, second].find((r) => r.status() === 429);
    expect(refused, "one of two downloads at once is refused").toBeTruthy();
    expect(await refused!.text()).toContain("Le serveur prépare d’autres documents en ce moment : réessayez dans quelques secondes.");
  });
});
