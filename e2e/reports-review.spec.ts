import { expect, signInAs, test } from "./fixtures";

// The seeded open campaign "تقييم الدخول السياسي 2026": Meknès and Fès have submitted their reports.
const CAMPAIGN = "تقييم الدخول السياسي 2026";

test.describe.configure({ mode: "serial" });

test("the Bureau follows compliance, returns a report with comments and accepts another; the officer is told", async ({ browser, page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "bureau");

  // compliance at a glance: the grid of regions, the counts, the chart
  await page.goto("/reports/compliance");
  await expect(page.getByRole("heading", { level: 1, name: "متابعة إرسال التقارير" })).toBeVisible();
  const picker = page.getByLabel("الحملة", { exact: true });
  await expect(picker).toHaveValue(/\d+/);
  // the seeded campaign, by name: the page opens on the newest open one, which another spec
  // (reports-filing) may have just opened
  const seeded = await picker.locator("option", { hasText: CAMPAIGN }).getAttribute("value");
  await page.goto(`/reports/compliance?campaign=${seeded}`);
  await expect(picker).toHaveValue(seeded!);
  await expect(page.getByText(CAMPAIGN, { exact: true })).toBeVisible();
  const fesTile = page.getByRole("link", { name: /^فاس - مكناس: \d+\u200e?%\u200e? أُنجز$/ });
  await expect(fesTile).toBeVisible();
  await expect(page.getByRole("link", { name: /^سوس - ماسة: \d+\u200e?%\u200e? أُنجز$/ })).toBeVisible();
  const table = page.getByRole("table", { name: "عدد الهيئات حسب الحالة في كل جهة" });
  await expect(table.getByRole("row")).toHaveCount(1 + 12 + 1);
  await expect(table.getByRole("row").last()).toContainText("75");
  const csvHref = await page.getByRole("link", { name: "تحميل CSV" }).getAttribute("href");
  const campaignId = Number(/campaign=(\d+)/.exec(csvHref ?? "")?.[1]);
  expect(campaignId).toBeGreaterThan(0);

  // the CSV downloads with a byte order mark, one row per body
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8").trimEnd().split("\r\n")).toHaveLength(1 + 75);

  // drill down into Fès-Meknès, open Meknès's submitted report
  await fesTile.click();
  await expect(page.getByRole("heading", { name: "تفاصيل فاس - مكناس" })).toBeVisible();
  await page.getByRole("link", { name: "فتح تقرير مكناس" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "الكتابة الإقليمية — مكناس" })).toBeVisible();

  // returning needs a general comment
  await page.getByRole("button", { name: "إرجاع التقرير مع ملاحظات" }).click();
  await expect(page.getByText("اكتب ملاحظة عامة تشرح سبب إرجاع التقرير.").first()).toBeVisible();
  await page.getByLabel("ملاحظة عامة").fill("نرجو توضيح أسباب ضعف التعبئة في الجماعات القروية.");
  await page.getByText("ملاحظات على الأجوبة").click();
  await page.getByRole("textbox", { name: "ملاحظة على: الصعوبات" }).fill("أمثلة ملموسة من فضلكم.");
  await page.getByRole("button", { name: "إرجاع التقرير مع ملاحظات" }).click();
  await expect(page.getByText("أُرجع التقرير إلى مسؤولي الهيئة مع ملاحظاتك.")).toBeVisible();
  const history = page.getByRole("region", { name: "سجل التقرير" });
  await expect(history.getByText("أُرجعت النسخة 2 مع ملاحظات")).toBeVisible();
  await expect(history.getByText("أمثلة ملموسة من فضلكم.")).toBeVisible();
  const meknesUrl = page.url();

  // the officer of Fès-Meknès: the bell, the notice, the returned report with the comment
  const officerContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.88.${Date.now() % 250}.7` } });
  const officer = await officerContext.newPage();
  await signInAs(officer, "officerFes");
  const bell = officer.getByRole("link", { name: /^الإشعارات: .+ غير مقروء(ة|ين)?$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(officer.getByRole("heading", { level: 1, name: "الإشعارات" })).toBeVisible();
  await officer.getByRole("link", { name: "أُعيد تقرير مكناس مع ملاحظات المكتب السياسي" }).first().click();
  await expect(officer).toHaveURL(meknesUrl);
  await expect(officer.getByText("نرجو توضيح أسباب ضعف التعبئة في الجماعات القروية.").first()).toBeVisible();

  // the officer revises and sends it again: the campaign is open (its deadline ahead of the seed's day), so the filing form is there
  const send = officer.getByRole("button", { name: "إرسال التقرير" });
  await expect(send).toBeVisible();
  await officer.getByLabel("الصعوبات").fill("ضعف وسائل النقل إلى جماعات عين الجمعة وعين كرمة، وقلة الموارد لكراء القاعات.");
  await expect(officer.getByRole("status").filter({ hasText: "حُفظت المسودة على الخادم في" })).toBeVisible({ timeout: 15_000 });
  await send.click();
  await officer.getByRole("dialog", { name: "إرسال التقرير إلى المكتب السياسي" }).getByRole("button", { name: "نعم، أرسل" }).click();
  await expect(officer.getByText("مُرسَل", { exact: true })).toBeVisible();
  await officerContext.close();

  // the Bureau accepts Fès's submitted report
  await page.goto(`/reports/compliance?campaign=${campaignId}`);
  await fesTile.click();
  await page.getByRole("link", { name: "فتح تقرير فاس" }).click();
  await page.getByRole("button", { name: "قبول التقرير" }).click();
  await page.getByRole("dialog", { name: "قبول التقرير؟" }).getByRole("button", { name: "قبول التقرير" }).click();
  await expect(page.getByText("قُبل التقرير وأُشعر مسؤولو الهيئة.")).toBeVisible();
  await expect(page.getByRole("region", { name: "سجل التقرير" }).getByText("قُبلت النسخة 2")).toBeVisible();

  // the synthesis: the figures by region, and the bodies' words linked to their reports
  await page.goto(`/reports/${campaignId}/synthesis`);
  await expect(page.getByRole("heading", { level: 1, name: "التقرير التركيبي" })).toBeVisible();
  const figures = page.getByRole("table", { name: "مجموع كل رقم حسب الجهة" });
  await expect(figures.getByRole("columnheader", { name: "عدد الاجتماعات المنعقدة" })).toBeVisible();
  await expect(figures.getByRole("row", { name: /المجموع الوطني/ })).toBeVisible();
  await page.locator("summary").filter({ hasText: "فاس - مكناس" }).first().click();
  const source = page.getByRole("link", { name: "تقرير فاس", exact: true }).first();
  await expect(source).toHaveAttribute("href", new RegExp(`^/reports/${campaignId}/reports/\\d+$`));

  // the Bureau's text, saved as a new version
  await page.getByLabel("نص المكتب السياسي — تقديم").fill("تقديم التقرير التركيبي للدخول السياسي.");
  await page.getByRole("button", { name: "حفظ نسخة جديدة" }).click();
  await expect(page.getByText("حُفظت نسخة جديدة من التقرير التركيبي.")).toBeVisible();
  await expect(page.getByText(/^النسخة 1 — /)).toBeVisible();
});
