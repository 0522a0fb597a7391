import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

// Two tabs open the same edit form; the first saves; the second's save is refused and shown.

const STALE = "عدّل شخص آخر هذا السجل";

function conflictNotice(page: Page) {
  return page.getByRole("region", { name: "تعارض في التعديل" });
}

/** The cells of the notice's row for one field: their saved value, then the one typed here. */
function differenceOf(page: Page, field: string) {
  return conflictNotice(page).getByRole("row", { name: field }).getByRole("cell");
}

test.describe("a save over a record someone else changed meanwhile", () => {
  test("a member: the second tab sees the field both changed, keeps its own value, saves it", async ({ page, context }) => {
    const number = `E2E-CONFLICT-${Date.now()}`;
    await signInAs(page, "officerFes");
    await page.goto("/members/new");
    await page.getByLabel("الاسم الكامل بالعربية").fill("هند التازي");
    await page.getByLabel("رقم العضوية").fill(number);
    await page.getByLabel("الهاتف").fill("0610000000");
    await page.getByLabel("العمالة أو الإقليم").selectOption({ label: "فاس" });
    await page.getByLabel("الفرع").selectOption({ index: 1 });
    await page.getByRole("button", { name: "تسجيل العضو" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "هند التازي" })).toBeVisible();
    const memberPage = new URL(page.url()).pathname;

    const tabA = page;
    const tabB = await context.newPage();
    await tabA.goto(`${memberPage}/edit`);
    await tabB.goto(`${memberPage}/edit`);
    await expect(tabB.getByLabel("الهاتف")).toHaveValue("0610000000");

    await tabA.getByLabel("الهاتف").fill("0611111111");
    await tabA.getByRole("button", { name: "حفظ التعديلات" }).click();
    await expect(tabA).toHaveURL(new RegExp(`${memberPage}\\?saved=updated`));

    await tabB.getByLabel("الهاتف").fill("0622222222");
    await tabB.getByRole("button", { name: "حفظ التعديلات" }).click();
    await expect(conflictNotice(tabB).getByRole("alert")).toContainText(STALE);
    await expect(differenceOf(tabB, "الهاتف")).toHaveText(["0611111111", "0622222222"]);
    // only what differs is listed
    await expect(conflictNotice(tabB).getByRole("row", { name: "الاسم الكامل بالعربية" })).toHaveCount(0);
    await expect(tabB).toHaveURL(new RegExp(`${memberPage}/edit$`));

    await conflictNotice(tabB).getByRole("button", { name: "الإبقاء على تعديلي" }).click();
    await expect(conflictNotice(tabB)).toHaveCount(0);
    await expect(tabB.getByRole("status").filter({ hasText: "اضغط زر الحفظ مرة أخرى" })).toBeVisible();
    await expect(tabB.getByLabel("الهاتف")).toHaveValue("0622222222");
    await tabB.getByRole("button", { name: "حفظ التعديلات" }).click();
    await expect(tabB).toHaveURL(new RegExp(`${memberPage}\\?saved=updated`));
    await expect(tabB.getByRole("link", { name: "0622222222" })).toBeVisible();
  });

  test("a branch: the second tab loads their version into the form, changes it and saves", async ({ page, context }) => {
    const name = `فرع التعارض ${Date.now() % 100000}`;
    await signInAs(page, "officerFes");
    await page.goto("/territory");
    await page.getByRole("table").getByRole("link", { name: "فاس - مكناس", exact: true }).click();
    await page.getByRole("table").getByRole("link", { name: "صفرو", exact: true }).click();
    await page.getByRole("link", { name: "إضافة فرع" }).click();
    await page.getByLabel("اسم الفرع بالعربية").fill(name);
    await page.getByLabel("المدينة أو الجماعة").fill("صفرو");
    await page.getByRole("button", { name: "إنشاء" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const branchPage = new URL(page.url()).pathname;

    const tabA = page;
    const tabB = await context.newPage();
    await tabA.goto(`${branchPage}/edit`);
    await tabB.goto(`${branchPage}/edit`);
    await expect(tabB.getByLabel("المدينة أو الجماعة")).toHaveValue("صفرو");

    await tabA.getByLabel("المدينة أو الجماعة").fill("البهاليل");
    await tabA.getByRole("button", { name: "حفظ" }).click();
    await expect(tabA).toHaveURL(new RegExp(`${branchPage}$`));

    await tabB.getByLabel("المدينة أو الجماعة").fill("إيموزار كندر");
    await tabB.getByLabel("العنوان").fill("زنقة 7");
    await tabB.getByRole("button", { name: "حفظ" }).click();
    await expect(conflictNotice(tabB).getByRole("alert")).toContainText(STALE);
    await expect(differenceOf(tabB, "المدينة أو الجماعة")).toHaveText(["البهاليل", "إيموزار كندر"]);
    await expect(differenceOf(tabB, "العنوان")).toHaveText(["(فارغ)", "زنقة 7"]);

    await conflictNotice(tabB).getByRole("button", { name: "تحميل نسختهم" }).click();
    await expect(conflictNotice(tabB)).toHaveCount(0);
    await expect(tabB.getByRole("status").filter({ hasText: "حُمّلت نسختهم" })).toBeVisible();
    await expect(tabB.getByLabel("المدينة أو الجماعة")).toHaveValue("البهاليل");
    await expect(tabB.getByLabel("العنوان")).toHaveValue("");

    // their version is now the one this form saves over
    await tabB.getByLabel("العنوان").fill("زنقة 9");
    await tabB.getByRole("button", { name: "حفظ" }).click();
    await expect(tabB).toHaveURL(new RegExp(`${branchPage}$`));
    await expect(tabB.getByText("زنقة 9")).toBeVisible();
    await expect(tabB.getByText("البهاليل").first()).toBeVisible();
  });
});
