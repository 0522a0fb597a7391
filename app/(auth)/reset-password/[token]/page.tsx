import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { ResetPasswordForm } from "@/components/auth/reset-password-form-lazy";
import { findLiveReset } from "@/lib/auth/password-reset";
import { fill, getDictionary } from "@/lib/i18n";
import { getParty, partyName } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.auth.resetTitle, referrer: "no-referrer" };
}

/** Opening the link reads only: the token is checked, nothing is written until the form is sent. */
export default async function ResetPasswordPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const link = await findLiveReset(token);
  // an expired, used or forged link: the Arabic page beside this one, answered 404
  if (!link) notFound();
  const { locale, t } = await getDictionary();
  const { name } = partyName(await getParty(), locale);
  return (
    <AuthShell
      party={name}
      title={t.auth.resetTitle}
      intro={fill(t.auth.resetIntro, { email: link.email })}
      locale={locale}
      switchLabel={t.common.switchLanguage}
      returnTo={`/reset-password/${token}`}
    >
      <ResetPasswordForm
        token={token}
        labels={{ newPassword: t.auth.newPassword, confirmPassword: t.auth.confirmPassword, hint: t.auth.passwordHint, submit: t.auth.resetSubmit }}
      />
    </AuthShell>
  );
}
