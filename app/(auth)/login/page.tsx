import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { PartyMark } from "@/components/shell/party-mark";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirect } from "@/lib/auth/schemas";
import { getDictionary } from "@/lib/i18n";
import { getParty, partyName } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.auth.signInTitle };
}

export default async function LoginPage(props: { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; reset?: string }> }) {
  const { callbackUrl, signedOut, reset } = await props.searchParams;
  const redirectTo = safeRedirect(callbackUrl ? new URL(callbackUrl, "http://x").pathname + new URL(callbackUrl, "http://x").search : "/");
  if (await getCurrentUser()) redirect(redirectTo);
  const { locale, t } = await getDictionary();
  const party = await getParty();
  const { name } = partyName(party, locale);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-stone-50 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="mb-3 flex justify-center">
            <PartyMark size="lg" />
          </div>
          <p className="text-sm font-medium text-brand-800">{name}</p>
          <h1 className="mt-1 text-2xl font-bold text-stone-900">{t.auth.signInTitle}</h1>
          <p className="mt-1 text-sm text-stone-600">{t.auth.signInIntro}</p>
        </div>
        {signedOut === "everywhere" ? (
          <div className="mb-4">
            <Alert tone="success">{t.auth.signedOutEverywhere}</Alert>
          </div>
        ) : null}
        {reset === "done" ? (
          <div className="mb-4">
            <Alert tone="success">{t.auth.resetDone}</Alert>
          </div>
        ) : null}
        <div className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
          <LoginForm
            redirectTo={redirectTo}
            labels={{ email: t.auth.email, password: t.auth.password, submit: t.auth.signIn }}
          />
          <p className="mt-4 text-center text-sm">
            <Link href="/forgot-password" className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
              {t.auth.forgotLink}
            </Link>
          </p>
        </div>
        <div className="mt-4 flex justify-center">
          <LanguageSwitch locale={locale} label={t.common.switchLanguage} returnTo="/login" />
        </div>
      </div>
    </main>
  );
}
