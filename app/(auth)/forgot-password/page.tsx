import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { getDictionary } from "@/lib/i18n";
import { getParty, partyName } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.auth.forgotTitle };
}

export default async function ForgotPasswordPage() {
  const { locale, t } = await getDictionary();
  const { name } = partyName(await getParty(), locale);
  return (
    <AuthShell
      party={name}
      title={t.auth.forgotTitle}
      intro={t.auth.forgotIntro}
      locale={locale}
      switchLabel={t.common.switchLanguage}
      returnTo="/forgot-password"
      after={
        <Link href="/login" className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
          {t.auth.backToSignIn}
        </Link>
      }
    >
      <ForgotPasswordForm labels={{ email: t.auth.email, submit: t.auth.forgotSubmit }} />
    </AuthShell>
  );
}
