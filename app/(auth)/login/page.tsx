import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
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
  const alerts = [signedOut === "everywhere" ? t.auth.signedOutEverywhere : null, reset === "done" ? t.auth.resetDone : null].filter((m): m is string => m !== null);
  return (
    <AuthShell
      party={name}
      title={t.auth.signInTitle}
      intro={t.auth.signInIntro}
      locale={locale}
      switchLabel={t.common.switchLanguage}
      returnTo="/login"
      before={
        alerts.length ? (
          <div className="space-y-4">
            {alerts.map((message) => (
              <Alert key={message} tone="success">
                {message}
              </Alert>
            ))}
          </div>
        ) : undefined
      }
    >
      <LoginForm redirectTo={redirectTo} labels={{ email: t.auth.email, password: t.auth.password, submit: t.auth.signIn }} />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
          {t.auth.forgotLink}
        </Link>
      </p>
    </AuthShell>
  );
}
