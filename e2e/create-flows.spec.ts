import { moroccoDay } from "./dates";
import { expect, signInAs, test } from "./fixtures";

test.describe("a create lands on a page that says so and offers the next step", () => {
  test("the Bureau adds two parallel workshops in a row from the banner, the second starting from the first's day and times", async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, "bureau");
    await page.goto("/sessions/new");
    await page.getByLabel("رقم الدورة").fill("26");
    await page.getByLabel("تاريخ البداية").fill(moroccoDay(470));
    await page.getByLabel("تاريخ النهاية").fill(moroccoDay(471));
    await page.getByLabel("مكان الانعقاد").fill("المقر الوطني للحزب بالرباط");
    await page.getByLabel("المدينة").fill("الرباط");
    await page.getByRole("button", { name: "إنشاء الدورة" }).click();

    const created = page.getByRole("status").filter({ hasText: "أُنشئت الدورة" });
    await expect(created).toContainText("✓");
    await created.getByRole("link", { name: "إضافة الورشة الأولى" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ورشة جديدة" })).toBeVisible();

    // the end before the start is said on leaving the field, and stays beside the empty title once
    // the form is sent: both at once, in the browser, nothing sent
    await page.getByLabel("ساعة البداية").fill("15:00");
    await page.getByLabel("ساعة النهاية").fill("14:00");
    await page.getByLabel("ساعة النهاية").blur();
    const endBeforeStart = page.getByText("يجب أن تكون ساعة النهاية بعد ساعة البداية.");
    await expect(endBeforeStart).toBeVisible();
    await page.getByRole("button", { name: "إضافة الورشة" }).click();
    await expect(page.getByLabel("عنوان الورشة")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("هذا الحقل مطلوب.")).toBeVisible();
    await expect(endBeforeStart).toBeVisible();
    await expect(page).toHaveURL(/\/workshops\/new$/);

    await page.getByLabel("عنوان الورشة").fill("ورشة التنظيم");
    await page.getByLabel("التاريخ").fill(moroccoDay(471));
    await page.getByLabel("ساعة النهاية").fill("18:00");
    await page.getByRole("button", { name: "إضافة الورشة" }).click();
    await expect(page).toHaveURL(/\/workshops\/\d+\/edit\?created=workshop$/);
    const workshopCreated = page.getByRole("status").filter({ hasText: "أُنشئت الورشة" });
    await expect(workshopCreated).toContainText("✓");
    await expect(page.getByRole("heading", { level: 1, name: "الورشة الأولى: ورشة التنظيم" })).toBeVisible();

    // the next workshop runs beside the first: same day, same times, the next number
    await workshopCreated.getByRole("link", { name: "إضافة ورشة أخرى" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ورشة جديدة" })).toBeVisible();
    await expect(page.getByLabel("رقم الورشة")).toHaveValue("2");
    await expect(page.getByLabel("التاريخ")).toHaveValue(moroccoDay(471));
    await expect(page.getByLabel("ساعة البداية")).toHaveValue("15:00");
    await expect(page.getByLabel("ساعة النهاية")).toHaveValue("18:00");
    await page.getByLabel("عنوان الورشة").fill("ورشة التواصل");
    await page.getByRole("button", { name: "إضافة الورشة" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "الورشة الثانية: ورشة التواصل" })).toBeVisible();

    await page.getByRole("status").filter({ hasText: "أُنشئت الورشة" }).getByRole("link", { name: "العودة إلى الدورة" }).click();
    await expect(page).toHaveURL(/\/sessions\/\d+$/);
    await expect(page.getByRole("heading", { name: "ورشة التنظيم", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "ورشة التواصل", exact: true })).toBeVisible();
    // the banner belongs to the arrival only
    await expect(page.getByRole("status").filter({ hasText: "أُنشئت" })).toHaveCount(0);
  });
});

test("the language switch stays on the page, its query string included", async ({ page }) => {
  await signInAs(page, "bureau");
  await page.goto("/reports/compliance?region=1");
  await page.getByRole("button", { name: "Français" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/\/reports\/compliance\?region=1$/);
  await page.getByRole("button", { name: "العربية" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page).toHaveURL(/\/reports\/compliance\?region=1$/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the menus close once a choice is made in them", async ({ page }) => {
    await signInAs(page, "bureau");
    const menu = page.getByRole("navigation", { name: "التنقل الرئيسي" });
    await page.getByRole("button", { name: "القائمة" }).click();
    await expect(menu).toBeVisible();
    await menu.getByRole("link", { name: "الأعضاء" }).click();
    await expect(page).toHaveURL(/\/members$/);
    await expect(menu).toBeHidden();

    await page.getByRole("button", { name: "قائمة المستخدم" }).click();
    await expect(page.getByRole("button", { name: "تسجيل الخروج", exact: true })).toBeVisible();
    await page.getByRole("link", { name: "تغيير كلمة المرور" }).click();
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByRole("button", { name: "تسجيل الخروج", exact: true })).toBeHidden();

    // the switch in the user menu comes back to this page too
    await page.getByRole("button", { name: "قائمة المستخدم" }).click();
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByRole("button", { name: "Se déconnecter", exact: true })).toBeHidden();
  });
});
