import { AuthShell } from "@/components/auth/auth-shell";
import { buttonClass } from "@/components/ui/button";
import { getDictionary } from "@/lib/i18n";
import { getParty, partyName } from "@/lib/settings/queries";

/**
 * An expired, used or forged reset link: what happened, and the way to a new one. Plain links, not
 * next/link: this dead end's client router code would count in the reset page's first load.
 */
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
        <a href="/login" className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
          {t.auth.backToSignIn}
        </a>
      }
    >
      <p className="text-sm leading-relaxed text-stone-700">{t.auth.resetLinkInvalid}</p>
      <a href="/forgot-password" className={buttonClass("primary", "md", "mt-4 w-full")}>
        {t.auth.requestNewLink}
      </a>
    </AuthShell>
  );
}
