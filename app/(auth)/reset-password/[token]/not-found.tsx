import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ButtonLink } from "@/components/ui/button";
import { getDictionary } from "@/lib/i18n";
import { getParty, partyName } from "@/lib/settings/queries";

/** An expired, used or forged reset link: what happened, and the way to a new one. */
export default async function ResetLinkInvalid() {
  const { locale, t } = await getDictionary();
  const { name } = partyName(await getParty(), locale);
  return (
    <AuthShell
      party={name}
      title={t.auth.resetLinkInvalidTitle}
      locale={locale}
      switchLabel={t.common.switchLanguage}
      returnTo="/forgot-password"
      after={
        <Link href="/login" className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
          {t.auth.backToSignIn}
        </Link>
      }
    >
      <p className="text-sm leading-relaxed text-stone-700">{t.auth.resetLinkInvalid}</p>
      <ButtonLink href="/forgot-password" className="mt-4 w-full">
        {t.auth.requestNewLink}
      </ButtonLink>
    </AuthShell>
  );
}
