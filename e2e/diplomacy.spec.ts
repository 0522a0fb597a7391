import type { Page } from "@playwright/test";
import { moroccoDay } from "./dates";
import { expect, signInAs, test, type AccountName } from "./fixtures";

/** Chooses a partner party in the picker, retrying until the page is hydrated and the list answers. */
async function chooseParty(page: Page, search: string, name: string) {
  const filter = page.getByRole("searchbox", { name: "ابحث في الأحزاب" });
  await expect(async () => {
    await filter.fill("");
    await filter.fill(search);
    await expect(page.getByRole("button", { name: `إضافة ${name}` })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.getByRole("button", { name: `إضافة ${name}` }).click();
  await expect(page.getByRole("button", { name: `إزالة ${name}` })).toBeVisible();
}

test.describe("party diplomacy", () => {
  test("the Bureau records a visit and an agreement whose overdue follow-up shows on the dashboard", async ({ page }) => {
    await signInAs(page, "bureau");
    await page.getByRole("navigation", { name: "التنقل الرئيسي" }).getByRole("link", { name: "الدبلوماسية الحزبية" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "الدبلوماسية الحزبية" })).toBeVisible();

    // a delegation received at headquarters
    await page.getByRole("navigation", { name: "أقسام الدبلوماسية الحزبية" }).getByRole("link", { name: "الزيارات واللقاءات" }).click();
    await page.getByRole("link", { name: "لقاء جديد" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "لقاء جديد" })).toBeVisible();
    await chooseParty(page, "الفرنسي", "الحزب الشيوعي الفرنسي");
    await page.getByLabel("التاريخ", { exact: true }).fill(moroccoDay(-30));
    await page.getByLabel("نوع اللقاء", { exact: true }).selectOption({ label: "استقبال بالمقر" });
    await page.getByLabel("المكان", { exact: true }).fill("المقر المركزي للحزب بالرباط");
    await page.getByLabel("المشاركون من جانب الحزب", { exact: true }).fill("الأمين العام للحزب\nعضو المكتب السياسي المكلف بالعلاقات الخارجية");
    await page.getByLabel("المشاركون من الجانب الآخر", { exact: true }).fill("Sophie Marchand\nLucas Bernard");
    await page.getByLabel("المواضيع", { exact: true }).fill("التحضير لمهرجان الحزب الفرنسي والتضامن مع القضايا الوطنية.");
    await page.getByRole("button", { name: "تسجيل اللقاء" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /المقر المركزي للحزب بالرباط/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /الحزب الشيوعي الفرنسي/ })).toBeVisible();
    await expect(page.getByText("Sophie Marchand")).toBeVisible();

    // an agreement with the Peruvian party
    await page.goto("/diplomacy/agreements");
    await page.getByRole("link", { name: "اتفاقية جديدة" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "اتفاقية جديدة" })).toBeVisible();
    await chooseParty(page, "القوة", "حزب القوة الشعبية");
    await page.getByLabel("عنوان الاتفاقية", { exact: true }).fill("بروتوكول تعاون في مجال التكوين");
    await page.getByLabel("تاريخ التوقيع", { exact: true }).fill(moroccoDay(-170));
    await page.getByLabel("مكان التوقيع", { exact: true }).fill("ليما");
    await page.getByLabel("الموقعون", { exact: true }).fill("الأمين العام للحزب\nرئيسة حزب القوة الشعبية");
    await page.getByLabel("الأهداف", { exact: true }).fill("تبادل الخبرات في تكوين الأطر\nتنظيم دورة تكوينية مشتركة");
    await page.getByRole("button", { name: "تسجيل الاتفاقية" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "بروتوكول تعاون في مجال التكوين" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "تنظيم دورة تكوينية مشتركة" })).toBeVisible();

    // a follow-up action already past its due date
    await page.getByRole("link", { name: "إضافة إجراء تتبع" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "إضافة إجراء تتبع" })).toBeVisible();
    await page.getByLabel("الإجراء", { exact: true }).fill("إرسال مشروع برنامج التكوين إلى الحزب الشريك");
    const ownerSearch = page.getByRole("combobox", { name: "المكلف بالتتبع" });
    await expect(async () => {
      await ownerSearch.fill("");
      await ownerSearch.fill("ال");
      await expect(page.getByRole("option").first()).toBeVisible({ timeout: 2000 });
    }).toPass();
    await page.getByRole("option").first().click();
    await expect(page.getByRole("button", { name: /^إزالة / })).toBeVisible();
    await page.getByLabel("الأجل", { exact: true }).fill(moroccoDay(-150));
    await page.getByRole("button", { name: "إضافة الإجراء" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "بروتوكول تعاون في مجال التكوين" })).toBeVisible();
    const row = page.getByRole("listitem").filter({ hasText: "إرسال مشروع برنامج التكوين إلى الحزب الشريك" });
    await expect(row.getByText("متأخر", { exact: true })).toBeVisible();
    await expect(row.getByText("مفتوح", { exact: true })).toBeVisible();

    // the Bureau's dashboard lists it among the overdue follow-ups
    await page.goto("/");
    const overdue = page.getByRole("region", { name: "إجراءات التتبع المتأخرة" });
    await expect(overdue.getByRole("link", { name: "إرسال مشروع برنامج التكوين إلى الحزب الشريك" })).toBeVisible();
    await expect(overdue.getByText("بروتوكول تعاون في مجال التكوين", { exact: false })).toBeVisible();
  });

  test("a partner party without an Arabic name is answered under the field", async ({ page }) => {
    await signInAs(page, "bureau");
    await page.goto("/diplomacy/parties/new");
    await page.getByLabel("الاسم الأصلي", { exact: true }).fill("Partido Socialista Obrero Español");
    await page.getByLabel("البلد", { exact: true }).selectOption({ label: "إسبانيا" });
    await page.getByRole("button", { name: "إضافة الحزب" }).click();
    const name = page.getByLabel("اسم الحزب بالعربية", { exact: true });
    await expect(name).toHaveAccessibleDescription("هذا الحقل مطلوب.");
    await expect(name).toHaveAttribute("aria-invalid", "true");
  });

  for (const account of ["member", "officerFes"] as AccountName[]) {
    test(`${account} has no link to party diplomacy and gets 403 on its pages`, async ({ page }) => {
      await signInAs(page, account);
      await expect(page.getByRole("navigation", { name: "التنقل الرئيسي" }).first()).toBeAttached();
      await expect(page.getByRole("link", { name: "الدبلوماسية الحزبية" })).toHaveCount(0);
      await expect(page.getByRole("region", { name: "إجراءات التتبع المتأخرة" })).toHaveCount(0);
      for (const path of ["/diplomacy", "/diplomacy/parties", "/diplomacy/agreements/new", "/diplomacy/meetings/1"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { level: 1, name: "الدخول غير مسموح" })).toBeVisible();
      }
      const search = await page.request.get("/members/search?for=owner&q=ال");
      expect(search.status()).toBe(403);
    });
  }
});
