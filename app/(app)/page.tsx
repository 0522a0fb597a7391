import { requireUser } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/dictionary";
import { PageHeader } from "@/components/ui/page-header";

export default async function DashboardPage() {
  const user = await requireUser();
  const { t } = await getDictionary();
  return <PageHeader title={t.dashboard.title} description={fill(t.dashboard.welcome, { name: user.name })} />;
}
