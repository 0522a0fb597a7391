import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { unreadCount } from "@/lib/notifications/queries";
import { getParty, partyName } from "@/lib/settings/queries";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ allowPasswordChange: true });
  const { locale, t } = await getDictionary();
  const party = await getParty();
  const unread = await unreadCount(user);
  return (
    <AppShell user={user} t={t} locale={locale} party={partyName(party, locale)} unreadCount={unread}>
      {children}
    </AppShell>
  );
}
