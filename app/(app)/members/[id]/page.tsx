import { Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { DetailList } from "@/components/members/detail-list";
import { MemberOrgans } from "@/components/members/member-organs";
import { MemberStatusBadge } from "@/components/members/status-badge";
import { Alert } from "@/components/ui/alert";
import { CreatedNotice } from "@/components/ui/created-notice";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { getMember } from "@/lib/members/queries";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission("member.read");
  const member = await getMember(viewer, parseId((await params).id));
  return { title: member.fullNameAr };
}

export default async function MemberPage({ params, searchParams }: Props) {
  const viewer = await requirePermission("member.read");
  const { locale, t } = await getDictionary();
  const member = await getMember(viewer, parseId((await params).id));
  const { saved } = await searchParams;
  const m = t.members.card;
  const none = <span className="text-stone-500">{m.notGiven}</span>;

  return (
    <>
      <PageHeader
        crumbs={<Breadcrumbs label={t.members.breadcrumbs} items={[{ href: "/members", label: t.members.title }, { label: member.fullNameAr }]} />}
        title={member.fullNameAr}
        description={member.fullNameLatin ? <span dir="ltr">{member.fullNameLatin}</span> : undefined}
        actions={
          can(viewer, "member.manage") ? (
            <ButtonLink href={`/members/${member.id}/edit`} variant="secondary">
              <Pencil aria-hidden="true" size={18} />
              {t.common.edit}
            </ButtonLink>
          ) : null
        }
      />
      {saved === "created" ? (
        <CreatedNotice
          message={m.created}
          steps={[
            { href: "/members/new", label: t.created.member.another },
            { href: "/members", label: t.created.member.back },
          ]}
        />
      ) : saved === "updated" ? (
        <div className="mb-4">
          <Alert tone="success">{m.updated}</Alert>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle>{m.identity}</CardTitle>
          <DetailList
            items={[
              { label: m.fullNameAr, value: member.fullNameAr },
              { label: m.fullNameLatin, value: member.fullNameLatin ? <span dir="ltr">{member.fullNameLatin}</span> : none },
              { label: m.memberNumber, value: <span dir="ltr" className="tabular-nums">{member.memberNumber}</span> },
              { label: m.gender, value: member.gender ? t.members.gender[member.gender] : none },
            ]}
          />
        </Card>
        <Card>
          <CardTitle>{m.contact}</CardTitle>
          <DetailList
            items={[
              {
                label: m.phone,
                value: member.phone ? (
                  <a href={`tel:${member.phone.replace(/[^+0-9]/g, "")}`} dir="ltr" className="text-brand-800 underline-offset-4 hover:underline">
                    {member.phone}
                  </a>
                ) : (
                  none
                ),
              },
              {
                label: m.email,
                value: member.email ? (
                  <a href={`mailto:${member.email}`} dir="ltr" className="wrap-anywhere text-brand-800 underline-offset-4 hover:underline">
                    {member.email}
                  </a>
                ) : (
                  none
                ),
              },
            ]}
          />
        </Card>
        <Card>
          <CardTitle>{m.membership}</CardTitle>
          <DetailList
            items={[
              {
                label: m.branch,
                value: (
                  <Link href={`/territory/branches/${member.branchId}`} className="text-brand-800 underline-offset-4 hover:underline">
                    {nameIn(locale, member.branchNameAr, member.branchNameFr)}
                  </Link>
                ),
              },
              { label: m.province, value: nameIn(locale, member.provinceNameAr, member.provinceNameFr) },
              { label: m.region, value: nameIn(locale, member.regionNameAr, member.regionNameFr) },
              { label: m.status, value: <MemberStatusBadge status={member.status} labels={t.members.status} /> },
              { label: m.joinedOn, value: member.joinedOn ? formatDate(member.joinedOn, locale) : none },
            ]}
          />
        </Card>
        <Card>
          <CardTitle>{m.organs}</CardTitle>
          <MemberOrgans memberships={member.memberships} locale={locale} t={t.members} />
        </Card>
      </div>
    </>
  );
}
