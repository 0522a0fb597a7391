// Total Blocking Time of two pages on a phone profile: a 360 px screen and the CPU slowed four
// times (Chrome's mobile setting). TBT is the sum, over the main thread's long tasks (over 50 ms),
// of what each took beyond 50 ms, from the navigation until the network has been idle and two
// seconds more: the time a tap would have waited. Not a test: a measure to compare before/after.
//
//   node scripts/tbt.mjs            # against BASE_URL, by default http://localhost:3000 (npm start)
//   RUNS=5 BASE_URL=http://localhost:3340 node scripts/tbt.mjs
//
// It signs in as the demo accounts, so run it on the demo database.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

const base = process.env.BASE_URL || "http://localhost:3000";
const runs = Number(process.env.RUNS || 3);
const executablePath = process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

// each page: who opens it, and how to find it from a list the demo data fills
const pages = [
  { name: "report form", account: ["officer.fes@example.org", "Officer-2026-demo"], from: "/reports", link: /^\/reports\/\d+\/reports\/\d+$/ },
  { name: "workshop page", account: ["bureau@example.org", "Bureau-2026-demo"], from: "/sessions", link: /^\/sessions\/\d+$/, then: /^\/sessions\/\d+\/workshops\/\d+$/ },
];

async function signIn(page, [email, password]) {
  await page.goto(`${base}/login`);
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور", { exact: true }).fill(password);
  await page.getByRole("button", { name: "دخول" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function firstLink(page, from, pattern) {
  await page.goto(`${base}${from}`);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const href = hrefs.find((h) => h && pattern.test(h));
  if (!href) throw new Error(`no link like ${pattern} on ${from}`);
  return href;
}

async function measure(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // before any script of the page: long tasks observed from the start, buffered
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(2000);
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  return { tbt: Math.round(tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)), longTasks: tasks.length };
}

const browser = await chromium.launch({ executablePath, args });
try {
  for (const target of pages) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: "ar-MA" });
    const setup = await context.newPage();
    await signIn(setup, target.account);
    let url = await firstLink(setup, target.from, target.link);
    if (target.then) url = await firstLink(setup, url, target.then);
    await setup.close();
    // one visit first, so the measured ones find the server warm, as a user's second page would
    await measure(context, `${base}${url}`);
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(context, `${base}${url}`));
    const tbts = results.map((r) => r.tbt).sort((a, b) => a - b);
    console.log(`${target.name.padEnd(14)} ${url}: TBT median ${tbts[Math.floor(tbts.length / 2)]} ms (runs ${tbts.join(", ")} ms; long tasks ${results.map((r) => r.longTasks).join(", ")})`);
    await context.close();
  }
} finally {
  await browser.close();
}
