import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/ui/i18n-context";
import { getDictionary } from "@/lib/i18n";
import { dirOf, intlLocale } from "@/lib/i18n/config";
import { getParty, partyName } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  // the locale reads a cookie first, which keeps every page dynamic: nothing touches the database at build time
  const { locale, t } = await getDictionary();
  const party = await getParty();
  const { short } = partyName(party, locale);
  return { title: { default: `${t.common.appName} — ${short}`, template: `%s — ${short}` }, robots: { index: false },
    // public/: the icon and the web manifest (Arabic, right to left) a phone installs the app from
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
    manifest: "/manifest.webmanifest",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#145835" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getDictionary();
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body className="min-h-dvh">
        <I18nProvider
          value={{
            intlLocale: intlLocale(locale),
            errors: t.errors,
            showPassword: t.common.showPassword,
            hidePassword: t.common.hidePassword,
            saving: t.common.saving,
            yes: t.common.yes,
            no: t.common.no,
            conflict: t.common.conflict,
          }}
        >
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
