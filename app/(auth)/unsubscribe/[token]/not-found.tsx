import { AuthShell } from "@/components/auth/auth-shell";
import { dictionaryFor } from "@/lib/i18n";
import { getParty, partyName } from "@/lib/settings/queries";

/** A forged or broken unsubscribe link: nothing was changed, in Arabic (whose link it is, no one knows). */
export default async function UnsubscribeLinkInvalid() {
  const t = dictionaryFor("ar");
  const { name } = partyName(await getParty(), "ar");
  return (
    <div lang="ar" dir="rtl">
      <AuthShell
        party={name}
        title={t.preferences.unsubscribe.invalidTitle}
        locale="ar"
        after={
          <a href="/account/notifications" className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
            {t.preferences.unsubscribe.settings}
          </a>
        }
      >
        <p className="text-sm leading-relaxed text-stone-700">{t.preferences.unsubscribe.invalidBody}</p>
      </AuthShell>
    </div>
  );
}
