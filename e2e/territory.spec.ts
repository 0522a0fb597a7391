import type { Page } from "@playwright/test";
import { expect, formAlert, signInAs, test } from "./fixtures";

const FORBIDDEN = "ليست لديك صلاحية القيام بهذا الإجراء في هذا النطاق.";

/** The links of the list on a territory page (not the breadcrumbs). */
function list(page: Page) {
  return page.getByRole("table");
}

async function openRegion(page: Page, region: string) {
  await page.goto("/territory");
  await list(page).getByRole("link", { name: region, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `جهة ${region}` })).toBeVisible();
}

async function openProvince(page: Page, region: string, province: string) {
  await openRegion(page, region);
  await list(page).getByRole("link", { name: province, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: province })).toBeVisible();
}

/** The id at the end of a link's address, read from the page as a visitor would. */
async function idOf(link: ReturnType<Page["getByRole"]>): Promise<string> {
  const href = await link.getAttribute("href");
  const id = href?.match(/\/(\d+)$/)?.[1];
  if (!id) throw new Error(`no id in ${href}`);
  return id;
}

/** A Souss-Massa branch (the first one listed in Tiznit): its id, its name and its province's id. */
async function soussBranch(page: Page) {
  await openRegion(page, "سوس - ماسة");
  const provinceId = await idOf(list(page).getByRole("link", { name: "تيزنيت", exact: true }));
  await list(page).getByRole("link", { name: "تيزنيت", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "تيزنيت" })).toBeVisible();
  const link = list(page).getByRole("row").nth(1).getByRole("link");
  return { id: await idOf(link), name: (await link.textContent())!.trim(), provinceId };
}

/**
 * Waits until the branch form answers in the browser (it is hydrated), so that a change made to the
 * page by hand is not undone by React; the branch's name is then typed back. (Opened again at the
 * address of a refused save, the page can come back with the browser's restored, emptied field.)
 */
async function waitForBranchForm(page: Page, value: string) {
  const name = page.getByLabel("اسم الفرع بالعربية");
  await expect(async () => {
    await name.fill("");
    await name.blur();
    await expect(page.getByText("هذا الحقل مطلوب.")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await name.fill(value);
}

/** Opens the delete confirmation (retrying until the page is hydrated and the button answers). */
async function askToDelete(page: Page, trigger: string) {
  await expect(async () => {
    await page.getByRole("button", { name: trigger }).click();
    await expect(page.getByRole("button", { name: "تأكيد الحذف" })).toBeVisible({ timeout: 1000 });
  }).toPass();
}

test.describe("territory", () => {
  test("the bureau browses from the nation to a branch by name, with breadcrumbs", async ({ page }) => {
    await signInAs(page, "bureau");
    await page.getByRole("navigation", { name: "التنقل الرئيسي" }).getByRole("link", { name: "الهيكلة الترابية" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "الهيكلة الترابية" })).toBeVisible();
    await expect(list(page).getByRole("row")).toHaveCount(13);

    await list(page).getByRole("link", { name: "فاس - مكناس", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "جهة فاس - مكناس" })).toBeVisible();
    await expect(list(page).getByRole("row")).toHaveCount(10);

    await list(page).getByRole("link", { name: "صفرو", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "صفرو" })).toBeVisible();

    await list(page).getByRole("link", { name: "فرع صفرو", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "فرع صفرو" })).toBeVisible();
    const crumbs = page.getByRole("navigation", { name: "مسار التصفح" });
    await expect(crumbs.getByRole("link")).toHaveText(["المستوى الوطني", "فاس - مكناس", "صفرو"]);
    await expect(page.getByRole("link", { name: "تعديل الفرع" })).toBeVisible();

    await crumbs.getByRole("link", { name: "فاس - مكناس" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "جهة فاس - مكناس" })).toBeVisible();
  });

  test("officer.fes adds a branch in Meknès, sees it on the province page, then adds a cell and deletes it", async ({ page }) => {
    await signInAs(page, "officerFes");
    await openProvince(page, "فاس - مكناس", "مكناس");
    await page.getByRole("link", { name: "إضافة فرع" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "فرع جديد في مكناس" })).toBeVisible();

    await page.getByRole("button", { name: "إنشاء" }).click();
    await expect(page.getByText("هذا الحقل مطلوب.").first()).toBeVisible();

    await page.getByLabel("اسم الفرع بالعربية").fill("فرع حي الزيتون");
    await page.getByLabel("اسم الفرع بالفرنسية").fill("Section Hay Zitoune");
    await page.getByLabel("المدينة أو الجماعة").fill("مكناس");
    await page.getByLabel("العنوان").fill("شارع الزيتون، مكناس");
    await expect(page.getByLabel("العمالة أو الإقليم")).toHaveValue(/\d+/);
    await page.getByRole("button", { name: "إنشاء" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "فرع حي الزيتون" })).toBeVisible();
    await expect(page).toHaveURL(/\/territory\/branches\/\d+\?created=branch$/);

    await page.getByRole("navigation", { name: "مسار التصفح" }).getByRole("link", { name: "مكناس", exact: true }).click();
    await expect(list(page).getByRole("link", { name: "فرع حي الزيتون" })).toBeVisible();
    await list(page).getByRole("link", { name: "فرع حي الزيتون" }).click();

    await page.getByRole("link", { name: "إضافة خلية" }).click();
    await page.getByLabel("اسم الخلية").fill("خلية شباب الزيتون");
    await page.getByLabel("نوع الخلية").selectOption({ label: "خلية شبابية" });
    await page.getByLabel("تاريخ التأسيس").fill("2017-06-04");
    await page.getByLabel("عدد أعضاء الخلية").fill("12");
    await page.getByRole("button", { name: "إنشاء" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "فرع حي الزيتون" })).toBeVisible();
    const row = list(page).getByRole("row", { name: /خلية شباب الزيتون/ });
    await expect(row).toContainText("خلية شبابية");
    await expect(row).toContainText("4 يونيو 2017");
    await expect(row).toContainText("12");

    // a new branch has no members: it can be deleted, after confirming
    await page.getByRole("link", { name: "تعديل الفرع" }).click();
    await askToDelete(page, "حذف الفرع");
    await page.getByRole("button", { name: "تأكيد الحذف" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "مكناس" })).toBeVisible();
    await expect(list(page).getByRole("link", { name: "فرع حي الزيتون" })).toHaveCount(0);
  });

  test("a branch that still has members cannot be deleted, and the user is told why", async ({ page }) => {
    await signInAs(page, "bureau");
    await openProvince(page, "فاس - مكناس", "فاس");
    const rows = list(page).getByRole("row");
    const count = await rows.count();
    let target: string | null = null;
    for (let i = 1; i < count && !target; i++) {
      if ((await rows.nth(i).getByRole("cell").last().textContent())?.trim() !== "0") target = await idOf(rows.nth(i).getByRole("link"));
    }
    expect(target).not.toBeNull();
    await page.goto(`/territory/branches/${target}/edit`);
    await askToDelete(page, "حذف الفرع");
    await page.getByRole("button", { name: "إلغاء" }).click();
    await expect(page.getByRole("button", { name: "تأكيد الحذف" })).toHaveCount(0);
    await askToDelete(page, "حذف الفرع");
    await page.getByRole("button", { name: "تأكيد الحذف" }).click();
    await expect(formAlert(page)).toHaveText("لا يمكن الحذف: هذا العنصر مرتبط بعناصر أخرى.");
    await expect(page.getByRole("button", { name: "تأكيد الحذف" })).toHaveCount(0);
    await page.goto(`/territory/branches/${target}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("officer.fes gets the 403 page on the edit page of a Souss-Massa branch", async ({ page }) => {
    await signInAs(page, "officerFes");
    const souss = await soussBranch(page);
    await expect(page.getByRole("link", { name: "إضافة فرع" })).toHaveCount(0);
    await page.goto(`/territory/branches/${souss.id}`);
    await expect(page.getByRole("heading", { level: 1, name: souss.name })).toBeVisible();
    await expect(page.getByRole("link", { name: "تعديل الفرع" })).toHaveCount(0);
    await page.goto(`/territory/branches/${souss.id}/edit`);
    await expect(page.getByRole("heading", { name: "الدخول غير مسموح" })).toBeVisible();
    await page.goto(`/territory/provinces/${souss.provinceId}/branches/new`);
    await expect(page.getByRole("heading", { name: "الدخول غير مسموح" })).toBeVisible();
  });

  test("a forged submission cannot reach a Souss-Massa branch or move a branch there", async ({ page }) => {
    await signInAs(page, "officerFes");
    const souss = await soussBranch(page);

    await openProvince(page, "فاس - مكناس", "إفران");
    const ownLink = list(page).getByRole("row").nth(1).getByRole("link");
    const own = { id: await idOf(ownLink), name: (await ownLink.textContent())!.trim() };
    await page.goto(`/territory/branches/${own.id}/edit`);
    await waitForBranchForm(page, own.name);

    // 1. the hidden id changed to the Souss-Massa branch
    await page.evaluate((id) => {
      (document.querySelector('input[type="hidden"][name="id"]') as HTMLInputElement).value = id;
    }, souss.id);
    await page.getByLabel("اسم الفرع بالعربية").fill("فرع مزور");
    await page.getByRole("button", { name: "حفظ" }).click();
    await expect(formAlert(page)).toHaveText(FORBIDDEN);

    // 2. the province select given a Souss-Massa province
    await page.goto(`/territory/branches/${own.id}/edit`);
    await waitForBranchForm(page, own.name);
    await page.evaluate((provinceId) => {
      const select = document.querySelector('select[name="provinceId"]') as HTMLSelectElement;
      select.add(new Option("تيزنيت", provinceId));
      select.value = provinceId;
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }, souss.provinceId);
    await expect(page.getByLabel("العمالة أو الإقليم")).toHaveValue(souss.provinceId);
    await page.getByRole("button", { name: "حفظ" }).click();
    await expect(formAlert(page)).toHaveText(FORBIDDEN);

    await page.goto(`/territory/branches/${souss.id}`);
    await expect(page.getByRole("heading", { level: 1, name: souss.name })).toBeVisible();
    await page.goto(`/territory/branches/${own.id}`);
    await expect(page.getByRole("heading", { level: 1, name: own.name })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "مسار التصفح" })).toContainText("إفران");
  });

  test("a member browses the territory but sees no edit buttons", async ({ page }) => {
    await signInAs(page, "member");
    await openProvince(page, "فاس - مكناس", "صفرو");
    await expect(page.getByRole("link", { name: "إضافة فرع" })).toHaveCount(0);
    await list(page).getByRole("link", { name: "فرع صفرو", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "فرع صفرو" })).toBeVisible();
    await expect(page.getByRole("link", { name: "تعديل الفرع" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "إضافة خلية" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /تعديل/ })).toHaveCount(0);
    const branchUrl = page.url();
    await page.goto(`${branchUrl}/edit`);
    await expect(page.getByRole("heading", { name: "الدخول غير مسموح" })).toBeVisible();
  });

  test("in French, the places are named in French", async ({ page }) => {
    await signInAs(page, "member");
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("button", { name: "العربية" })).toBeVisible();
    await page.goto("/territory");
    await expect(page.getByRole("heading", { level: 1, name: "Organisation territoriale" })).toBeVisible();
    await list(page).getByRole("link", { name: "Fès-Meknès", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Région Fès-Meknès" })).toBeVisible();
    await list(page).getByRole("link", { name: "Sefrou", exact: true }).click();
    await list(page).getByRole("link", { name: "Section de Sefrou", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Section de Sefrou" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Fil d'Ariane" }).getByRole("link")).toHaveText(["Niveau national", "Fès-Meknès", "Sefrou"]);
  });
});
