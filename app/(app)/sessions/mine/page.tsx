import type { Metadata } from "next";
import { MemberWorkshopList } from "@/components/sessions/member-workshops";
import { Alert, EmptyState } from "@/components/ui/alert";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { workshopsOfMember } from "@/lib/sessions/workshop-queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.mineTitle };
}

export default async function MyWorkshopsPage() {
  const viewer = await requirePermission("session.read");
  const { locale, t } = await getDictionary();
  const s = t.sessions;
  const rows = await workshopsOfMember(viewer);
  return (
    <>
      <PageHeader
        crumbs={<Breadcrumbs label={s.breadcrumbs} items={[{ href: "/sessions", label: s.title }, { label: s.mineTitle }]} />}
        title={s.mineTitle}
        description={s.mineDescription}
      />
      {viewer.memberId === null ? (
        <Alert tone="info">{s.mineNoMember}</Alert>
      ) : rows.length ? (
        <MemberWorkshopList rows={rows} t={s} locale={locale} />
      ) : (
        <EmptyState title={s.mineEmpty} />
      )}
    </>
  );
}
