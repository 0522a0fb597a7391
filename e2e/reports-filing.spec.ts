import type { Page } from "@playwright/test";
import { moroccoDay as inDays } from "./dates";
import { expect, forgetSession, signInAs, test } from "./fixtures";


async function addQuestion(page: Page, label: string, kind: "رقم" | "نص", count: number) {
  const add = page.getByRole("region", { name: "إضافة سؤال" });
  await add.getByLabel("نص السؤال").fill(label);
  await add.getByLabel("نوع الجواب").selectOption({ label: kind });
  await add.getByRole("button", { name: "إضافة" }).click();
  await expect(page.getByRole("list", { name: "أسئلة الحملة بترتيبها" }).getByRole("listitem")).toHaveCount(count);
}

test("the Bureau opens a campaign; an officer files his report through a lost connection and sends it", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const title = `تقييم انتخابات مجلس النواب ${Date.now()}`;

  // the Bureau: a provincial campaign for Fès-Meknès, two figures and two narratives, then opened
  await signInAs(page, "bureau");
  await page.goto("/reports/campaigns/new");
  await page.getByLabel("عنوان الحملة").fill(title);
  await page.getByLabel("مستوى الهيئات").selectOption({ label: "إقليمي" });
  await page.getByLabel("كل الجهات").uncheck();
  await page.getByRole("checkbox", { name: "فاس - مكناس" }).check();
  await page.getByLabel("آخر أجل").fill(inDays(10));
  await page.getByLabel("أسئلة البداية").selectOption({ label: "بدون أسئلة (أضيفها بعد الإنشاء)" });
  await page.getByRole("button", { name: "إنشاء الحملة" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await addQuestion(page, "عدد المرشحين", "رقم", 1);
  await addQuestion(page, "عدد المقاعد", "رقم", 2);
  await addQuestion(page, "ما الذي نجح؟", "نص", 3);
  await addQuestion(page, "المقترحات", "نص", 4);
  await page.getByRole("button", { name: "نقل «ما الذي نجح؟» إلى الأعلى" }).click();
  await expect(page.getByRole("list", { name: "أسئلة الحملة بترتيبها" }).getByRole("listitem").nth(1)).toContainText("ما الذي نجح؟");

  await page.getByRole("button", { name: "فتح الحملة" }).click();
  const dialog = page.getByRole("dialog", { name: "تأكيد فتح الحملة" });
  await dialog.getByRole("button", { name: "فتح الحملة" }).click();
  await expect(page.getByText("فُتحت الحملة وأُنشئت تقارير الهيئات.")).toBeVisible();

  // the officer of Fès-Meknès: his to-do, the report of the province of Fès
  const officerContext = await browser.newContext({ serviceWorkers: "allow", extraHTTPHeaders: { "x-forwarded-for": `10.77.${Date.now() % 250}.9` } });
  const officer = await officerContext.newPage();
  await signInAs(officer, "officerFes");
  await officer.goto("/reports");
  const campaign = officer.getByRole("region", { name: title });
  await expect(campaign.getByText("بقي 10 أيام")).toHaveCount(9);
  await campaign.getByRole("link", { name: "الكتابة الإقليمية — فاس", exact: true }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "الكتابة الإقليمية — فاس" })).toBeVisible();

  // the worker controls the page and keeps a copy of it before the connection goes
  await officer.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // (waitForFunction would take the returned promise itself for a yes: poll the answer instead)
  await expect.poll(() => officer.evaluate(async () => !!(await caches.match(window.location.href))), { timeout: 30_000 }).toBe(true);

  await officer.getByLabel("تاريخ انعقاد اجتماع التقييم").fill(inDays(-1));
  await officer.getByLabel("عدد الحاضرين").fill("27");
  await officer.getByLabel("عدد المرشحين").fill("3");
  await officer.getByLabel("عدد المقاعد").fill("1");
  await officer.getByLabel("ما الذي نجح؟").fill("تعبئة المناضلين في الأحياء الشعبية");
  await expect(officer.getByRole("status").filter({ hasText: "حُفظت المسودة على الخادم في" })).toBeVisible({ timeout: 15_000 });

  // the connection drops while typing; the text stays on the device
  await officerContext.setOffline(true);
  await officer.getByLabel("ما الذي نجح؟").pressSequentially(" وتواصل مباشر مع الناخبين", { delay: 10 });
  await officer.getByLabel("المقترحات").fill("تكوين المكونين في كل إقليم قبل الاستحقاقات المقبلة");
  await expect(officer.getByText("غير متصل — النص محفوظ على هذا الجهاز")).toBeVisible();
  await officer.waitForTimeout(500);

  // a reload while still offline: the worker serves the page, IndexedDB the text
  const reloaded = await officer.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(officer.getByLabel("المقترحات")).toHaveValue("تكوين المكونين في كل إقليم قبل الاستحقاقات المقبلة");
  await expect(officer.getByLabel("ما الذي نجح؟")).toHaveValue("تعبئة المناضلين في الأحياء الشعبية وتواصل مباشر مع الناخبين");
  await expect(officer.getByText("غير متصل — النص محفوظ على هذا الجهاز")).toBeVisible();

  // the connection returns: the text reaches the server by itself
  await officerContext.setOffline(false);
  await expect(officer.getByRole("status").filter({ hasText: "حُفظت المسودة على الخادم في" })).toBeVisible({ timeout: 15_000 });

  // the Bureau, in its own browser, reads what was written offline
  await page.goto(officer.url());
  await expect(page.getByText("تكوين المكونين في كل إقليم قبل الاستحقاقات المقبلة")).toBeVisible();
  await expect(page.getByText("تعبئة المناضلين في الأحياء الشعبية وتواصل مباشر مع الناخبين")).toBeVisible();

  // the officer sends it, after confirming
  await officer.getByRole("button", { name: "إرسال التقرير" }).click();
  const confirm = officer.getByRole("dialog", { name: "إرسال التقرير إلى المكتب السياسي" });
  await confirm.getByRole("button", { name: "نعم، أرسل" }).click();
  await expect(officer.getByText("مُرسَل", { exact: true })).toBeVisible();
  await expect(officer.getByText("في الأجل", { exact: true })).toBeVisible();
  await expect(officer.getByRole("button", { name: "إرسال التقرير" })).toHaveCount(0);
  const reportUrl = officer.url();
  await officerContext.close();

  // an officer of another region gets a refusal, not the report
  await forgetSession(page);
  await signInAs(page, "officerSouss");
  const refused = await page.goto(reportUrl);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "الدخول غير مسموح" })).toBeVisible();
});

test("an officer's open campaigns beyond one page are behind «الحملات التالية», nearest deadline first", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now() % 100000;
  // four provincial campaigns for Fès-Meknès (nine reports each), due after every other one: the
  // page holds at most 36 report lines, so the last of them is on a later page whatever else is open
  const titles = [0, 1, 2, 3].map((i) => `حملة بأجل بعيد ${stamp}-${i + 1}`);
  await signInAs(page, "bureau");
  for (const [i, title] of titles.entries()) {
    await page.goto("/reports/campaigns/new");
    await page.getByLabel("عنوان الحملة").fill(title);
    await page.getByLabel("كل الجهات").uncheck();
    await page.getByRole("checkbox", { name: "فاس - مكناس" }).check();
    await page.getByLabel("آخر أجل").fill(inDays(300 + i));
    await page.getByRole("button", { name: "إنشاء الحملة" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.getByRole("button", { name: "فتح الحملة" }).click();
    await page.getByRole("dialog", { name: "تأكيد فتح الحملة" }).getByRole("button", { name: "فتح الحملة" }).click();
    await expect(page.getByText("فُتحت الحملة وأُنشئت تقارير الهيئات.")).toBeVisible();
  }

  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.78.${Date.now() % 250}.9` } });
  const officer = await context.newPage();
  await signInAs(officer, "officerFes");
  await officer.goto("/reports");
  await expect(officer.getByRole("region", { name: titles[0] })).toBeVisible();
  await expect(officer.getByRole("region", { name: titles[3] })).toHaveCount(0);
  const pages = officer.getByRole("navigation", { name: "صفحات الحملات المفتوحة" });
  await pages.getByRole("link", { name: "الحملات التالية" }).click();
  const last = officer.getByRole("region", { name: titles[3] });
  await expect(last).toBeVisible();
  await expect(last.getByRole("link", { name: "الكتابة الإقليمية — فاس", exact: true })).toBeVisible();
  await expect(officer.getByRole("region", { name: titles[0] })).toHaveCount(0);
  await pages.getByRole("link", { name: "أقرب الآجال" }).click();
  await expect(officer).toHaveURL(/\/reports$/);
  await expect(officer.getByRole("region", { name: titles[0] })).toBeVisible();
  await context.close();
});
