import type { Locator, Page, Request } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

/** The server-action posts the page sends (Next marks them with a Next-Action header). */
function actionPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) posts.push(request);
  });
  return posts;
}

/** The one-time key a post carried: the `_once` field of its multipart body (React prefixes the names). */
function keyOf(request: Request): string | null {
  return /name="(?:_\d+_)?_once"\r\n\r\n([0-9a-f]+)\r\n/.exec(request.postData() ?? "")?.[1] ?? null;
}

/** A slow line: every server action takes a second and a half to reach the server. */
async function slowActions(page: Page) {
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fallback();
  });
}

/**
 * Waits until the material form answers in the browser (a file over the limit is refused at once),
 * so that a click is React's and not a plain post of the page.
 */
async function waitUntilHydrated(form: Locator) {
  const field = form.getByLabel("الملف");
  await expect(async () => {
    await field.setInputFiles({ name: "كبير.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x25) });
    await expect(form.getByText("حجم الملف يتجاوز 20 ميغابايت.")).toBeVisible({ timeout: 1000 });
  }).toPass();
}

/** A regional training (the Bureau's to record), opened from the list. */
async function openRegionalTraining(page: Page) {
  await page.goto("/rooting/trainings");
  await page.getByRole("main").getByRole("link", { name: /^لقاء تكويني جهوي/ }).first().click();
  await expect(page.getByRole("form", { name: "إضافة الوثيقة" })).toBeVisible();
}

test.describe("double submits and large files", () => {
  test("a double click on a slow line creates one branch", async ({ page }) => {
    await signInAs(page, "officerFes");
    const name = `فرع النقرتين ${Date.now() % 100_000}`;
    await page.goto("/territory");
    await page.getByRole("table").getByRole("link", { name: "فاس - مكناس", exact: true }).click();
    await page.getByRole("table").getByRole("link", { name: "مكناس", exact: true }).click();
    await page.getByRole("link", { name: "إضافة فرع" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "فرع جديد في مكناس" })).toBeVisible();
    // the form answers in the browser (it is hydrated) before the double click
    await expect(async () => {
      await page.getByRole("button", { name: "إنشاء" }).click();
      await expect(page.getByText("هذا الحقل مطلوب.").first()).toBeVisible({ timeout: 1000 });
    }).toPass();
    await page.getByLabel("اسم الفرع بالعربية").fill(name);
    await page.getByLabel("المدينة أو الجماعة").fill("مكناس");

    const posts = actionPosts(page);
    await slowActions(page);
    // the two clicks of a double click on a slow phone, both before the page has drawn the button as
    // busy (Playwright's own dblclick leaves React the time to disable it in between)
    await page.getByRole("button", { name: "إنشاء" }).evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/\/territory\/branches\/\d+\?created=branch$/);
    const url = page.url();

    // whatever reached the server carried one key (Next drops a queued second submit once the first
    // has redirected; when it does not, the server answers it with the first's branch)
    await Promise.all(posts.map((post) => post.response()));
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(keyOf(posts[0])).toMatch(/^[0-9a-f]{32}$/);
    for (const post of posts) expect(keyOf(post)).toBe(keyOf(posts[0]));
    await expect(page).toHaveURL(url);

    await page.unrouteAll({ behavior: "wait" });
    await page.getByRole("navigation", { name: "مسار التصفح" }).getByRole("link", { name: "مكناس", exact: true }).click();
    await expect(page.getByRole("table").getByRole("link", { name, exact: true })).toHaveCount(1);
  });

  test("a double click on a slow line adds a training's material once", async ({ page }) => {
    await signInAs(page, "bureau");
    await openRegionalTraining(page);
    const form = page.getByRole("form", { name: "إضافة الوثيقة" });
    await waitUntilHydrated(form);
    const title = `دليل النقرتين ${Date.now() % 100_000}`;
    await form.getByLabel("عنوان الوثيقة").fill(title);
    await form.getByLabel("أو رابط").fill("https://example.org/guide.pdf");

    const posts = actionPosts(page);
    await slowActions(page);
    await form.getByRole("button", { name: "إضافة الوثيقة" }).evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    // the form stays on the page: its second submit is sent once the first is answered, with the same key
    await expect.poll(() => posts.length).toBe(2);
    await Promise.all(posts.map((post) => post.response()));
    expect(keyOf(posts[0])).toMatch(/^[0-9a-f]{32}$/);
    expect(keyOf(posts[1])).toBe(keyOf(posts[0]));
    await page.unrouteAll({ behavior: "wait" });
    await page.reload();
    await expect(page.getByRole("link", { name: new RegExp(`^${title}`) })).toHaveCount(1);
  });

  test("a document over 10 MB is refused as it is chosen, in Arabic, and never sent", async ({ page }) => {
    await signInAs(page, "bureau");
    await page.goto("/diplomacy/agreements/new");
    const posts = actionPosts(page);
    const field = page.getByLabel("نص الاتفاقية الموقع");
    const big = { name: "اتفاقية.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25) };
    // retried until the page is hydrated and the field answers
    await expect(async () => {
      await field.setInputFiles(big);
      await expect(page.getByText("حجم الوثيقة يتجاوز 10 ميغابايت.")).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    expect(await field.evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
    expect(posts).toHaveLength(0);

    // a file within the limit clears the message
    await field.setInputFiles({ name: "اتفاقية.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n") });
    await expect(page.getByText("حجم الوثيقة يتجاوز 10 ميغابايت.")).toHaveCount(0);
  });

  test("a training material over 20 MB is refused as it is chosen, in Arabic, and never sent", async ({ page }) => {
    await signInAs(page, "bureau");
    await openRegionalTraining(page);
    const form = page.getByRole("form", { name: "إضافة الوثيقة" });
    await expect(form).toBeVisible();
    const posts = actionPosts(page);
    const field = form.getByLabel("الملف");
    await waitUntilHydrated(form);
    expect(await field.evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
    expect(posts).toHaveLength(0);
  });
});
