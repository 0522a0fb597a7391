import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.auth.changePasswordTitle };
}

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPasswordChange: true });
  const { t } = await getDictionary();
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
    </div>
  );
}
