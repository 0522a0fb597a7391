import { expect, signInAs, test, type AccountName } from "./fixtures";

const navigation: Record<AccountName, { shown: string[]; hidden: string[]; role: string; scope: string | null }> = {
  admin: { shown: ["لوحة القيادة", "دورات اللجنة المركزية", "مهامي", "اليومية", "التقارير والتقييم", "خطة التجذر", "الدبلوماسية الحزبية", "الهيكلة الترابية", "الأعضاء", "المستخدمون", "سجل العمليات", "البريد الصادر"], hidden: [], role: "مدير النظام", scope: "وطني" },
  bureau: {
    shown: ["لوحة القيادة", "الهيكلة الترابية", "الأعضاء"],
    hidden: ["المستخدمون", "سجل العمليات"],
    role: "عضو المكتب السياسي",
    scope: "وطني",
  },
  officerFes: {
    shown: ["لوحة القيادة", "الهيكلة الترابية", "الأعضاء"],
    hidden: ["المستخدمون", "سجل العمليات"],
    role: "مسؤول ترابي",
    scope: "فاس - مكناس",
  },
  officerSouss: {
    shown: ["لوحة القيادة", "الهيكلة الترابية", "الأعضاء"],
    hidden: ["المستخدمون"],
    role: "مسؤول ترابي",
    scope: "سوس - ماسة",
  },
  officerSefrou: { shown: ["لوحة القيادة", "الأعضاء"], hidden: ["المستخدمون"], role: "مسؤول ترابي", scope: "صفرو" },
  member: { shown: ["لوحة القيادة", "دورات اللجنة المركزية", "مهامي", "اليومية", "خطة التجذر", "الهيكلة الترابية"], hidden: ["التقارير والتقييم", "الدبلوماسية الحزبية", "الأعضاء", "المستخدمون", "سجل العمليات"], role: "عضو", scope: null },
};

test.describe("each role signs in and sees its own navigation", () => {
  for (const [account, expected] of Object.entries(navigation) as [AccountName, (typeof navigation)[AccountName]][]) {
    test(account, async ({ page }) => {
      await signInAs(page, account);
      const nav = page.getByRole("navigation", { name: "التنقل الرئيسي" });
      for (const label of expected.shown) await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
      for (const label of expected.hidden) await expect(nav.getByRole("link", { name: label, exact: true })).toHaveCount(0);
      await page.getByRole("button", { name: "قائمة المستخدم" }).click();
      await expect(page.getByTestId("user-role")).toHaveText(expected.role);
      if (expected.scope) await expect(page.getByTestId("user-scope")).toHaveText(expected.scope);
      else await expect(page.getByTestId("user-scope")).toHaveCount(0);
    });
  }
});

test("the dashboard shows the officer the figures of his region only", async ({ page }) => {
  await signInAs(page, "officerFes");
  const table = page.getByRole("table", { name: "الأعضاء حسب الجهة" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("link", { name: "فاس - مكناس" })).toBeVisible();
});

test("the language switch flips the page to French, left to right, and back", async ({ page }) => {
  await signInAs(page, "bureau");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await page.getByRole("button", { name: "Français" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Organisation territoriale" })).toBeVisible();
  await page.getByRole("button", { name: "العربية" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "لوحة القيادة" })).toBeVisible();
});

test("on a phone the navigation opens from the menu button", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAs(page, "bureau");
  const sideNav = page.getByRole("navigation", { name: "التنقل الرئيسي" });
  await expect(sideNav.getByRole("link", { name: "الأعضاء" })).toBeHidden();
  await page.getByRole("button", { name: "القائمة" }).click();
  await sideNav.getByRole("link", { name: "الأعضاء" }).click();
  await expect(page).toHaveURL(/\/members/);
});
