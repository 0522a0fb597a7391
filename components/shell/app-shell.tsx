import { ChevronDown, LogOut, Menu, UserRound } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { NotificationBell } from "@/components/notifications/bell";
import type { CurrentUser } from "@/lib/auth/current-user";
import { logout } from "@/lib/auth/actions";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { LanguageSwitch } from "./language-switch";
import { MenuCloser } from "./menu-closer";
import { navItems } from "./nav-items";
import { NavLink } from "./nav-link";
import { PartyMark } from "./party-mark";
import { nameIn } from "@/lib/i18n/names";

/** National for the Bureau and admins, the region or province for an officer, none for a member. */
export function scopeLabel(user: CurrentUser, locale: Locale, t: Dictionary): string | null {
  if (user.role === "member") return null;
  if (user.role !== "officer") return t.common.national;
  const province = nameIn(locale, user.scopeProvinceNameAr, user.scopeProvinceNameFr);
  const region = nameIn(locale, user.scopeRegionNameAr, user.scopeRegionNameFr);
  return province ?? region ?? "—";
}

export function AppShell({
  user,
  t,
  locale,
  party,
  unreadCount = 0,
  children,
}: {
  user: CurrentUser;
  t: Dictionary;
  locale: Locale;
  party: { name: string; short: string };
  /** The bell's number: the user's unread notifications. */
  unreadCount?: number;
  children: ReactNode;
}) {
  const items = navItems(user, t);
  const scope = scopeLabel(user, locale, t);
  return (
    <div className="min-h-dvh">
      <MenuCloser />
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t.common.skipToContent}
      </a>
      <header className="no-print sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-7xl items-center gap-3 px-3 sm:px-6">
          <button
            type="button"
            popoverTarget="main-menu"
            className="flex size-11 items-center justify-center rounded-lg text-stone-700 hover:bg-stone-100 lg:hidden"
            aria-label={t.common.menu}
          >
            <Menu aria-hidden="true" size={22} />
          </button>
          <nav
            id="main-menu"
            popover="auto"
            aria-label={t.nav.mainNav}
            className="fixed start-3 end-auto top-16 bottom-auto m-0 h-fit w-64 rounded-xl border border-stone-200 bg-white p-2 shadow-lg"
          >
            <ul className="space-y-1">
              {items.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <Link href="/" className="flex min-w-0 items-center gap-2">
            <PartyMark />
            <span className="min-w-0">
              <span className="block truncate text-sm font-bold text-brand-900 sm:text-base">{party.name}</span>
              <span className="hidden text-xs text-stone-600 sm:block">{t.common.appName}</span>
            </span>
          </Link>
          <div className="ms-auto flex items-center gap-1">
            <LanguageSwitch locale={locale} label={t.common.switchLanguage} className="hidden sm:block" />
            <NotificationBell count={unreadCount} labels={t.notifications} locale={locale} />
            <button
              type="button"
              popoverTarget="user-menu"
              className="flex h-11 items-center gap-2 rounded-lg px-2 text-sm text-stone-800 hover:bg-stone-100"
              aria-label={fill(t.nav.userMenuOf, { name: user.name })}
            >
                <UserRound aria-hidden="true" size={20} />
                <span className="hidden max-w-40 truncate font-medium sm:inline">{user.name}</span>
                <ChevronDown aria-hidden="true" size={16} />
            </button>
            <div id="user-menu" popover="auto" className="fixed end-3 start-auto top-16 bottom-auto m-0 h-fit w-72 rounded-xl border border-stone-200 bg-white p-3 shadow-lg">
                <p className="font-semibold text-stone-900">{user.name}</p>
                <p className="text-sm text-stone-600" dir="ltr">
                  {user.email}
                </p>
                <dl className="mt-2 space-y-1 text-sm">
                  <div className="flex gap-1">
                    <dt className="text-stone-600">{t.admin.role}:</dt>
                    <dd className="font-medium" data-testid="user-role">
                      {t.roles[user.role]}
                    </dd>
                  </div>
                  {scope ? (
                    <div className="flex gap-1">
                      <dt className="text-stone-600">{t.nav.scope}:</dt>
                      <dd className="font-medium" data-testid="user-scope">
                        {scope}
                      </dd>
                    </div>
                  ) : null}
                </dl>
                <hr className="my-2 border-stone-200" />
                <Link href="/account/password" className="block rounded-lg px-2 py-2 text-sm hover:bg-stone-100">
                  {t.auth.changePasswordTitle}
                </Link>
                <Link href="/account/calendar" className="block rounded-lg px-2 py-2 text-sm hover:bg-stone-100">{t.calendar.subscription.title}</Link>
                <Link href="/account/notifications" className="block rounded-lg px-2 py-2 text-sm hover:bg-stone-100">{t.preferences.link}</Link>
                <LanguageSwitch locale={locale} label={t.common.switchLanguage} className="sm:hidden" />
                <form action={logout}>
                  <button type="submit" className="flex w-full items-center gap-2 rounded-lg px-2 py-2 text-sm font-medium text-accent-600 hover:bg-accent-50">
                    <LogOut aria-hidden="true" size={18} className="rtl:-scale-x-100" />
                    {t.auth.signOut}
                  </button>
                </form>
            </div>
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl gap-6 px-3 py-6 sm:px-6">
        <nav aria-label={t.nav.mainNav} className="no-print hidden w-56 shrink-0 lg:block">
          <ul className="sticky top-20 space-y-1">
            {items.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
