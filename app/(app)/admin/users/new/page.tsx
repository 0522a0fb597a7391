import type { Metadata } from "next";
import { scopeProps } from "@/components/admin/labels";
import { NewUserForm } from "@/components/admin/new-user-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { scopeOptions } from "@/lib/admin/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.admin.newUser };
}

export default async function NewUserPage() {
  const viewer = await requirePermission("user.manage");
  const { t, locale } = await getDictionary();
  const scope = scopeProps(await scopeOptions(viewer), t, locale);
  return (
    <div className="max-w-2xl">
      <PageHeader
        title={t.admin.newUser}
        description={t.admin.newUserIntro}
        crumbs={<Breadcrumbs label={t.admin.breadcrumbs} items={[{ href: "/admin/users", label: t.admin.usersTitle }, { label: t.admin.newUser }]} />}
      />
      <Card>
        <NewUserForm
          regions={scope.regions}
          provinces={scope.provinces}
          labels={{
            ...scope.labels,
            name: t.admin.name,
            email: t.admin.email,
            role: t.admin.role,
            roles: t.roles,
            memberNumber: t.admin.memberNumber,
            memberNumberHint: t.admin.memberNumberHint,
            temporaryPassword: t.admin.temporaryPassword,
            temporaryPasswordHint: t.admin.temporaryPasswordHint,
            submit: t.admin.create,
          }}
        />
      </Card>
    </div>
  );
}
