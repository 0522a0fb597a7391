import type { Page } from "@playwright/test";
import { arabicDate, moroccoDay } from "./dates";
import { expect, signInAs, test } from "./fixtures";

/** The Fès-Meknès row of the regions table: its restructured branches ("45 من 58 …") and last activity. */
async function fesRow(page: Page) {
  await page.goto("/rooting/coverage");
  const row = page.getByRole("table", { name: /لكل جهة/ }).getByRole("row").filter({ has: page.getByRole("link", { name: "فاس - مكناس", exact: true }) });
  await expect(row).toBeVisible();
  // innerText keeps the cells apart (textContent would run their numbers together)
  const text = await row.innerText();
  const [, restructured, total] = text.match(/(\d+) من (\d+)/) ?? [];
  return { row, restructured: Number(restructured), total: Number(total) };
}

test("the Bureau drills from the coverage map to a region, a province and a branch's checklist", async ({ page }) => {
  await signInAs(page, "bureau");
  await page.goto("/rooting/coverage");
  await expect(page.getByRole("heading", { level: 1, name: "التغطية في لمحة" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "خريطة التغطية" })).toBeVisible();
  // every region is a tile that says its share in words, not by colour alone
  const tiles = page.getByRole("group", { name: /خريطة تخطيطية/ }).getByRole("link");
  await expect(tiles).toHaveCount(12);
  await expect(page.getByRole("table", { name: /لكل جهة/ }).getByRole("row")).toHaveCount(13);
  await expect(page.getByRole("img", { name: /منحنى تراكمي/ })).toBeVisible();

  await page.getByRole("link", { name: /^فاس - مكناس: .* من الفروع أعيدت هيكلتها/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "التغطية في جهة فاس - مكناس" })).toBeVisible();
  const provinces = page.getByRole("table", { name: /لكل عمالة أو إقليم/ });
  await expect(provinces.getByRole("row")).toHaveCount(10);

  await provinces.getByRole("link", { name: "صفرو", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "التغطية في صفرو" })).toBeVisible();
  const branches = page.getByRole("table", { name: /فروع الإقليم/ });
  await branches.getByRole("link", { name: "فرع صفرو", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1, name: "تجذر فرع صفرو" })).toBeVisible();
  const checklist = page.getByRole("list", { name: "مؤشرات التجذر" });
  await expect(checklist.getByRole("listitem")).toHaveCount(4);
  await expect(checklist.getByText("أعيدت هيكلة الفرع")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "مسار التصفح" }).getByRole("link", { name: "صفرو" })).toBeVisible();
});

test("officer.fes records a restructuring and an activity, and the checklist and the coverage table follow", async ({ page }) => {
  await signInAs(page, "officerFes");
  const before = await fesRow(page);
  // his own region only
  await expect(page.getByRole("group", { name: /خريطة تخطيطية/ }).getByRole("link")).toHaveCount(1);

  await page.getByRole("link", { name: /^فاس - مكناس:/ }).click();
  await page.getByRole("table", { name: /لكل عمالة أو إقليم/ }).getByRole("link", { name: "تازة", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "التغطية في تازة" })).toBeVisible();
  // a branch where nothing has been done yet
  const row = page.getByRole("table", { name: /فروع الإقليم/ }).getByRole("row").filter({ hasText: "0 من 4" }).first();
  const name = ((await row.getByRole("link").textContent()) ?? "").trim();
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: `تجذر ${name}` })).toBeVisible();
  await expect(page.getByText("المؤشرات المحققة: 0 من 4")).toBeVisible();

  await page.getByLabel("تاريخ إعادة الهيكلة").fill(moroccoDay(-45));
  await page.getByRole("button", { name: "حفظ التواريخ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "حُفظت التواريخ." })).toBeVisible();
  await expect(page.getByText("المؤشرات المحققة: 1 من 4")).toBeVisible();

  // a negative number of people is refused under its field, in Arabic
  await page.getByLabel("التاريخ", { exact: true }).fill(moroccoDay());
  await page.getByLabel("نوع النشاط").selectOption({ label: "لقاء تواصلي مفتوح" });
  await page.getByLabel("وصف موجز").fill("لقاء مع ساكنة الحي حول الطريق المؤدية إلى السوق");
  await page.getByLabel("عدد المواطنين الذين بلغهم النشاط").fill("-3");
  await page.getByRole("button", { name: "تسجيل نشاط" }).click();
  await expect(page.getByText("القيمة أصغر من المسموح (0).")).toBeVisible();
  await page.getByLabel("عدد المواطنين الذين بلغهم النشاط").fill("45");
  await page.getByRole("button", { name: "تسجيل نشاط" }).click();
  await expect(page.getByRole("status").filter({ hasText: "سُجّل النشاط." })).toBeVisible();
  const activities = page.getByRole("table", { name: /أنشطة الفرع/ });
  await expect(activities.getByRole("row").filter({ hasText: "لقاء مع ساكنة الحي حول الطريق" })).toContainText("45");
  await expect(page.getByText("المؤشرات المحققة: 2 من 4")).toBeVisible();
  const checklist = page.getByRole("list", { name: "مؤشرات التجذر" });
  await expect(checklist.getByRole("listitem").filter({ hasText: "أعيدت هيكلة الفرع" })).not.toContainText("غير محقق");
  await expect(checklist.getByRole("listitem").filter({ hasText: "نشاط مع المواطنين" })).not.toContainText("غير محقق");

  const after = await fesRow(page);
  expect(after.total).toBe(before.total);
  expect(after.restructured).toBe(before.restructured + 1);
  await expect(after.row).toContainText(arabicDate(moroccoDay()));
});

test("a member sees the national summary only", async ({ page }) => {
  await signInAs(page, "member");
  await page.goto("/rooting/coverage");
  await expect(page.getByRole("heading", { level: 1, name: "التغطية في لمحة" })).toBeVisible();
  await expect(page.getByText(/تعرض هذه الصفحة الحصيلة الوطنية/)).toBeVisible();
  await expect(page.getByRole("group", { name: /خريطة تخطيطية/ })).toHaveCount(0);
  await expect(page.getByRole("img", { name: /منحنى تراكمي/ })).toBeVisible();
  const response = await page.goto("/rooting/coverage?region=3");
  expect(response?.status()).toBe(403);
});
