import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { moroccoDay } from "./dates";
import { expect, forgetSession as signOut, signInAs, test } from "./fixtures";


/** The option of a select whose text holds `text` (its label also carries a formatted date). */
async function selectOptionHolding(page: Page, label: string, text: string) {
  const select = page.getByLabel(label, { exact: true });
  const options = await select.locator("option").allTextContents();
  const option = options.find((o) => o.includes(text));
  expect(option, `an option of «${label}» holding «${text}»`).toBeTruthy();
  await select.selectOption({ label: option! });
}

test.describe("the تجذر cascade of trainings", () => {
  test("the Bureau schedules a regional training, officer.fes records it and one below it, the member sees it", async ({ page }) => {
    test.setTimeout(240_000);
    const stamp = Date.now().toString().slice(-6);
    const regionalTitle = `لقاء تكويني جهوي ${stamp}`;
    const provincialTitle = `لقاء تكويني بإقليم صفرو ${stamp}`;

    // the member's home region, read on their dashboard, is covered by the training too
    await signInAs(page, "member");
    const branchCard = page.locator("section").filter({ has: page.getByRole("heading", { name: "فرعك" }) });
    const place = (await branchCard.getByText("·").first().textContent()) ?? "";
    const memberRegion = place.split("·")[1].trim();
    expect(memberRegion).not.toBe("");
    await signOut(page);

    await test.step("the Bureau schedules a regional training for Fès-Meknès and Souss-Massa and marks it held", async () => {
      await signInAs(page, "bureau");
      await page.goto("/rooting");
      await page.getByRole("link", { name: "لقاء تكويني جديد" }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: "لقاء تكويني جديد" })).toBeVisible();
      await page.getByLabel("المستوى").selectOption({ label: "جهوي" });
      await page.getByLabel("عنوان اللقاء").fill(regionalTitle);
      await page.getByLabel("تاريخ البداية").fill(moroccoDay());
      await page.getByLabel("تاريخ النهاية").fill(moroccoDay());
      await page.getByLabel("ساعة البداية").fill("10:00");
      await page.getByLabel("المدينة").fill("الرباط");
      await page.getByLabel("المكان").fill("المقر الوطني للحزب");
      for (const region of new Set(["فاس - مكناس", "سوس - ماسة", memberRegion])) await page.getByRole("checkbox", { name: region }).check();
      await page.getByRole("button", { name: "برمجة اللقاء" }).click();
      await expect(page.getByRole("heading", { level: 1, name: regionalTitle })).toBeVisible();
      await expect(page.getByText("بُرمج اللقاء.", { exact: false })).toBeVisible();
      await page.getByRole("button", { name: "تسجيل انعقاد اللقاء" }).click();
      await expect(page.getByRole("heading", { name: "الحالة: منعقد" })).toBeVisible();
    });
    const regionalUrl = page.url().split("?")[0];
    await signOut(page);

    let trainee = "";
    await test.step("officer.fes records the attendance of Sefrou and a trainer trained for Sefrou", async () => {
      await signInAs(page, "officerFes");
      await page.goto(regionalUrl);
      await expect(page.getByText("يمكنك تسجيل الحاضرين والمكوِّنين من أقاليم نطاقك في هذا اللقاء.")).toBeVisible();
      // the Bureau's parts of a regional training are not the officer's
      await expect(page.getByRole("link", { name: "تعديل اللقاء" })).toHaveCount(0);

      const count = page.getByRole("form", { name: "تسجيل العدد" });
      await count.getByLabel("الإقليم", { exact: true }).selectOption({ label: "صفرو" });
      await count.getByLabel("العدد").fill("12");
      await count.getByRole("button", { name: "تسجيل العدد" }).click();
      await expect(page.getByText("صفرو: 12")).toBeVisible();
      await expect(page.getByText("مجموع الحاضرين: 12")).toBeVisible();

      const trained = page.getByRole("form", { name: "المكوِّنون الذين تكوّنوا فيه" });
      await trained.getByRole("combobox", { name: "العضو" }).fill("ال");
      const first = trained.getByRole("option").first();
      await expect(first).toBeVisible();
      trainee = ((await first.locator("span").first().textContent()) ?? "").trim();
      await first.click();
      await expect(trained.getByRole("button", { name: `إزالة ${trainee}` })).toBeVisible();
      await trained.getByLabel("الإقليم الذي سينقل إليه الخطة").selectOption({ label: "صفرو" });
      await trained.getByRole("button", { name: "إضافة" }).click();
      await expect(page.getByRole("region", { name: "المكوِّنون الذين تكوّنوا فيه" }).getByText(`${trainee} — لإقليم صفرو`)).toBeVisible();
    });

    await test.step("officer.fes records a provincial training in Sefrou, led by that trainer", async () => {
      await page.goto("/rooting/trainings/new");
      await expect(page.getByLabel("المستوى").locator("option")).toHaveText(["إقليمي", "محلي"]);
      await page.getByLabel("عنوان اللقاء").fill(provincialTitle);
      await page.getByLabel("تاريخ البداية").fill(moroccoDay(7));
      await page.getByLabel("تاريخ النهاية").fill(moroccoDay(7));
      await page.getByLabel("المدينة").fill("صفرو");
      await page.getByLabel("الإقليم أو العمالة").selectOption({ label: "صفرو" });
      await selectOptionHolding(page, "اللقاء الأصل", regionalTitle);
      await page.getByRole("button", { name: "برمجة اللقاء" }).click();
      await expect(page.getByRole("heading", { level: 1, name: provincialTitle })).toBeVisible();
      await expect(page.getByRole("link", { name: regionalTitle })).toBeVisible();

      const leader = page.getByRole("form", { name: "المكوِّن", exact: true });
      await leader.getByLabel("المكوِّن", { exact: true }).selectOption({ label: trainee });
      await leader.getByRole("button", { name: "إضافة" }).click();
      await expect(page.getByRole("region", { name: "المكوِّنون الذين أطروه" }).getByText(trainee)).toBeVisible();
    });

    await test.step("the cascade shows the provincial training under the regional one", async () => {
      await page.goto("/rooting/cascade");
      // the cascade opens one region at a time
      // the region's card is named by what it shows: the region, then its trainings' counts
      await page.getByRole("link", { name: /^فاس - مكناس/ }).click();
      await expect(page.getByRole("heading", { level: 2, name: "شجرة لقاءات جهة فاس - مكناس" })).toBeVisible();
      const regional = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: regionalTitle }) });
      await expect(regional.getByRole("link", { name: provincialTitle })).toBeVisible();
    });
    await signOut(page);

    await test.step("the member sees the training on /rooting and in the calendar, and downloads its .ics", async () => {
      await signInAs(page, "member");
      await expect(page.getByRole("region", { name: "لقاءات تكوينية تهمك" }).getByRole("link", { name: regionalTitle })).toBeVisible();
      await page.goto("/rooting");
      await expect(page.getByRole("region", { name: "لقاءات تكوينية تهمك" }).getByRole("link", { name: regionalTitle })).toBeVisible();
      await page.goto("/calendar?view=list");
      await expect(page.getByRole("link", { name: regionalTitle, exact: true })).toBeVisible();
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: `أضف إلى التقويم: «${regionalTitle}»` }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^training-\d+\.ics$/);
      const ics = await readFile((await file.path())!, "utf8");
      expect(ics).toContain(`SUMMARY:${regionalTitle}`);
      expect(ics).toContain("DTSTART;TZID=Africa/Casablanca:");
    });
  });
});
