import type { Page } from "@playwright/test";
import { expect, formAlert, signInAs, test } from "./fixtures";

const fesMeknesProvinces = ["فاس", "مكناس", "الحاجب", "إفران", "مولاي يعقوب", "صفرو", "بولمان", "تاونات", "تازة"];

function memberTable(page: Page) {
  return page.getByRole("table", { name: "لائحة الأعضاء" });
}

async function search(page: Page, query: string) {
  await page.getByRole("searchbox", { name: "بحث" }).fill(query);
  await page.getByRole("button", { name: "بحث", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test.describe("member directory", () => {
  test("the bureau searches احمد and finds the members written أحمد", async ({ page }) => {
    await signInAs(page, "bureau");
    await page.getByRole("link", { name: "الأعضاء" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "الأعضاء" })).toBeVisible();
    await search(page, "احمد");
    const table = memberTable(page);
    await expect(table.getByRole("link", { name: /أحمد/ }).first()).toBeVisible();
    // every name found holds the searched name, written with or without its hamza
    for (const name of await table.getByRole("link").allTextContents()) expect(name).toMatch(/[اأ]حمد/);
  });

  test("officer.fes sees only the members of Fès-Meknès", async ({ page }) => {
    await signInAs(page, "officerFes");
    await page.goto("/members");
    await expect(page.getByLabel("الجهة", { exact: true }).getByRole("option")).toHaveText(["فاس - مكناس"]);
    const rows = memberTable(page).getByRole("row");
    await expect(rows.nth(1)).toBeVisible();
    const count = await rows.count();
    for (let i = 1; i < count; i++) {
      const branchCell = await rows.nth(i).getByRole("cell").nth(2).innerText();
      expect(fesMeknesProvinces.some((province) => branchCell.split("\n").includes(province))).toBe(true);
    }
  });

  test("officer.fes registers a member in one of his branches and finds him by search", async ({ page }) => {
    const number = `E2E-${Date.now()}`;
    await signInAs(page, "officerFes");
    await page.goto("/members");
    await page.getByRole("link", { name: "عضو جديد" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "عضو جديد" })).toBeVisible();
    await page.getByLabel("الاسم الكامل بالعربية").fill("عبد الإله الصفريوي");
    await page.getByLabel("الاسم بالحروف اللاتينية").fill("Abdelilah Sefrioui");
    await page.getByLabel("رقم العضوية").fill(number);
    await page.getByLabel("العمالة أو الإقليم").selectOption({ label: "فاس" });
    await page.getByLabel("الفرع").selectOption({ index: 1 });
    await page.getByRole("button", { name: "تسجيل العضو" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "عبد الإله الصفريوي" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "سُجّل العضو." })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "فاس - مكناس" })).toBeVisible();

    await page.goto("/members");
    await search(page, "عبد الاله الصفريوي");
    await expect(memberTable(page).getByRole("row")).toHaveCount(2);
    await expect(memberTable(page).getByRole("cell", { name: number })).toBeVisible();
  });

  test("a member opening /members gets the 403 page", async ({ page }) => {
    await signInAs(page, "member");
    await page.goto("/members");
    // the status line is already sent (200) when the (app) loading boundary streams; the page is the 403 one
    await expect(page.getByRole("heading", { level: 1, name: "الدخول غير مسموح" })).toBeVisible();
    await expect(page.getByText("403", { exact: true })).toBeVisible();
    await expect(page.getByRole("table", { name: "لائحة الأعضاء" })).toHaveCount(0);
  });

  test("a bad submission is answered under its fields", async ({ page }) => {
    await signInAs(page, "bureau");
    await page.goto("/members/new");
    await page.getByRole("button", { name: "تسجيل العضو" }).click();
    const name = page.getByLabel("الاسم الكامل بالعربية");
    await expect(name).toHaveAccessibleDescription("هذا الحقل مطلوب.");
    await expect(name).toHaveAttribute("aria-invalid", "true");

    // a number already taken is refused by the server, under its own field
    await name.fill("سناء العمراني");
    await page.getByLabel("رقم العضوية").fill("100001");
    await page.getByLabel("العمالة أو الإقليم").selectOption({ label: "تيزنيت" });
    await page.getByLabel("الفرع").selectOption({ index: 1 });
    await page.getByRole("button", { name: "تسجيل العضو" }).click();
    await expect(formAlert(page)).toHaveText("هذه القيمة مستعملة من قبل.");
    await expect(page.getByLabel("رقم العضوية")).toHaveAccessibleDescription("هذه القيمة مستعملة من قبل.");
  });
});
