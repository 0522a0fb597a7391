import { accounts, expect, signInAs, test } from "./fixtures";
import { lastEmailTo } from "./mailbox";

test.describe("email preferences", () => {
  test("a member turns off the emails of reports and sessions from the account's page", async ({ page }) => {
    await signInAs(page, "member");
    await page.goto("/notifications");
    await page.getByRole("link", { name: "إشعارات البريد الإلكتروني" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "إشعارات البريد الإلكتروني" })).toBeVisible();
    const reports = page.getByRole("group", { name: "التقارير وحملات التقييم" });
    const sessions = page.getByRole("group", { name: "الدورات والدعوات" });
    // nothing chosen yet: every family emailed at once
    await expect(reports.getByRole("radio", { name: "رسالة فورية" })).toBeChecked();
    await reports.getByRole("radio", { name: "بلا بريد" }).check();
    await sessions.getByRole("radio", { name: "بلا بريد" }).check();
    await page.getByRole("group", { name: "الورشات وأوراق العمل" }).getByRole("radio", { name: "ملخص يومي" }).check();
    await page.getByRole("button", { name: "حفظ التفضيلات" }).click();
    await expect(page.getByRole("status").filter({ hasText: "حُفظت تفضيلات البريد." })).toBeVisible();

    await page.reload();
    await expect(reports.getByRole("radio", { name: "بلا بريد" })).toBeChecked();
    await expect(sessions.getByRole("radio", { name: "بلا بريد" })).toBeChecked();
    await expect(page.getByRole("group", { name: "الورشات وأوراق العمل" }).getByRole("radio", { name: "ملخص يومي" })).toBeChecked();
    await expect(page.getByRole("group", { name: "اللقاءات التكوينية (تجذر)" }).getByRole("radio", { name: "رسالة فورية" })).toBeChecked();
    await expect(page.getByText("رسائل الحساب والأمان، كرابط استعادة كلمة المرور، تُرسل دائمًا")).toBeVisible();

    // at 360 px the groups fit without a sideways scroll
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test("the unsubscribe link of an emailed invitation turns the sessions' emails off, signed out, once", async ({ page, browser }) => {
    const email = await lastEmailTo(accounts.officerFes.email, 30_000, /\/unsubscribe\/\d+\.sessions\./);
    expect(email.head).toMatch(/^List-Unsubscribe: <http:\/\/localhost:\d+\/api\/unsubscribe\/\d+\.sessions\.[A-Za-z0-9_-]{32}>/im);
    expect(email.head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
    const link = /http:\/\/localhost:\d+(\/unsubscribe\/\d+\.sessions\.[A-Za-z0-9_-]{32})/.exec(email.text)?.[1];
    expect(link, email.text).toBeDefined();

    const anonymous = await (await browser.newContext()).newPage();
    const opened = await anonymous.goto(link!);
    expect(opened?.status()).toBe(200);
    await expect(anonymous.getByRole("heading", { level: 1, name: "إيقاف رسائل البريد" })).toBeVisible();
    await expect(anonymous.getByText("تتوقف رسائل «الدورات والدعوات»")).toBeVisible();
    await anonymous.getByRole("button", { name: "أوقف هذه الرسائل" }).click();
    await expect(anonymous.getByRole("status").filter({ hasText: "أُوقفت هذه الرسائل." })).toBeVisible();
    await anonymous.reload();
    await expect(anonymous.getByText("رسائل «الدورات والدعوات» موقوفة من قبل.")).toBeVisible();
    await expect(anonymous.getByRole("button", { name: "أوقف هذه الرسائل" })).toHaveCount(0);

    // a forged link: a page in Arabic, answered 404; the one-click post refuses it too, and a GET there writes nothing
    const forged = link!.replace(/\.[A-Za-z0-9_-]{32}$/, `.${"A".repeat(32)}`);
    expect((await anonymous.goto(forged))?.status()).toBe(404);
    await expect(anonymous.getByRole("heading", { level: 1, name: "رابط إلغاء الاشتراك غير صالح" })).toBeVisible();
    expect((await anonymous.request.post(forged.replace("/unsubscribe/", "/api/unsubscribe/"), { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(404);
    expect((await anonymous.request.get(link!.replace("/unsubscribe/", "/api/unsubscribe/"))).status()).toBe(405);
    await anonymous.context().close();

    // the officer's page shows it, and sets it back
    await signInAs(page, "officerFes");
    await page.goto("/account/notifications");
    const sessions = page.getByRole("group", { name: "الدورات والدعوات" });
    await expect(sessions.getByRole("radio", { name: "بلا بريد" })).toBeChecked();
    await sessions.getByRole("radio", { name: "رسالة فورية" }).check();
    await page.getByRole("button", { name: "حفظ التفضيلات" }).click();
    await expect(page.getByRole("status").filter({ hasText: "حُفظت تفضيلات البريد." })).toBeVisible();
  });
});
