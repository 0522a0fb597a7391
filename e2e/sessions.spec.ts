import type { Page } from "@playwright/test";
import { arabicDate, moroccoDay, ninthSession } from "./dates";
import { expect, signInAs, test } from "./fixtures";

/** Creates a session from the list page; the ordinal is given so parallel tests never collide. */
async function createSession(page: Page, ordinal: number, expectedName: string) {
  await page.goto("/sessions");
  await page.getByRole("link", { name: "دورة جديدة" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "دورة جديدة" })).toBeVisible();
  await page.getByLabel("رقم الدورة").fill(String(ordinal));
  // the title follows the ordinal until the Bureau writes its own
  await expect(page.getByLabel("عنوان الدورة")).toHaveValue(`${expectedName} للجنة المركزية`);
  // some fifteen months ahead, after the seeded 9th session
  await page.getByLabel("تاريخ البداية").fill(moroccoDay(460));
  await page.getByLabel("تاريخ النهاية").fill(moroccoDay(461));
  await page.getByLabel("مكان الانعقاد").fill("المقر الوطني للحزب بالرباط");
  await page.getByLabel("المدينة").fill("الرباط");
  await page.getByRole("button", { name: "إنشاء الدورة" }).click();
  await expect(page.getByRole("heading", { level: 1, name: expectedName })).toBeVisible();
  await expect(page.getByRole("heading", { name: "الحالة الحالية: مسودة" })).toBeVisible();
  return page.url();
}

async function addWorkshop(page: Page, sessionUrl: string, title: string, times: [string, string]) {
  await page.goto(sessionUrl);
  await page.getByRole("link", { name: "إضافة ورشة" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ورشة جديدة" })).toBeVisible();
  await page.getByLabel("عنوان الورشة").fill(title);
  await page.getByLabel("ساعة البداية").fill(times[0]);
  await page.getByLabel("ساعة النهاية").fill(times[1]);
  await page.getByRole("button", { name: "إضافة الورشة" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
}

test.describe("Central Committee sessions", () => {
  test("the Bureau builds a session's programme, orders a workshop's agenda and convenes it", async ({ page }) => {
    // a long walk through three pages, two workshops and a second tab
    test.setTimeout(120_000);
    await signInAs(page, "bureau");
    const sessionUrl = await createSession(page, 20, "الدورة العشرون");

    await addWorkshop(page, sessionUrl, "ورشة التنظيم", ["15:00", "18:00"]);
    const workshopEditUrl = page.url();
    await addWorkshop(page, sessionUrl, "ورشة التواصل", ["15:00", "18:00"]);
    await expect(page.getByRole("heading", { level: 1, name: "الورشة الثانية: ورشة التواصل" })).toBeVisible();
    const secondWorkshopEditUrl = page.url();

    await page.goto(workshopEditUrl);
    const addItem = page.getByRole("region", { name: "إضافة بند" });
    for (const [title, time] of [
      ["تقديم ورقة العمل", "15:00"],
      ["النقاش", "15:30"],
      ["صياغة التوصيات", "17:30"],
    ]) {
      await addItem.getByLabel("البند").fill(title);
      await addItem.getByLabel("الساعة").fill(time);
      await addItem.getByRole("button", { name: "إضافة بند" }).click();
      await expect(addItem.getByRole("status").filter({ hasText: "أُضيف البند." })).toBeVisible();
      await expect(addItem.getByLabel("البند")).toHaveValue("");
    }
    const items = page.getByRole("list", { name: "بنود جدول الأعمال بالترتيب" }).getByRole("listitem");
    const expectOrder = async (titles: string[]) => {
      await expect(items).toHaveCount(titles.length);
      for (const [i, title] of titles.entries()) await expect(items.nth(i)).toContainText(title);
    };
    await expectOrder(["تقديم ورقة العمل", "النقاش", "صياغة التوصيات"]);

    await page.getByRole("button", { name: "تأخير البند «تقديم ورقة العمل»" }).click();
    await expectOrder(["النقاش", "تقديم ورقة العمل", "صياغة التوصيات"]);
    await page.getByRole("button", { name: "تقديم البند «صياغة التوصيات»" }).click();
    await expectOrder(["النقاش", "صياغة التوصيات", "تقديم ورقة العمل"]);
    await expect(page.getByText("صار البند «صياغة التوصيات» في الرتبة 2 من 3.")).toBeAttached();
    // the focus stays on the moved row, whose arrows also answer Alt+↓ and Alt+↑
    await expect(page.getByRole("button", { name: "تقديم البند «صياغة التوصيات»" })).toBeFocused();
    await page.keyboard.press("Alt+ArrowDown");
    await expectOrder(["النقاش", "تقديم ورقة العمل", "صياغة التوصيات"]);
    await expect(page.getByText("صار البند «صياغة التوصيات» في الرتبة 3 من 3.")).toBeAttached();
    await page.keyboard.press("Alt+ArrowUp");
    await expectOrder(["النقاش", "صياغة التوصيات", "تقديم ورقة العمل"]);
    await expect(page.getByRole("button", { name: "تقديم البند «النقاش»" })).toBeDisabled();

    // a refused plain form says why: the item was deleted from another tab, this page still shows it
    const other = await page.context().newPage();
    await other.goto(workshopEditUrl);
    await other.getByRole("button", { name: "حذف البند «النقاش»" }).click();
    await expect(other.getByRole("list", { name: "بنود جدول الأعمال بالترتيب" }).getByRole("listitem")).toHaveCount(2);
    await other.close();
    await page.getByRole("button", { name: "حذف البند «النقاش»" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "العنصر المطلوب غير موجود أو حُذف." })).toBeVisible();

    // a member placed in both workshops, which run at the same time, is added with a warning;
    // the first time by keyboard alone: type, ArrowDown to the answer, Enter to choose it
    await page.goto(workshopEditUrl);
    const picker = page.getByRole("combobox", { name: "العضو المراد إضافته" });
    await picker.focus();
    await page.keyboard.type("بشرى الحسني");
    const listbox = page.getByRole("listbox");
    await expect(listbox.getByRole("option", { name: /^بشرى الحسني/ })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    // the highlighted option is the active descendant of the field, which keeps the focus
    const highlighted = await listbox.getByRole("option", { name: /^بشرى الحسني/ }).getAttribute("id");
    await expect(picker).toHaveAttribute("aria-activedescendant", highlighted!);
    await expect(picker).toBeFocused();
    // Enter chooses the highlighted member and does not post the form
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "إزالة بشرى الحسني" })).toBeVisible();
    await expect(picker).toHaveValue("");
    await expect(page.getByRole("status").filter({ hasText: "أُضيف المشارك." })).toHaveCount(0);
    // Escape closes the list and empties the field; the choice stays
    await page.keyboard.type("ال");
    await expect(listbox).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(listbox).toHaveCount(0);
    await expect(picker).toHaveValue("");
    await expect(page.getByRole("button", { name: "إزالة بشرى الحسني" })).toBeVisible();
    await page.getByRole("button", { name: "إضافة المشارك" }).press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "أُضيف المشارك." })).toBeVisible();
    await expect(page.getByRole("list", { name: "لائحة المشاركين" })).toContainText("بشرى الحسني");

    await page.goto(secondWorkshopEditUrl);
    await page.getByRole("combobox", { name: "العضو المراد إضافته" }).fill("بشرى الحسني");
    await page.getByRole("option", { name: /^بشرى الحسني/ }).click();
    await page.getByRole("button", { name: "إضافة المشارك" }).click();
    await expect(page.getByRole("status").filter({ hasText: "لكنه مشارك في الوقت نفسه في الورشة الأولى «ورشة التنظيم»" })).toBeVisible();
    await expect(page.getByRole("list", { name: "لائحة المشاركين" })).toContainText("متزامن مع الورشة الأولى «ورشة التنظيم»");

    await page.goto(sessionUrl);
    await expect(page.getByRole("heading", { name: "ورشة التنظيم", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "ورشة التواصل", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "نشر الدورة ودعوة الأعضاء" }).click();
    await page.getByRole("dialog", { name: "نشر الدورة ودعوة الأعضاء؟" }).getByRole("button", { name: "نشر الدورة ودعوة الأعضاء" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم تغيير حالة الدورة." })).toBeVisible();
    await expect(page.getByRole("heading", { name: "الحالة الحالية: منشورة (تمت الدعوة)" })).toBeVisible();
  });

  test("a member opens the published programme and a workshop's agenda", async ({ page }) => {
    await signInAs(page, "member");
    await page.getByRole("link", { name: "دورات اللجنة المركزية" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "دورات اللجنة المركزية" })).toBeVisible();
    await page.getByRole("link", { name: "الدورة التاسعة", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "الدورة التاسعة" })).toBeVisible();
    await expect(page.getByRole("heading", { name: new RegExp(`اليوم 1: ${arabicDate(ninthSession.startsOn)}`) })).toBeVisible();
    await expect(page.getByRole("heading", { name: "الجلسة الافتتاحية" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "الورشات الموازية" })).toBeVisible();
    // a member does not manage the session
    await expect(page.getByRole("button", { name: "نشر الدورة ودعوة الأعضاء" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "تعديل الدورة" })).toHaveCount(0);

    await page.getByRole("link", { name: "حصيلة مخطط التجذر وآفاقه" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "حصيلة مخطط التجذر وآفاقه" })).toBeVisible();
    const agenda = page.getByRole("list", { name: "بنود جدول الأعمال بالترتيب" });
    await expect(agenda.getByRole("listitem")).toHaveCount(3);
    await expect(agenda.getByRole("listitem").first()).toContainText("تقديم ورقة العمل");
    await expect(page.getByRole("list", { name: "لائحة المشاركين" })).toBeVisible();

    await page.goto("/sessions/mine");
    await expect(page.getByRole("link", { name: "حصيلة مخطط التجذر وآفاقه" })).toBeVisible();
  });

  test("a draft session is invisible to members: not listed, 404 by its address", async ({ page, browser }) => {
    await signInAs(page, "bureau");
    const draftUrl = await createSession(page, 19, "الدورة التاسعة عشرة");
    const path = new URL(draftUrl).pathname;

    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.77.${Date.now() % 250}.9` } });
    const memberPage = await context.newPage();
    await signInAs(memberPage, "member");
    await memberPage.goto("/sessions");
    await expect(memberPage.getByRole("link", { name: "الدورة التاسعة", exact: true })).toBeVisible();
    await expect(memberPage.getByRole("link", { name: "الدورة التاسعة عشرة" })).toHaveCount(0);
    await expect(memberPage.getByRole("link", { name: "مسودة" })).toHaveCount(0);

    const response = await memberPage.goto(path);
    expect(response?.status()).toBe(404);
    await expect(memberPage.getByRole("heading", { level: 1, name: "الصفحة غير موجودة" })).toBeVisible();
    await expect(memberPage.getByText("الدورة التاسعة عشرة")).toHaveCount(0);
    await context.close();
  });
});
