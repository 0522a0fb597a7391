import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

// A bounded sample of scripts/fuzz.mjs, so that CI keeps it: bad ids, broken bodies, bad fields.

const BAD_IDS = ["0", "-1", "1.5", "abc", "2147483648", "99999999999999999999", "%00"];

/** Every pattern of a page with an id segment; X is where the bad id goes. */
const PAGES = [
  "/members/X",
  "/members/X/edit",
  "/sessions/X",
  "/sessions/X/edit",
  "/sessions/X/outcomes",
  "/sessions/1/workshops/X",
  "/sessions/1/workshops/X/edit",
  "/sessions/1/sittings/X/attendance",
  "/sessions/1/meetings/X/edit",
  "/assignments/X",
  "/assignments/X/manage",
  "/assignments/1/versions/X",
  "/reports/campaigns/X",
  "/reports/1/reports/X",
  "/reports/X/synthesis",
  "/rooting/trainings/X",
  "/rooting/trainings/X/edit",
  "/rooting/plans/X/edit",
  "/rooting/branches/X",
  "/rooting/branches/1/activities/X/edit",
  "/diplomacy/parties/X",
  "/diplomacy/events/X",
  "/diplomacy/events/1/delegations/X/edit",
  "/diplomacy/meetings/X",
  "/diplomacy/agreements/X",
  "/diplomacy/agreements/1/follow-ups/X/edit",
  "/territory/regions/X",
  "/territory/provinces/X",
  "/territory/branches/X",
  "/territory/cells/X/edit",
  "/print/sessions/X",
  "/print/workshops/X",
  "/print/synthesis/X",
];
/** Route handlers: a short plain 404, not the HTML page. */
const HANDLERS = [
  "/print/sessions/X/pdf",
  "/print/workshops/X/pdf",
  "/print/synthesis/X/pdf",
  "/api/papers/X/versions/1/attachment",
  "/api/papers/1/versions/X/attachment",
  "/api/calendar/event/session/X",
  "/rooting/trainings/X/materials/1",
  "/rooting/trainings/1/materials/X",
  "/diplomacy/agreements/X/document",
];

const ar = {
  badRequest: "تعذرت قراءة الطلب. لم يُحفظ شيء، أعد تحميل الصفحة وحاول من جديد.",
  tooLarge: "الطلب أكبر من الحجم المسموح به. لم يُحفظ شيء: صغّر الملف المرفق وأعد المحاولة.",
  controlChars: "يحتوي النص على محارف غير مقبولة (محارف تحكم أو اتجاه مخفية). احذفها وأعد المحاولة.",
  idInvalid: "هذا الاختيار غير صالح. اختر عنصرًا موجودًا من القائمة.",
};

/** The id of the server action a page's form posts to, from its hidden fields. */
async function actionIdOn(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const id = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)?.[1] ?? /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(html)?.[1];
  expect(id, `an action id on ${path}`).toBeTruthy();
  return id!;
}

async function fillNewMember(page: Page, name: string) {
  await page.goto("/members/new");
  await page.getByLabel("الاسم الكامل بالعربية").fill(name);
  await page.getByLabel("رقم العضوية").fill(`BAD-${Date.now()}`);
  await page.getByLabel("العمالة أو الإقليم").selectOption({ label: "تيزنيت" });
  await page.getByLabel("الفرع").selectOption({ index: 1 });
}

test.describe("bad input", () => {
  test("a bad id in any route is a 404, and a route handler's 404 is short", async ({ page }) => {
    test.setTimeout(180_000);
    await signInAs(page, "bureau");
    for (const pattern of PAGES)
      for (const bad of BAD_IDS) {
        const url = pattern.replace("X", bad);
        const response = await page.request.get(url, { maxRedirects: 0 });
        expect(response.status(), url).toBe(404);
      }
    for (const pattern of HANDLERS)
      for (const bad of BAD_IDS) {
        const url = pattern.replace("X", bad);
        const response = await page.request.get(url, { maxRedirects: 0 });
        expect(response.status(), url).toBe(404);
        expect(await response.text(), url).toBe("Not found");
      }
  });

  test("bad query strings are ignored, never a server error", async ({ page }) => {
    await signInAs(page, "bureau");
    for (const url of [
      "/members?q=%00&region=abc&province=2147483648&page=99999999999999999999",
      `/members?q=${"x".repeat(10_000)}`,
      "/rooting/trainings?region=2147483648&from=0001-01-01&to=99999-01-01&page=1.5",
      // keyset cursors: garbage, a day that is none (2033-02-30), the wrong shape, out of range, too long
      "/rooting/trainings?after=WyIyMDMzLTAyLTMwIiwxXQ&before=%00",
      "/rooting/coverage?region=abc&province=-1",
      "/sessions?page=1e3&after=WzFd",
      "/notifications?after=%%%&before=Wy01LCJhIl0",
      `/reports?before=${"x".repeat(5_000)}`,
      "/assignments?after=WyJ4IiwwXQ&status=lost",
      "/members?after=WyIyMDMzLTAyLTMwIiwxXQ&before=WzFd",
      "/diplomacy/parties?q=%00%E2%80%AE&page=-1",
      "/reports/compliance?campaign=2147483648&region=abc",
      "/members/search?for=session&q=%00",
      "/members/search?for=%00&q=x",
    ]) {
      const response = await page.request.get(url);
      expect(response.status(), url.slice(0, 60)).toBeLessThan(500);
      expect(await response.text()).not.toMatch(/data-dgst="\d+"/);
    }
  });

  test("malformed, truncated and oversize action bodies are a 4xx with a short sentence", async ({ page }) => {
    await signInAs(page, "bureau");
    const actionId = await actionIdOn(page.request, "/members/new");
    const headers = { "next-action": actionId };
    const good = '--b\r\nContent-Disposition: form-data; name="1_fullNameAr"\r\n\r\nx\r\n--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--b--\r\n';
    for (const [label, type, data] of [
      ["truncated multipart", "multipart/form-data; boundary=b", good.slice(0, 40)],
      ["another boundary", "multipart/form-data; boundary=other", good],
      ["invalid JSON", "text/plain;charset=UTF-8", '{"a":'],
      ["a null body", "text/plain;charset=UTF-8", "null"],
    ]) {
      const response = await page.request.post("/members/new", { headers: { ...headers, "content-type": type }, data });
      expect(response.status(), label).toBe(400);
      expect(await response.text(), label).toBe(ar.badRequest);
    }
    // 22 MB: over MAX_ACTION_BODY_BYTES (lib/uploads.ts)
    const oversize = await page.request.post("/members/new", {
      headers: { ...headers, "content-type": "multipart/form-data; boundary=b" },
      data: Buffer.alloc(22 * 1024 * 1024, 97),
    });
    expect(oversize.status()).toBe(413);
    expect(await oversize.text()).toBe(ar.tooLarge);
  });

  test("a NUL in a name is refused under its field, in Arabic", async ({ page }) => {
    await signInAs(page, "bureau");
    await fillNewMember(page, "سناء\u0000 العمراني");
    await page.getByRole("button", { name: "تسجيل العضو" }).click();
    await expect(page.getByLabel("الاسم الكامل بالعربية")).toHaveAccessibleDescription(ar.controlChars);
  });

  test("a huge id in a form is a field error", async ({ page }) => {
    await signInAs(page, "bureau");
    await fillNewMember(page, "سناء العمراني");
    const branch = page.getByLabel("الفرع");
    await branch.evaluate((select: HTMLSelectElement) => {
      select.options[1].value = "2147483648";
    });
    await branch.selectOption({ index: 1 });
    await page.getByRole("button", { name: "تسجيل العضو" }).click();
    await expect(branch).toHaveAccessibleDescription(ar.idInvalid);
  });
});
