import { moroccoDay } from "./dates";
import { expect, signInAs, test } from "./fixtures";

test.describe("invitations to a session", () => {
  test("the Bureau convenes a session, the member answers سأحضر, the Bureau counts it and the attendance sheet shows it", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "bureau");
    await page.goto("/sessions");
    await page.getByRole("link", { name: "دورة جديدة" }).click();
    await page.getByLabel("رقم الدورة").fill("17");
    await page.getByLabel("تاريخ البداية").fill(moroccoDay(480));
    await page.getByLabel("تاريخ النهاية").fill(moroccoDay(481));
    await page.getByLabel("مكان الانعقاد").fill("المقر الوطني للحزب بالرباط");
    await page.getByLabel("المدينة").fill("الرباط");
    await page.getByRole("button", { name: "إنشاء الدورة" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "الدورة السابعة عشرة" })).toBeVisible();
    // the session's own address, without the arrival's ?created=session
    const sessionUrl = page.url().replace(/\?.*$/, "");

    await page.getByRole("link", { name: "إضافة جلسة" }).click();
    await page.getByLabel("عنوان الجلسة").fill("الجلسة الافتتاحية");
    await page.getByLabel("التاريخ").fill(moroccoDay(480));
    await page.getByLabel("ساعة البداية").fill("10:00");
    await page.getByRole("button", { name: "إضافة الجلسة" }).click();
    await expect(page).toHaveURL(/\/sittings\/\d+\/edit\?created=sitting$/);
    const attendanceUrl = page.url().replace(/\/edit\?.*$/, "/attendance");

    await page.goto(sessionUrl);
    const invitees = page.getByRole("navigation", { name: "أجوبة المدعوين" });
    // before convening, the list is not yet made: the committee becomes it on convening
    await page.getByRole("button", { name: "نشر الدورة ودعوة الأعضاء" }).click();
    await page.getByRole("dialog", { name: "نشر الدورة ودعوة الأعضاء؟" }).getByRole("button", { name: "نشر الدورة ودعوة الأعضاء" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم تغيير حالة الدورة." })).toBeVisible();
    await expect(invitees.getByRole("link", { name: "لا أحد سيحضر" })).toBeVisible();

    await signInAs(page, "member");
    const card = page.getByRole("region", { name: "دعوات تنتظر جوابك" });
    const mine = card.getByRole("listitem").filter({ hasText: "دعوتك إلى الدورة السابعة عشرة" });
    await expect(mine).toBeVisible();
    await page.goto("/notifications");
    await expect(page.getByText("دعوة إلى الدورة السابعة عشرة للجنة المركزية").first()).toBeVisible();

    // on a phone the card fits the screen
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    await expect(mine.getByRole("button", { name: "تأكيد الجواب" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await mine.getByRole("radio", { name: "سأحضر" }).check();
    await mine.getByRole("button", { name: "تأكيد الجواب" }).click();
    // answered, it no longer waits on the home page
    await expect(mine).toHaveCount(0);
    await page.goto(sessionUrl);
    await expect(page.getByText("جوابك: سأحضر")).toBeVisible();

    // the email's link chooses the answer; the page writes nothing before its button
    await page.goto(`${sessionUrl}/invitation?answer=excused`);
    await expect(page.getByRole("radio", { name: "أعتذر" })).toBeChecked();
    await expect(page.getByText("جوابك: سأحضر")).toBeVisible();

    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAs(page, "bureau");
    await page.goto(sessionUrl);
    await invitees.getByRole("link", { name: "عضو واحد سيحضر" }).click();
    const list = page.getByRole("table", { name: "لائحة المدعوين" });
    await expect(list.getByRole("row")).toHaveCount(2);
    const name = (await list.getByRole("row").nth(1).getByRole("cell").first().locator("span").first().textContent())!.trim();

    await page.goto(attendanceUrl);
    await page.getByRole("searchbox", { name: "بحث بالاسم أو رقم العضوية" }).fill(name);
    await page.getByRole("searchbox", { name: "بحث بالاسم أو رقم العضوية" }).press("Enter");
    const line = page.getByRole("row").filter({ hasText: name });
    await expect(line).toContainText("أكّد حضوره");
  });
});
