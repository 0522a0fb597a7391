import type { Browser, Page } from "@playwright/test";
import { addDays } from "../db/seed/today";
import { ninthSession } from "./dates";
import { expect, formAlert, signInAs, test, type AccountName } from "./fixtures";

const NINTH = "الدورة التاسعة";

async function signedIn(browser: Browser, name: AccountName, forwardedFor: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": forwardedFor } });
  const page = await context.newPage();
  await signInAs(page, name);
  return page;
}

function status(page: Page) {
  return page.getByTestId("paper-status");
}

test.describe("working papers", () => {
  test.describe.configure({ mode: "serial" });

  test("the Bureau assigns a paper; the member writes, submits, revises after a return; the Bureau approves", async ({ browser }) => {
    test.setTimeout(180_000);
    const stamp = Date.now() % 100000;
    const bureau = await signedIn(browser, "bureau", `10.201.${stamp % 250}.1`);
    const member = await signedIn(browser, "member", `10.202.${stamp % 250}.1`);
    const memberName = (await member.getByText(/^مرحبًا، /).innerText()).replace(/^مرحبًا، /, "").split(" · ")[0].trim();
    const paperTitle = `ورقة عمل تجريبية ${stamp}`;

    // the Bureau adds a workshop to the 9th session, then names the member on its paper
    await bureau.goto("/sessions");
    await bureau.getByRole("link", { name: NINTH, exact: true }).click();
    await expect(bureau).toHaveURL(/\/sessions\/\d+$/);
    const sessionPath = new URL(bureau.url()).pathname;
    await bureau.goto(`${sessionPath}/workshops/new`);
    await bureau.getByLabel("رقم الورشة").fill(String(40 + (stamp % 50)));
    await bureau.getByLabel("عنوان الورشة").fill(`ورشة الاختبار ${stamp}`);
    await bureau.getByLabel("التاريخ").fill(ninthSession.startsOn);
    await bureau.getByLabel("ساعة البداية").fill("15:00");
    await bureau.getByLabel("ساعة النهاية").fill("18:00");
    await bureau.getByRole("button", { name: "إضافة الورشة" }).click();
    await expect(bureau).toHaveURL(/\/workshops\/\d+\/edit/);
    const workshopPath = new URL(bureau.url()).pathname.replace(/\/edit$/, "");
    await bureau.goto(workshopPath);
    await bureau.getByRole("link", { name: "تكليف بإعداد الورقة" }).click();
    await expect(bureau.getByRole("heading", { level: 1, name: "تكليف بإعداد ورقة العمل" })).toBeVisible();

    // the form refuses a paper with nobody named
    await bureau.getByLabel("عنوان الورقة").fill(paperTitle);
    // a week before the workshop, months ahead of today
    await bureau.getByLabel("آخر أجل للتقديم").fill(addDays(ninthSession.startsOn, -7));
    await bureau.getByRole("button", { name: "تكليف", exact: true }).click();
    await expect(bureau.getByText("هذا الحقل مطلوب.")).toBeVisible();

    await bureau.getByRole("combobox", { name: "المكلَّفون" }).fill(memberName.split(" ").slice(0, 2).join(" "));
    await bureau.getByRole("option", { name: new RegExp(`^${memberName}`) }).first().click();
    await expect(bureau.getByRole("button", { name: `إزالة ${memberName}` })).toBeVisible();
    await bureau.getByRole("button", { name: "تكليف", exact: true }).click();
    await expect(bureau.getByRole("heading", { level: 1, name: paperTitle })).toBeVisible();
    await expect(status(bureau)).toHaveText("مكلَّف بها");
    const paperPath = new URL(bureau.url()).pathname;

    // the member finds it under مهامي, writes, keeps a draft, previews, submits
    await member.getByRole("link", { name: "مهامي" }).first().click();
    await expect(member.getByRole("heading", { level: 1, name: "مهامي" })).toBeVisible();
    await member.getByRole("link", { name: paperTitle }).click();
    await member.getByLabel("نص الورقة").fill("# المحور الأول\n\nنقترح تقوية التنسيق بين الفروع.");
    await member.getByRole("button", { name: "حفظ المسودة" }).click();
    await expect(status(member)).toHaveText("مسودة");
    await member.getByRole("tab", { name: "معاينة" }).click();
    await expect(member.getByRole("heading", { name: "المحور الأول" })).toBeVisible();
    // the tabs answer the keys: on a right-to-left page → goes back to the first tab, ← on to the next
    const writeTab = member.getByRole("tab", { name: "كتابة" });
    const previewTab = member.getByRole("tab", { name: "معاينة" });
    await member.keyboard.press("ArrowRight");
    await expect(writeTab).toBeFocused();
    await expect(writeTab).toHaveAttribute("aria-selected", "true");
    await expect(member.getByLabel("نص الورقة")).toBeVisible();
    await expect(previewTab).toHaveAttribute("tabindex", "-1");
    await member.keyboard.press("End");
    await expect(previewTab).toBeFocused();
    await expect(previewTab).toHaveAttribute("aria-selected", "true");
    await member.keyboard.press("ArrowLeft");
    await expect(writeTab).toHaveAttribute("aria-selected", "true");
    await member.keyboard.press("ArrowLeft");
    await expect(previewTab).toHaveAttribute("aria-selected", "true");
    await member.keyboard.press("Home");
    await expect(writeTab).toBeFocused();
    await member.getByRole("tab", { name: "كتابة" }).click();
    await member.getByRole("button", { name: "تقديم الورقة" }).click();
    await expect(status(member)).toHaveText("مقدَّمة");
    await expect(member.getByRole("button", { name: "حفظ المسودة" })).toHaveCount(0);

    // the Bureau returns it: a comment is required
    await bureau.goto(paperPath);
    await expect(status(bureau)).toHaveText("مقدَّمة");
    await bureau.getByRole("button", { name: "إرجاع مع ملاحظة" }).click();
    await expect(formAlert(bureau).first()).toBeVisible();
    await expect(bureau.getByText("هذا الحقل مطلوب.")).toBeVisible();
    await bureau.getByLabel("ملاحظة").fill("أضيفوا محورًا عن التكوين.");
    await bureau.getByRole("button", { name: "إرجاع مع ملاحظة" }).click();
    await expect(status(bureau)).toHaveText("مُرجَعة");

    // the member reads the comment, revises and resubmits
    await member.reload();
    await expect(member.getByTestId("review-comment")).toHaveText("أضيفوا محورًا عن التكوين.");
    await member.getByLabel("نص الورقة").fill("# المحور الأول\n\nنقترح تقوية التنسيق بين الفروع.\n\n# المحور الثاني: التكوين\n\nتكوين المكونين في كل جهة.");
    await member.getByRole("button", { name: "تقديم الورقة" }).click();
    await expect(status(member)).toHaveText("مقدَّمة");

    // the Bureau approves; every version is kept
    await bureau.reload();
    await bureau.getByRole("button", { name: "المصادقة على الورقة" }).click();
    await bureau.getByRole("dialog", { name: "المصادقة على ورقة العمل؟" }).getByRole("button", { name: "المصادقة على الورقة" }).click();
    await expect(status(bureau)).toHaveText("مصادق عليها");
    const versions = bureau.getByRole("table", { name: "سجل النسخ" });
    await expect(versions.getByRole("row")).toHaveCount(4);
    await expect(versions.getByRole("row").nth(1)).toContainText("صودق عليها");
    await expect(versions.getByRole("row").nth(2)).toContainText("أضيفوا محورًا عن التكوين.");

    // the approved text now shows on the workshop page
    await bureau.goto(workshopPath);
    await expect(bureau.getByRole("heading", { name: "المحور الثاني: التكوين" })).toBeVisible();

    await bureau.context().close();
    await member.context().close();
  });
});
