import { accounts, expect, formAlert, LoginPage, signInAs, test } from "./fixtures";

// the lock's minute, less the moment it takes to show it
const LOCKED_FOR_A_MINUTE = /^محاولات كثيرة غير ناجحة\. أُوقف الدخول مؤقتًا، أعد المحاولة بعد (دقيقة واحدة|ثانية واحدة|ثانيتين|\d+ ثوانٍ|\d+ ثانية)\.$/;

test.describe("sign-in", () => {
  test("a wrong password gets one Arabic message that does not say which field was wrong", async ({ page }) => {
    const login = new LoginPage(page);
    await login.signIn(accounts.bureau.email, "not-the-password-1");
    await expect(formAlert(page)).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحين.");
    await login.fill("nobody@example.org", "not-the-password-1");
    await login.submit();
    await expect(formAlert(page)).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحين.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the sixth failed attempt from an address is refused for a minute", async ({ page }) => {
    // an email no other test signs in with: the lock holds for a minute on this server
    const email = "locked.out@example.org";
    const login = new LoginPage(page);
    await login.goto();
    for (let i = 0; i < 5; i++) {
      await login.fill(email, `wrong-password-${i}`);
      await login.submit();
      await expect(formAlert(page)).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحين.");
    }
    await login.fill(email, "wrong-password-6");
    await login.submit();
    await expect(formAlert(page)).toHaveText(LOCKED_FOR_A_MINUTE);
    await expect(page).toHaveURL(/\/login/);
  });

  test("a forged X-Forwarded-For does not escape the lock: the server counts the socket's address", async ({ page, context }) => {
    const email = `rotating.${Date.now()}@example.org`;
    const login = new LoginPage(page);
    await login.goto();
    for (let i = 0; i < 5; i++) {
      // a new address each time, in both headers a client might hope the server reads
      await context.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i + 1}`, "x-party-client-address": `198.51.100.${i + 1}`, "x-real-ip": `192.0.2.${i + 1}` });
      await login.fill(email, `wrong-password-${i}`);
      await login.submit();
      await expect(formAlert(page)).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحين.");
    }
    await context.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.99", "x-party-client-address": "198.51.100.99" });
    await login.fill(email, "wrong-password-6");
    await login.submit();
    await expect(formAlert(page)).toHaveText(LOCKED_FOR_A_MINUTE);
  });

  test("the signed-out are sent to sign-in and come back where they were going", async ({ page }) => {
    await page.goto("/account/password");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    const login = new LoginPage(page);
    await login.fill(accounts.member.email, accounts.member.password);
    await login.submit();
    await expect(page).toHaveURL(/\/account\/password$/);
  });

  test("the password can be shown and hidden", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    const password = page.getByLabel("كلمة المرور", { exact: true });
    await password.fill("secret-1234");
    await expect(password).toHaveAttribute("type", "password");
    await page.getByRole("button", { name: "إظهار كلمة المرور" }).click();
    await expect(password).toHaveAttribute("type", "text");
  });

  test("sign-out ends the session", async ({ page }) => {
    await signInAs(page, "member");
    await page.getByRole("button", { name: "قائمة المستخدم" }).click();
    await page.getByRole("button", { name: "تسجيل الخروج" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
});

const SESSION_COOKIE = "authjs.session-token";

test.describe("sessions", () => {
  test("a copy of the cookie taken before sign-out is refused after it", async ({ page, context, browser }) => {
    await signInAs(page, "officerSouss");
    const saved = await context.storageState();
    expect(saved.cookies.some((cookie) => cookie.name === SESSION_COOKIE)).toBe(true);
    await page.getByRole("button", { name: "قائمة المستخدم" }).click();
    await page.getByRole("button", { name: "تسجيل الخروج" }).click();
    await expect(page).toHaveURL(/\/login/);

    const replay = await browser.newContext({ storageState: saved });
    const other = await replay.newPage();
    await other.goto("/members");
    await expect(other).toHaveURL(/\/login/);
    await expect(other.getByRole("heading", { level: 1, name: "تسجيل الدخول" })).toBeVisible();
    await replay.close();
  });

  test("sign out of all devices ends this session and the others", async ({ page, context, browser }) => {
    await signInAs(page, "officerSefrou");
    // a second device, signed in on its own
    const phone = await browser.newContext();
    const phonePage = await phone.newPage();
    await signInAs(phonePage, "officerSefrou");
    const copy = await context.storageState();

    await page.goto("/account/password");
    await page.getByRole("button", { name: "تسجيل الخروج من كل الأجهزة" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=everywhere/);
    await expect(page.getByText("أُنهيت جلساتك على كل الأجهزة. سجّل الدخول من جديد.")).toBeVisible();

    await phonePage.goto("/");
    await expect(phonePage).toHaveURL(/\/login/);
    const replay = await browser.newContext({ storageState: copy });
    const replayPage = await replay.newPage();
    await replayPage.goto("/");
    await expect(replayPage).toHaveURL(/\/login/);
    // signing in again works at once
    await signInAs(page, "officerSefrou");
    await phone.close();
    await replay.close();
  });

  test("an active session is renewed at most every SESSION_RENEW_SECONDS: a visit within it keeps the cookie, one after moves its expiry", async ({ page, context }) => {
    // the browser tests' server renews after 5 seconds (scripts/e2e-server.mjs), the app after 60 by default
    await signInAs(page, "member");
    const cookie = async () => (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
    const first = await cookie();
    // the idle limit (8 hours by default) from now
    expect(first.expires * 1000).toBeGreaterThan(Date.now() + 7.9 * 3600_000);
    expect(first.expires * 1000).toBeLessThan(Date.now() + 8.1 * 3600_000);
    // at once: the page is served, the cookie is not issued again
    expect((await page.request.get("/calendar")).status()).toBe(200);
    expect((await cookie()).value).toBe(first.value);
    await page.waitForTimeout(5_100);
    await page.goto("/calendar");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const renewed = await cookie();
    expect(renewed.value).not.toBe(first.value);
    expect(renewed.expires).toBeGreaterThanOrEqual(first.expires + 5);
  });
});
