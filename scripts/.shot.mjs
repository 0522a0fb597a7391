import { chromium } from "@playwright/test";
const [,, base, email, password, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run","--disable-quic"] });
for (const width of [1280, 360]) {
  const ctx = await browser.newContext({ viewport: { width, height: width > 400 ? 900 : 780 }, extraHTTPHeaders: { "x-forwarded-for": `10.9.${width % 250}.${Math.floor(Math.random()*250)}` } });
  const page = await ctx.newPage();
  await page.goto(base + "/login");
  await page.screenshot({ path: `/tmp/shots/login-${width}.png`, fullPage: true });
  if (email !== "-") {
    await page.getByLabel(/البريد الإلكتروني|e-mail/i).fill(email);
    await page.getByLabel(/^كلمة المرور|^Mot de passe/).fill(password);
    await page.getByRole("button", { name: /دخول|connecter/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 15000 }).catch(() => {});
  }
  for (const p of paths) {
    await page.goto(base + p);
    await page.waitForLoadState("networkidle");
    const name = p.replace(/[^a-z0-9]+/gi, "_") || "root";
    await page.screenshot({ path: `/tmp/shots/${email.split("@")[0]}${name}-${width}.png`, fullPage: true });
  }
  await ctx.close();
}
await browser.close();
