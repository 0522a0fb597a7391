import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { PartyMark } from "@/components/shell/party-mark";
import type { Locale } from "@/lib/i18n/config";

/** The frame of the signed-out pages: the party's mark and name, the page's title, a card, the language. */
export function AuthShell({
  party,
  title,
  intro,
  locale,
  switchLabel,
  returnTo,
  before,
  after,
  children,
}: {
  party: string;
  title: string;
  intro?: string;
  locale: Locale;
  /** Without them, no language switch: a page in its reader's language whoever opens it (an email's link). */
  switchLabel?: string;
  returnTo?: string;
  before?: ReactNode;
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-stone-50 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="mb-3 flex justify-center">
            <PartyMark size="lg" />
          </div>
          <p className="text-sm font-medium text-brand-800">{party}</p>
          <h1 className="mt-1 text-2xl font-bold text-stone-900">{title}</h1>
          {intro ? <p className="mt-1 text-sm text-stone-600">{intro}</p> : null}
        </div>
        {before ? <div className="mb-4">{before}</div> : null}
        <div className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">{children}</div>
        {after ? <div className="mt-4 text-center text-sm">{after}</div> : null}
        {switchLabel && returnTo ? (
          <div className="mt-4 flex justify-center">
            <LanguageSwitch locale={locale} label={switchLabel} returnTo={returnTo} />
          </div>
        ) : null}
      </div>
    </main>
  );
}
