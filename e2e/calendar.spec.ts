import { readFile } from "node:fs/promises";
import { arabicMonth, moroccoDay, ninthSession } from "./dates";
import { expect, signInAs, test } from "./fixtures";

test.describe("calendar", () => {
  test("a member sees the 9th session in its month and downloads an event's .ics in Morocco's time", async ({ page }) => {
    await signInAs(page, "member");
    await page.getByRole("link", { name: "اليومية" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "اليومية" })).toBeVisible();
    await page.goto(`/calendar?month=${ninthSession.month}`);
    const month = page.getByRole("table", { name: arabicMonth(ninthSession.startsOn) });
    await expect(month).toBeVisible();
    await expect(month.getByRole("link", { name: /الجلسة الافتتاحية — جلسة/ })).toBeVisible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "أضف إلى التقويم: «الجلسة الافتتاحية»" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^sitting-\d+\.ics$/);
    const ics = await readFile((await download.path())!, "utf8");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain(`DTSTART;TZID=Africa/Casablanca:${ninthSession.openingIcs}`);
    expect(ics).toContain("TZID:Africa/Casablanca");

    await page.goto(`/calendar?month=${ninthSession.month}&view=list`);
    await expect(page.getByRole("link", { name: "الدورة التاسعة للجنة المركزية", exact: true })).toBeVisible();
  });

  test("the month shows three of a day's session events and links to the whole day", async ({ page }) => {
    await signInAs(page, "member");
    await page.goto(`/calendar?month=${ninthSession.month}`);
    const month = page.getByRole("table", { name: arabicMonth(ninthSession.startsOn) });
    // the opening day: the session, its opening sitting and three parallel workshops
    const more = month.getByRole("link", { name: "+2 من مواعيد الدورات في هذا اليوم" });
    await expect(more).toHaveCount(1);
    await more.click();
    await expect(page).toHaveURL(new RegExp(`/calendar/day/${ninthSession.startsOn}$`));
    await expect(page.getByRole("heading", { level: 1, name: /^مواعيد / })).toBeVisible();
    for (const title of ["الدورة التاسعة للجنة المركزية", "الجلسة الافتتاحية", "حصيلة مخطط التجذر وآفاقه", "التحضير للاستحقاقات الانتخابية المقبلة", "التواصل والإشعاع في زمن المنصات الرقمية"]) {
      await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
    }
    await page.getByRole("link", { name: "العودة إلى الشهر" }).click();
    await expect(page.getByRole("table", { name: arabicMonth(ninthSession.startsOn) })).toBeVisible();
    // a day that is no day is not found
    expect((await page.goto("/calendar/day/2027-02-30"))?.status()).toBe(404);
  });

  test("a draft session shows to the Bureau, never to a member", async ({ browser }) => {
    const title = `دورة مسودة للاختبار ${Date.now() % 100000}`;
    // some five months ahead, whatever the day
    const startsOn = moroccoDay(150);
    const month = startsOn.slice(0, 7);
    const bureauContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.203.${Date.now() % 250}.1` } });
    const bureau = await bureauContext.newPage();
    await signInAs(bureau, "bureau");
    await bureau.goto("/sessions/new");
    await bureau.getByLabel("عنوان الدورة").fill(title);
    await bureau.getByLabel("تاريخ البداية").fill(startsOn);
    await bureau.getByLabel("تاريخ النهاية").fill(moroccoDay(151));
    await bureau.getByLabel("مكان الانعقاد").fill("المقر الوطني للحزب");
    await bureau.getByLabel("المدينة").fill("الرباط");
    await bureau.getByRole("button", { name: "إنشاء الدورة" }).click();
    await expect(bureau).toHaveURL(/\/sessions\/\d+\?created=session$/);
    const sessionId = new URL(bureau.url()).pathname.split("/").pop();
    await bureau.goto(`/calendar?month=${month}&view=list`);
    await expect(bureau.getByRole("link", { name: title, exact: true })).toBeVisible();
    await bureauContext.close();

    const memberContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.204.${Date.now() % 250}.1` } });
    const member = await memberContext.newPage();
    await signInAs(member, "member");
    await member.goto(`/calendar?month=${month}&view=list`);
    await expect(member.getByRole("heading", { level: 1, name: "اليومية" })).toBeVisible();
    await expect(member.getByText(title)).toHaveCount(0);
    await member.goto(`/calendar?month=${month}`);
    await expect(member.getByText(title)).toHaveCount(0);
    const ics = await member.request.get(`/api/calendar/event/session/${sessionId}.ics`);
    expect(ics.status()).toBe(404);
    await memberContext.close();
  });

  test("a member makes a private subscription address that works without signing in, then revokes it", async ({ page, playwright, baseURL }) => {
    await signInAs(page, "member");
    await page.goto("/account/calendar");
    await page.getByRole("button", { name: "إنشاء عنوان الاشتراك" }).click();
    const field = page.getByLabel("عنوان الاشتراك الخاص بك");
    await expect(field).toHaveValue(/\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(await field.inputValue()).pathname;

    const anonymous = await playwright.request.newContext({ baseURL });
    const feed = await anonymous.get(path, { maxRedirects: 0 });
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(`DTSTART;TZID=Africa/Casablanca:${ninthSession.openingIcs}`);

    await page.getByRole("button", { name: "إلغاء العنوان" }).click();
    await expect(page.getByText("ليس لديك عنوان اشتراك بعد.")).toBeVisible();
    expect((await anonymous.get(path, { maxRedirects: 0 })).status()).toBe(404);
    await anonymous.dispose();
  });
});
