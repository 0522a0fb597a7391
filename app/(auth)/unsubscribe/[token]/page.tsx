import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { UnsubscribeForm } from "@/components/auth/unsubscribe-form";
import { dictionaryFor, fill } from "@/lib/i18n";
import { dirOf } from "@/lib/i18n/config";
import { findUnsubscribeLink } from "@/lib/notifications/unsubscribe";
import { getParty, partyName } from "@/lib/settings/queries";

export async function generateMetadata(props: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const link = await findUnsubscribeLink((await props.params).token);
  return { title: dictionaryFor(link?.locale ?? "ar").preferences.unsubscribe.title, referrer: "no-referrer" };
}

/**
 * An email's unsubscribe link, signed out and in the recipient's language: opening it reads only;
 * the button posts, and only then are the emails turned off (a mail client's one-click post goes to
 * /api/unsubscribe instead).
 */
export default async function UnsubscribePage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const link = await findUnsubscribeLink(token);
  // a forged or broken link, or a closed account: the Arabic page beside this one, answered 404
  if (!link) notFound();
  const t = dictionaryFor(link.locale);
  const u = t.preferences.unsubscribe;
  const kind = t.preferences.scopes[link.scope];
  const { name } = partyName(await getParty(), link.locale);
  return (
    <div lang={link.locale} dir={dirOf(link.locale)}>
      <AuthShell
        party={name}
        title={u.title}
        locale={link.locale}
        after={
          <a href="/account/notifications" className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
            {u.settings}
          </a>
        }
      >
        {link.off ? (
          <p className="text-sm leading-relaxed text-stone-700">{fill(u.alreadyIntro, { kind })}</p>
        ) : (
          <div className="space-y-4">
            <p className="text-sm leading-relaxed text-stone-700">{fill(u.intro, { kind })}</p>
            <UnsubscribeForm token={token} label={u.button} />
          </div>
        )}
      </AuthShell>
    </div>
  );
}
