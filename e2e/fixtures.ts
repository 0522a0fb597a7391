import { test as base, expect, type Cookie, type Page } from "@playwright/test";

export const accounts = {
  admin: { email: "admin@example.org", password: "Admin-2026-demo" },
  bureau: { email: "bureau@example.org", password: "Bureau-2026-demo" },
  officerFes: { email: "officer.fes@example.org", password: "Officer-2026-demo" },
  officerSouss: { email: "officer.souss@example.org", password: "Officer-2026-demo" },
  officerSefrou: { email: "officer.sefrou@example.org", password: "Officer-2026-demo" },
  member: { email: "member@example.org", password: "Member-2026-demo" },
} as const;
export type AccountName = keyof typeof accounts;

/**
 * The server takes each request's address from its socket and ignores X-Forwarded-For (no
 * TRUSTED_PROXIES in the browser tests): every test comes from this machine, so the sign-in
 * throttle holds an account from this address, not the whole suite (lib/auth/throttle.ts).
 */
export const test = base;

export { expect };

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/login");
  }

  async fill(email: string, password: string) {
    await this.page.getByLabel("البريد الإلكتروني").fill(email);
    await this.page.getByLabel("كلمة المرور", { exact: true }).fill(password);
  }

  async submit() {
    await this.page.getByRole("button", { name: "دخول" }).click();
  }

  async signIn(email: string, password: string) {
    await this.goto();
    await this.fill(email, password);
    await this.submit();
  }
}

/** The form's own message (Next's route announcer is an empty alert too). */
export function formAlert(page: Page) {
  return page.getByRole("alert").filter({ hasText: /\S/ });
}

/**
 * Forgets the browser's session (its cookies), as a closed browser would. The page is left first:
 * a request still in flight from it (a prefetch, a refresh after an action) would be answered with
 * the session cookie renewed by the proxy, after the cookies were cleared, and sign the page back in.
 */
export async function forgetSession(page: Page) {
  await page.goto("about:blank");
  await page.context().clearCookies();
}

const SESSION_COOKIE = /session-token/;

/** The address of the account the browser's session belongs to (Auth.js's session endpoint). */
async function sessionEmail(page: Page): Promise<string | undefined> {
  const answer = await page.request.get("/api/auth/session");
  const session = answer.ok() ? ((await answer.json()) as { user?: { email?: string } } | null) : null;
  return session?.user?.email?.toLowerCase();
}
/** Each account's session cookie, as its last sign-in in this worker left it. */
const sessions = new Map<AccountName, Cookie[]>();

/**
 * Signs in as a demo account and waits for the dashboard. The session this worker last opened for
 * the account is used again while it is alive (the sign-in form itself is tried by auth.spec.ts):
 * a session a test ended (a sign-out, sign out of all devices, a password change) sends the page to
 * the sign-in form, and the account signs in there.
 */
export async function signInAs(page: Page, name: AccountName) {
  const { email, password } = accounts[name];
  const context = page.context();
  // the page is left first: a request still in flight from it would come back with the previous
  // account's renewed cookie, after this one's was set
  await page.goto("about:blank");
  await context.clearCookies({ name: SESSION_COOKIE });
  const saved = sessions.get(name);
  let live = false;
  if (saved) {
    await context.addCookies(saved);
    await page.goto("/");
    live = !new URL(page.url()).pathname.startsWith("/login") && (await sessionEmail(page)) === email;
  }
  if (!live) {
    await context.clearCookies({ name: SESSION_COOKIE });
    await new LoginPage(page).signIn(email, password);
  }
  await expect(page.getByRole("heading", { level: 1, name: "لوحة القيادة" })).toBeVisible();
  // kept only when it is this account's: a late answer may still have brought another's cookie
  if ((await sessionEmail(page)) === email) sessions.set(name, (await context.cookies()).filter((cookie) => SESSION_COOKIE.test(cookie.name)));
  else sessions.delete(name);
}

/** Creates a member's account from the admin's form (the page is the admin's) and waits for its page. */
export async function createAccount(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "مستخدم جديد" }).click();
  await page.getByLabel("الاسم", { exact: true }).fill(account.name);
  await page.getByLabel("البريد الإلكتروني").fill(account.email);
  await page.getByLabel("الدور").selectOption({ label: "عضو" });
  await page.getByLabel("كلمة المرور المؤقتة").fill(account.password);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByRole("heading", { level: 1, name: account.name })).toBeVisible();
}
