import type { Page, Request, Route } from "@playwright/test";
import { createAccount, expect, formAlert, LoginPage, signInAs, test } from "./fixtures";

/**
 * The router prefetches links (again after an action, and when the user menu opens), and a prefetch
 * answered after the sign-out sets the session cookie again, since the proxy renews it on every
 * response: no prefetch is let out while signing out.
 */
async function signOut(page: Page) {
  const isPrefetch = (request: Request) => Boolean(request.headers()["next-router-prefetch"]);
  const blockPrefetch = (route: Route) => (isPrefetch(route.request()) ? route.abort() : route.fallback());
  await page.route("**/*", blockPrefetch);
  await page.getByRole("button", { name: "قائمة المستخدم" }).click();
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1, name: "تسجيل الدخول" })).toBeVisible();
  await page.unroute("**/*", blockPrefetch);
}

// the lock's minute, less the moment it takes to show it
const LOCKED_FOR_A_MINUTE = /^محاولات كثيرة غير ناجحة\. أُوقف الدخول مؤقتًا، أعد المحاولة بعد (دقيقة واحدة|ثانية واحدة|ثانيتين|\d+ ثوانٍ|\d+ ثانية)\.$/;

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test.describe("accounts", () => {
  test("a new account signs in with its temporary password, must change it, then uses the new one", async ({ page }) => {
    const account = { name: "نادية العلوي", email: `nadia.${unique()}@example.org`, password: "Temporaire-2026" };
    await signInAs(page, "admin");
    await createAccount(page, account);
    await expect(page.getByText("أُنشئ الحساب.")).toBeVisible();
    await signOut(page);

    const login = new LoginPage(page);
    await login.signIn(account.email, account.password);
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByText("يجب تغيير كلمة المرور المؤقتة قبل المتابعة.")).toBeVisible();
    await page.getByLabel("كلمة المرور الحالية").fill(account.password);
    await page.getByLabel("كلمة المرور الجديدة", { exact: true }).fill("Nouvelle-2026-nadia");
    await page.getByLabel("تأكيد كلمة المرور الجديدة").fill("Nouvelle-2026-nadia");
    await page.getByRole("button", { name: "حفظ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "لوحة القيادة" })).toBeVisible();
    await signOut(page);

    await login.signIn(account.email, "Nouvelle-2026-nadia");
    await expect(page.getByRole("heading", { level: 1, name: "لوحة القيادة" })).toBeVisible();
  });

  test("a member is refused the accounts and the log, and is not offered them", async ({ page }) => {
    await signInAs(page, "member");
    await expect(page.getByRole("link", { name: "المستخدمون" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "سجل العمليات" })).toHaveCount(0);
    for (const path of ["/admin/users", "/admin/audit", "/admin/users/new"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "الدخول غير مسموح" })).toBeVisible();
    }
  });

  test("a deactivated account can no longer sign in, and the log shows who deactivated it", async ({ page }) => {
    const account = { name: "حسن البقالي", email: `hassan.${unique()}@example.org`, password: "Temporaire-2026" };
    await signInAs(page, "admin");
    await expect(page.getByRole("link", { name: "المستخدمون" })).toBeVisible();
    await createAccount(page, account);
    await page.getByRole("button", { name: "تعطيل الحساب" }).click();
    await expect(page.getByRole("status").filter({ hasText: "عُطّل الحساب." })).toBeVisible();
    await expect(page.getByRole("button", { name: "إعادة تفعيل الحساب" })).toBeVisible();
    await signOut(page);

    const login = new LoginPage(page);
    await login.signIn(account.email, account.password);
    await expect(formAlert(page)).toHaveText("هذا الحساب معطّل. راسل مدير النظام.");
    await expect(page).toHaveURL(/\/login/);

    await signInAs(page, "admin");
    await page.getByRole("link", { name: "سجل العمليات" }).first().click();
    await page.getByLabel("العملية").fill("user.deactivate");
    await page.getByRole("button", { name: "تصفية" }).click();
    await expect(page).toHaveURL(/action=user\.deactivate/);
    const row = page.getByRole("row").filter({ hasText: account.email });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("user.deactivate");
    await expect(row).toContainText("مدير النظام");
  });

  test("an admin sees a sign-in lock and lifts it", async ({ page, browser }) => {
    const email = `locked.${unique()}@example.org`;
    const guesser = await browser.newContext();
    const guesserPage = await guesser.newPage();
    const login = new LoginPage(guesserPage);
    await login.goto();
    for (let i = 0; i < 6; i++) {
      await login.fill(email, `wrong-password-${i}`);
      await login.submit();
      await expect(formAlert(guesserPage)).toHaveText(/غير صحيحين|أُوقف الدخول/);
    }
    await expect(formAlert(guesserPage)).toHaveText(LOCKED_FOR_A_MINUTE);

    await signInAs(page, "admin");
    await page.getByRole("link", { name: "إيقافات الدخول" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "إيقافات الدخول" })).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("حساب من عنوان");
    await expect(row).toContainText("5");
    await row.getByRole("button", { name: /رفع الإيقاف/ }).click();
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);

    // the address may try again: a wrong password is an answer again, not a lock
    await login.fill(email, "wrong-password-7");
    await login.submit();
    await expect(formAlert(guesserPage)).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحين.");
    await guesser.close();
  });
});
