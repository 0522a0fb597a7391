import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { idleSeconds, maxAgeSeconds } from "@/lib/auth/session";
import { fill, getDictionary } from "@/lib/i18n";
import { plural } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.auth.changePasswordTitle };
}

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPasswordChange: true });
  const { t, locale } = await getDictionary();
  const lifetime = fill(t.auth.sessionLifetime, {
    idle: idleSeconds() % 3600 === 0 ? plural(idleSeconds() / 3600, t.auth.hours, locale) : plural(Math.round(idleSeconds() / 60), t.auth.waitMinutes, locale),
    days: plural(Math.round(maxAgeSeconds() / 86400), t.auth.days, locale),
  });
  return (
    <div className="max-w-lg">
      <PageHeader title={t.auth.changePasswordTitle} />
      {user.mustChangePassword ? (
        <div className="mb-4">
          <Alert tone="info">{t.auth.mustChangePassword}</Alert>
        </div>
      ) : null}
      <Card>
        <ChangePasswordForm
          labels={{
            currentPassword: t.auth.currentPassword,
            newPassword: t.auth.newPassword,
            confirmPassword: t.auth.confirmPassword,
            hint: t.auth.passwordHint,
            submit: t.common.save,
          }}
        />
      </Card>
      <section className="mt-6">
        <Card>
          <CardTitle>{t.auth.sessionsTitle}</CardTitle>
          <p className="mb-2 text-sm text-stone-700">{t.auth.sessionsIntro}</p>
          <p className="mb-3 text-sm text-stone-600">{lifetime}</p>
          <SignOutEverywhereForm labels={{ submit: t.auth.signOutEverywhere }} />
        </Card>
      </section>
      <section className="mt-6">
        <Card>
          <CardTitle>{t.preferences.title}</CardTitle>
          <p className="mb-3 text-sm text-stone-700">{t.preferences.linkHint}</p>
          <Link href="/account/notifications" className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
            {t.preferences.link}
          </Link>
        </Card>
      </section>
    </div>
  );
}
