import { rentree2026 } from "../db/seed/data/reports";
import { onSeedDay, seedToday } from "../db/seed/today";
import { moroccoDay } from "./dates";
import { expect, signInAs, test } from "./fixtures";

// The seeded open campaign; other specs open campaigns of their own beside it.
const CAMPAIGN = rentree2026.title;

/** Whole days from today to the seeded campaign's deadline, in Morocco. */
function daysToDeadline(): number {
  const deadline = onSeedDay(rentree2026.deadline, seedToday());
  const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((day(deadline) - day(moroccoDay(0))) / 86_400_000);
}

/** «بقي يومان», «بقيت 10 أيام», «بقي 11 يومًا»: the days left as the home page says them. */
function arabicDaysLeft(days: number): string {
  const form = new Intl.PluralRules("ar").select(days);
  const forms: Record<string, string> = { zero: "آخر أجل اليوم", one: "بقي يوم واحد", two: "بقي يومان", few: `بقيت ${days} أيام`, many: `بقي ${days} يومًا`, other: `بقي ${days} يوم` };
  return days === 0 ? "آخر أجل اليوم" : forms[form];
}

const firstNumber = (text: string | null) => Number(/\d+/.exec(text ?? "")?.[0] ?? NaN);

test.describe("the home page: what waits on me now", () => {
  test("the Sefrou officer sees the report their body owes, with the days left, and its button opens it", async ({ page }) => {
    await signInAs(page, "officerSefrou");
    const now = page.getByRole("region", { name: "ما عليّ الآن" });
    await expect(now).toBeVisible();
    const line = now.getByRole("listitem").filter({ hasText: CAMPAIGN }).filter({ hasText: "تقرير واحد مطلوب" });
    await expect(line).toBeVisible();
    await expect(line).toContainText(arabicDaysLeft(daysToDeadline()));
    // nothing of the Bureau's
    await expect(now.getByRole("link", { name: "راجع التقارير" })).toHaveCount(0);

    // on a phone the section fits the screen
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await expect(line.getByRole("link", { name: "افتح التقرير" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await line.getByRole("link", { name: "افتح التقرير" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "الكتابة الإقليمية — صفرو" })).toBeVisible();
    await expect(page).toHaveURL(/\/reports\/\d+\/reports\/\d+$/);
  });

  test("in French, the same line in French", async ({ page }) => {
    await signInAs(page, "officerSefrou");
    await page.context().addCookies([{ name: "locale", value: "fr", url: page.url() }]);
    await page.goto("/");
    const now = page.getByRole("region", { name: "À faire maintenant" });
    await expect(now.getByRole("listitem").filter({ hasText: CAMPAIGN }).filter({ hasText: "1 rapport à rédiger" })).toBeVisible();
    await expect(now.getByRole("link", { name: "Ouvrir le rapport" }).first()).toBeVisible();
    await page.context().clearCookies({ name: "locale" });
  });

  test("the Bureau sees the reports waiting for review, and the button lands on the list that holds as many", async ({ page }) => {
    await signInAs(page, "bureau");
    // other specs review and file reports meanwhile: the two counts are read until they meet
    await expect(async () => {
      await page.goto("/");
      const now = page.getByRole("region", { name: "ما عليّ الآن" });
      const line = now.getByRole("listitem").filter({ has: page.getByRole("link", { name: "راجع التقارير" }) });
      const said = firstNumber(await line.locator("p").first().textContent());
      const text = (await line.locator("p").first().textContent()) ?? "";
      expect(text).toMatch(/(ينتظر|تنتظر|ينتظران) المراجعة$/);
      await line.getByRole("link", { name: "راجع التقارير" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "تقارير تنتظر المراجعة" })).toBeVisible();
      const listed = await page.getByRole("list", { name: "التقارير المنتظرة للمراجعة" }).getByRole("listitem").count();
      // the seed has fewer than a page of them: the list shows them all
      expect(listed).toBe(Number.isNaN(said) ? (text.startsWith("تقريران") ? 2 : 1) : said);
    }).toPass({ timeout: 40_000 });

    // each opens the report, which the Bureau reviews there
    await page.getByRole("list", { name: "التقارير المنتظرة للمراجعة" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/reports\/\d+\/reports\/\d+$/);

    // the campaign's progress and the next session's answers are on the home page too
    await page.goto("/");
    const now = page.getByRole("region", { name: "ما عليّ الآن" });
    await expect(now.getByRole("listitem").filter({ hasText: /أرسلت \d+ من 75 هيئة تقاريرها/ })).toBeVisible();
    await expect(now.getByRole("listitem").filter({ hasText: "ردود المدعوين إلى الدورة التاسعة" })).toContainText(/سيحضر: \d+ · اعتذر: \d+ · لم يردّ بعد: \d+/);
  });

  test("the member finds the invitation to answer and their workshop at the top of the home page", async ({ page }) => {
    await signInAs(page, "member");
    const now = page.getByRole("region", { name: "ما عليّ الآن" });
    await expect(now.getByRole("region", { name: "دعوات تنتظر جوابك" })).toBeVisible();
    const workshop = now.getByRole("listitem").filter({ hasText: /^ورشتك في الدورة التاسعة: الورشة \d+ — / });
    await expect(workshop.first()).toBeVisible();
    const title = ((await workshop.first().locator("p").first().textContent()) ?? "").split(" — ").slice(1).join(" — ").replace(/[\u2068\u2069]/g, "");
    await workshop.first().getByRole("link", { name: "برنامج الورشة" }).click();
    await expect(page).toHaveURL(/\/sessions\/\d+\/workshops\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });

  test("the admin is told only of what is theirs", async ({ page }) => {
    await signInAs(page, "admin");
    const now = page.getByRole("region", { name: "ما عليّ الآن" });
    await expect(now).toBeVisible();
    const retry = now.getByRole("link", { name: "أعد الإرسال" });
    if (await retry.count()) {
      await retry.click();
      await expect(page).toHaveURL(/\/admin\/outbox\?status=failed$/);
    } else {
      await expect(now.getByText("لا شيء ينتظرك الآن.")).toBeVisible();
    }
    await expect(now.getByRole("link", { name: "راجع التقارير" })).toHaveCount(0);
  });
});
