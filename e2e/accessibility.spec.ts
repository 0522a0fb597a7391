import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { arabicContrast, arabicLabelInName, horizontalOverflow } from "./a11y-checks";
import { expect, forgetSession, signInAs, test, type AccountName } from "./fixtures";

// Every page each role opens, in Arabic and in French, on a phone (360 px) and a desktop (1440 px):
// axe's WCAG 2 A/AA rules, the Arabic contrast and label-in-name axe cannot judge (a11y-checks.ts),
// and no sideways scrolling on the phone.

/**
 * A page: a fixed path, or the first link whose path matches `link` on an earlier page — `from`
 * (by its name) first, then the others; a page whose link is not seen yet is tried again after
 * the rest, since what links to it differs by role. The seed's ids are not known in advance. `main`: checked in French for every
 * role (the admin, who opens nearly everything, checks every page in French).
 */
interface Visit {
  name: string;
  path?: string;
  from?: string;
  link?: RegExp;
  main?: boolean;
}

const everyone: Visit[] = [
  { name: "dashboard", path: "/", main: true },
  { name: "sessions", path: "/sessions", main: true },
  { name: "session", from: "sessions", link: /^\/sessions\/\d+$/, main: true },
  { name: "workshop", from: "session", link: /^\/sessions\/\d+\/workshops\/\d+$/, main: true },
  { name: "calendar", path: "/calendar", main: true },
  { name: "calendar list", path: "/calendar?view=list" },
  { name: "rooting", path: "/rooting" },
  { name: "trainings", path: "/rooting/trainings", main: true },
  { name: "training", from: "trainings", link: /^\/rooting\/trainings\/\d+$/ },
  { name: "cascade", path: "/rooting/cascade" },
  { name: "coverage", path: "/rooting/coverage", main: true },
  { name: "territory", path: "/territory", main: true },
  { name: "region", from: "territory", link: /^\/territory\/regions\/\d+$/ },
  { name: "assignments", path: "/assignments" },
  { name: "notifications", path: "/notifications" },
  { name: "password", path: "/account/password", main: true },
  { name: "calendar feed", path: "/account/calendar" },
];
const reports: Visit[] = [
  { name: "reports", path: "/reports", main: true },
  { name: "compliance", path: "/reports/compliance", main: true },
];
// the officer files a report from his list of what is due; the Bureau opens a campaign
const officerReport: Visit = { name: "report", from: "reports", link: /^\/reports\/\d+\/reports\/\d+$/, main: true };
const campaign: Visit = { name: "campaign", from: "reports", link: /^\/reports\/campaigns\/\d+$/, main: true };
const members: Visit[] = [
  { name: "members", path: "/members", main: true },
  { name: "member", from: "members", link: /^\/members\/\d+$/, main: true },
];
const bureau: Visit[] = [
  campaign,
  { name: "new session", path: "/sessions/new" },
  { name: "new campaign", path: "/reports/campaigns/new" },
  { name: "synthesis", from: "reports", link: /^\/reports\/\d+\/synthesis$/ },
  { name: "new training", path: "/rooting/trainings/new" },
  { name: "diplomacy", path: "/diplomacy", main: true },
  { name: "parties", path: "/diplomacy/parties" },
  { name: "party", from: "parties", link: /^\/diplomacy\/parties\/\d+$/ },
  { name: "events", path: "/diplomacy/events" },
  { name: "meetings", path: "/diplomacy/meetings" },
  { name: "agreements", path: "/diplomacy/agreements" },
];
const admin: Visit[] = [
  { name: "admin", path: "/admin" },
  { name: "users", path: "/admin/users", main: true },
  { name: "user", from: "users", link: /^\/admin\/users\/\d+$/ },
  { name: "new user", path: "/admin/users/new" },
  { name: "audit", path: "/admin/audit" },
  { name: "locks", path: "/admin/locks" },
  { name: "outbox", path: "/admin/outbox" },
];

const mainOf = (visits: Visit[]) => visits.filter((v) => v.main);
const paper: Visit = { name: "paper", from: "assignments", link: /^\/assignments\/\d+$/ };
const assignments = everyone.find((v) => v.name === "assignments")!;

// The admin's permissions are the Bureau's and the admin area's: outside it their pages are drawn
// alike, so the admin is checked on the admin area and the main pages, the Bureau on all the rest.
// In French the Bureau, who sees every page with the most buttons on it, checks them all; the
// officer and the member their main pages.
const roles: { account: AccountName; arabic: Visit[]; french: Visit[] }[] = [
  { account: "admin", arabic: [...mainOf([...everyone, ...reports, ...members, ...bureau]), ...admin], french: [...mainOf([...everyone, ...reports, ...members, ...bureau]), ...admin] },
  { account: "bureau", arabic: [...everyone, ...reports, ...members, ...bureau], french: [...everyone, ...reports, ...members, ...bureau] },
  { account: "officerSefrou", arabic: [...everyone, ...reports, officerReport, ...members], french: mainOf([...everyone, ...reports, officerReport, ...members]) },
  { account: "member", arabic: [...everyone, paper], french: [...mainOf(everyone), assignments, paper] },
];
const signedOut: Visit[] = [
  { name: "sign-in", path: "/login", main: true },
  { name: "forgotten password", path: "/forgot-password", main: true },
];

const phone = { width: 360, height: 740 };
const desktop = { width: 1440, height: 900 };

/** axe's WCAG 2 A and AA rules, run in the page (legacy mode: no second page to merge frames). */
async function axeViolations(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .options({ resultTypes: ["violations"] })
    .setLegacyMode(true)
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((node) => `${label}: axe ${v.id}: ${node.target.join(" ")} — ${node.failureSummary?.split("\n").slice(1, 2).join(" ").trim()}`),
  );
}

/** The checks of a11y-checks.ts, at the viewport the page has: one line per problem. */
async function ownProblems(page: Page, label: string, { overflow }: { overflow: boolean }): Promise<string[]> {
  const found: string[] = [];
  for (const p of await page.evaluate(arabicContrast)) found.push(`${label}: contrast ${p.ratio}:1 < ${p.required}:1 "${p.text}" ${p.color} on ${p.background} (${p.where})`);
  for (const p of await page.evaluate(arabicLabelInName)) found.push(`${label}: label-in-name: visible "${p.visible}" not in name "${p.name}" (${p.where})`);
  if (overflow) {
    const o = await page.evaluate(horizontalOverflow);
    if (o) found.push(`${label}: ${o.scrollWidth - o.clientWidth}px too wide: ${o.widest.join(" | ")}`);
  }
  return found;
}

/** Opens the page (the server drew it whole, the deferred forms included) once its font is in. */
async function open(page: Page, path: string) {
  const answer = await page.goto(path);
  expect(answer?.status(), `${path} opens`).toBe(200);
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Visits the pages in order, on a desktop then on a phone, and gathers the problems of all of
 * them, to be shown together. Our checks run at both widths on every page; axe — the costly
 * one — on the phone for the pages `axe` names, and on the desktop too for the main ones among
 * them: what changes between the two is the frame (the menu, the side navigation), which every
 * main page has.
 */
async function checkPages(page: Page, visits: Visit[], axe: (v: Visit) => boolean): Promise<string[]> {
  const paths = new Map<string, string>();
  const links = new Map<string, string[]>();
  const found: string[] = [];
  const queue = [...visits];
  const retried = new Set<Visit>();
  for (let visit = queue.shift(); visit; visit = queue.shift()) {
    let path = visit.path;
    if (!path) {
      path = [links.get(visit.from!) ?? [], ...links.values()].flat().find((href) => visit.link!.test(href));
      if (!path && !retried.has(visit) && queue.length) {
        retried.add(visit);
        queue.push(visit);
        continue;
      }
      expect(path, `a link to a ${visit.name} on ${[...paths.values()].join(", ")}`).toBeTruthy();
    }
    paths.set(visit.name, path!);
    await page.setViewportSize(desktop);
    await open(page, path!);
    links.set(
      visit.name,
      await page.getByRole("main").getByRole("link").evaluateAll((as) => as.map((a) => new URL(a.getAttribute("href") ?? "", location.href).pathname)),
    );
    if (axe(visit) && visit.main) found.push(...(await axeViolations(page, `${path} @1440`)));
    found.push(...(await ownProblems(page, `${path} @1440`, { overflow: false })));
    await page.setViewportSize(phone);
    if (axe(visit)) found.push(...(await axeViolations(page, `${path} @360`)));
    found.push(...(await ownProblems(page, `${path} @360`, { overflow: true })));
  }
  return found;
}

async function useLanguage(page: Page, locale: "ar" | "fr") {
  await page.context().addCookies([{ name: "locale", value: locale, url: page.url() }]);
}

test.describe.configure({ mode: "parallel" });

for (const { account, arabic, french } of roles) {
  for (const [locale, visits] of [["ar", arabic], ["fr", french]] as const) {
    test(`${account} in ${locale === "ar" ? "Arabic" : "French"}: every page accessible, none too wide on a phone`, async ({ page }) => {
      test.setTimeout(420_000);
      await signInAs(page, account);
      await useLanguage(page, locale);
      // in French axe runs on the main pages and the admin area, our checks on every page
      const axe = (v: Visit) => locale === "ar" || account === "admin" || !!v.main;
      expect(await checkPages(page, visits, axe)).toEqual([]);
    });
  }
}

test("the signed-out pages in both languages", async ({ page }) => {
  await forgetSession(page);
  await page.goto("/login");
  const found: string[] = [];
  for (const locale of ["ar", "fr"] as const) {
    await useLanguage(page, locale);
    found.push(...(await checkPages(page, signedOut, () => true)));
  }
  expect(found).toEqual([]);
});
