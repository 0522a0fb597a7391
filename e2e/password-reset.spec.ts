import { readFile } from "node:fs/promises";
import { ninthSession } from "./dates";
import { createAccount, expect, formAlert, LoginPage, signInAs, test } from "./fixtures";
import { lastEmailTo } from "./mailbox";

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/** An .ics file as its readers see it: folded lines joined again. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");

test.describe("a forgotten password", () => {
  test("is reset by the emailed link, once, and the new password signs in", async ({ page, browser }) => {
    const account = { name: "سعاد المرابط", email: `souad.${unique()}@example.org`, password: "Temporaire-2026" };
    const admin = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.91.${Date.now() % 250}.1` } });
    const adminPage = await admin.newPage();
    await signInAs(adminPage, "admin");
    await createAccount(adminPage, account);
    await admin.close();

    await page.goto("/login");
    await page.getByRole("link", { name: "نسيت كلمة المرور؟" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "استعادة كلمة المرور" })).toBeVisible();
    // a malformed email is answered under its field, in Arabic
    await page.getByLabel("البريد الإلكتروني").fill("ليس بريدًا");
    await page.getByRole("button", { name: "أرسل الرابط" }).click();
    await expect(page.getByText("أدخل بريدًا إلكترونيًا صحيحًا.")).toBeVisible();

    // an unknown email and a known one get the same sentence
    await page.getByLabel("البريد الإلكتروني").fill(`nobody.${unique()}@example.org`);
    await page.getByRole("button", { name: "أرسل الرابط" }).click();
    const sent = page.getByRole("status").filter({ hasText: "صالح لمدة 30 دقيقة" });
    await expect(sent).toBeVisible();
    const unknownAnswer = await sent.textContent();
    await page.reload();
    await page.getByLabel("البريد الإلكتروني").fill(account.email);
    await page.getByRole("button", { name: "أرسل الرابط" }).click();
    await expect(sent).toBeVisible();
    expect(await sent.textContent()).toBe(unknownAnswer);

    const email = await lastEmailTo(account.email);
    const link = /http:\/\/localhost:\d+(\/reset-password\/[A-Za-z0-9_-]{43})/.exec(email.text)?.[1];
    expect(link, email.text).toBeDefined();

    await page.goto(link!);
    await expect(page.getByRole("heading", { level: 1, name: "اختيار كلمة مرور جديدة" })).toBeVisible();
    // the same rules as everywhere, under the field
    await page.getByLabel("كلمة المرور الجديدة", { exact: true }).fill("short");
    await page.getByLabel("تأكيد كلمة المرور الجديدة").fill("short");
    await page.getByRole("button", { name: "حفظ كلمة المرور الجديدة" }).click();
    await expect(page.getByText("يجب أن تتكون كلمة المرور من 10 أحرف على الأقل، منها حرف ورقم.")).toBeVisible();
    await page.getByLabel("كلمة المرور الجديدة", { exact: true }).fill("Jadida-2027-souad");
    await page.getByLabel("تأكيد كلمة المرور الجديدة").fill("Jadida-2027-souad");
    await page.getByRole("button", { name: "حفظ كلمة المرور الجديدة" }).click();
    await expect(page).toHaveURL(/\/login\?reset=done$/);
    await expect(page.getByRole("status").filter({ hasText: "حُفظت كلمة المرور الجديدة" })).toBeVisible();

    // used once: the link is dead, with a page that says so and a 404
    const again = await page.goto(link!);
    expect(again?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "هذا الرابط لم يعد صالحًا" })).toBeVisible();
    await expect(page.getByRole("link", { name: "اطلب رابطًا جديدًا" })).toBeVisible();

    // signed in with nothing until now: the new password opens the account, the temporary one no longer
    const login = new LoginPage(page);
    await login.signIn(account.email, account.password);
    await expect(formAlert(page)).toContainText("البريد الإلكتروني أو كلمة المرور غير صحيحين.");
    await login.signIn(account.email, "Jadida-2027-souad");
    await expect(page.getByRole("heading", { level: 1, name: "لوحة القيادة" })).toBeVisible();
  });

  test("a forged link gets the Arabic page, not found", async ({ page }) => {
    const answer = await page.goto(`/reset-password/${"A".repeat(43)}`);
    expect(answer?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "هذا الرابط لم يعد صالحًا" })).toBeVisible();
  });
});

test.describe("add to calendar", () => {
  test("the session page and a workshop page download the event's .ics in Morocco's time", async ({ page }) => {
    await signInAs(page, "member");
    await page.goto("/sessions");
    await page.getByRole("link", { name: "الدورة التاسعة", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "الدورة التاسعة" })).toBeVisible();

    let downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "أضف إلى التقويم" }).click();
    let file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^session-\d+\.ics$/);
    let ics = unfold(await readFile((await file.path())!, "utf8"));
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics).toContain("SUMMARY:الدورة التاسعة للجنة المركزية");
    expect(ics).toContain(`DTSTART;VALUE=DATE:${ninthSession.startsOn.replaceAll("-", "")}`);
    expect(ics).toContain("END:VCALENDAR");

    await page.getByRole("link", { name: "حصيلة مخطط التجذر وآفاقه" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "حصيلة مخطط التجذر وآفاقه" })).toBeVisible();
    downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "أضف إلى التقويم" }).click();
    file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^workshop-\d+\.ics$/);
    ics = unfold(await readFile((await file.path())!, "utf8"));
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics).toMatch(/SUMMARY:[^\r\n]*حصيلة مخطط التجذر وآفاقه/);
    expect(ics).toContain(`DTSTART;TZID=Africa/Casablanca:${ninthSession.workshopIcs.start}`);
    expect(ics).toContain(`DTEND;TZID=Africa/Casablanca:${ninthSession.workshopIcs.end}`);
    expect(ics).toContain("TZID:Africa/Casablanca");
  });
});
