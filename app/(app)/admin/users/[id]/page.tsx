import type { Metadata } from "next";
import { cache, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { ActivationForm } from "@/components/admin/activation-form";
import { scopeProps } from "@/components/admin/labels";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { RoleForm } from "@/components/admin/role-form";
import { ActiveBadge, RoleBadge, scopeName } from "@/components/admin/user-badges";
import { CreatedNotice } from "@/components/ui/created-notice";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { getUser, scopeOptions } from "@/lib/admin/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { parseId } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// metadata and page share one read per request
const load = cache(async (id: string) => {
  const viewer = await requirePermission("user.manage");
  const user = await getUser(viewer, parseId(id));
  if (!user) notFound();
  return { viewer, user };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { user } = await load((await params).id);
  return { title: user.name };
}

export default async function UserPage({ params, searchParams }: Props) {
  const { viewer, user } = await load((await params).id);
  const { created } = await searchParams;
  const { t, locale } = await getDictionary();
  const scope = scopeProps(await scopeOptions(viewer), t, locale);
  const isSelf = user.id === viewer.id;

  const facts: [string, ReactNode][] = [
    [t.admin.email, <span key="email" dir="ltr">{user.email}</span>],
    [t.admin.role, <RoleBadge key="role" role={user.role} t={t} />],
    [t.admin.scope, scopeName(user, locale, t)],
    [t.admin.status, <ActiveBadge key="active" active={user.active} t={t} />],
    [
      t.admin.linkedMember,
      user.memberId ? (
        <span key="member">
          {nameIn(locale, user.memberNameAr, user.memberNameLatin)}{" "}
          <span className="text-stone-600" dir="ltr">
            ({user.memberNumber})
          </span>
        </span>
      ) : (
        t.admin.noLinkedMember
      ),
    ],
    [t.admin.lastSignIn, user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t.admin.neverSignedIn],
    [t.admin.createdAt, formatDateTime(user.createdAt, locale)],
  ];

  return (
    <>
      <PageHeader
        title={user.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RoleBadge role={user.role} t={t} />
            <ActiveBadge active={user.active} t={t} />
            {user.mustChangePassword ? <Badge tone="amber">{t.admin.mustChangePassword}</Badge> : null}
            {isSelf ? <Badge tone="blue">{t.admin.you}</Badge> : null}
          </span>
        }
        crumbs={<Breadcrumbs label={t.admin.breadcrumbs} items={[{ href: "/admin/users", label: t.admin.usersTitle }, { label: user.name }]} />}
        actions={
          <>
            <ButtonLink href={`/admin/audit?user=${user.id}`} variant="secondary" size="sm">
              {t.admin.activityBy}
            </ButtonLink>
            <ButtonLink href={`/admin/audit?entity=user&entityId=${user.id}`} variant="secondary" size="sm">
              {t.admin.activityOn}
            </ButtonLink>
          </>
        }
      />
      {created ? (
        <CreatedNotice
          message={t.admin.created}
          steps={[
            { href: "/admin/users/new", label: t.created.user.another },
            { href: "/admin/users", label: t.created.user.back },
          ]}
        />
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle>{t.admin.details}</CardTitle>
          <dl className="divide-y divide-stone-100 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-3 sm:gap-3">
                <dt className="text-stone-600">{label}</dt>
                <dd className="min-w-0 break-words font-medium text-stone-900 sm:col-span-2">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          <CardTitle>{t.admin.roleAndScope}</CardTitle>
          <RoleForm
            user={user}
            regions={scope.regions}
            provinces={scope.provinces}
            labels={{ ...scope.labels, role: t.admin.role, roles: t.roles, submit: t.common.save }}
          />
        </Card>
        <Card>
          <CardTitle>{t.admin.resetPassword}</CardTitle>
          <p className="mb-3 text-sm text-stone-700">{t.admin.resetPasswordIntro}</p>
          <ResetPasswordForm
            userId={user.id}
            labels={{ password: t.admin.newTemporaryPassword, hint: t.admin.temporaryPasswordHint, submit: t.admin.resetPassword }}
          />
        </Card>
        {isSelf ? null : (
          <Card>
            <CardTitle>{t.admin.activation}</CardTitle>
            <ActivationForm
              userId={user.id}
              active={user.active}
              labels={
                user.active
                  ? { intro: t.admin.deactivateIntro, submit: t.admin.deactivate }
                  : { intro: t.admin.reactivateIntro, submit: t.admin.reactivate }
              }
            />
          </Card>
        )}
      </div>
    </>
  );
}
