import type { Metadata } from "next";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { emailDeliveries, noticeFamilies } from "@/lib/notifications/families";
import { viewerPreferences } from "@/lib/notifications/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.preferences.title };
}

export default async function NotificationPreferencesPage() {
  const viewer = await requirePermission("notification.preferences");
  const { t } = await getDictionary();
  const p = t.preferences;
  const { preferences, version } = await viewerPreferences(viewer);
  return (
    <div className="max-w-2xl">
      <PageHeader title={p.title} description={p.description} />
      <Card>
        <NotificationPreferencesForm
          initial={{ ...preferences, version: String(version) }}
          groups={noticeFamilies.map((family) => ({ family, legend: p.families[family], hint: p.familyHints[family] }))}
          deliveries={emailDeliveries.map((value) => ({ value, label: p.deliveries[value] }))}
          submit={p.submit}
        />
      </Card>
      <div className="mt-4 space-y-3">
        <p className="text-sm text-stone-700">{p.digestHint}</p>
        <p className="text-sm text-stone-700">{p.accountAlways}</p>
      </div>
    </div>
  );
}
