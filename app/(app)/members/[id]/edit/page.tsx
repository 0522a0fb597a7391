import type { Metadata } from "next";
import { MemberForm } from "@/components/members/member-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { branchChoices, getMember } from "@/lib/members/queries";
import { memberFormValues } from "@/lib/members/schemas";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.members.editMember };
}

export default async function EditMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("member.manage");
  const { locale, t } = await getDictionary();
  // forbidden() when the member lives outside the viewer's scope, notFound() when there is none
  const member = await getMember(viewer, parseId((await params).id));
  const provinces = await branchChoices(viewer, locale);
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={t.members.breadcrumbs}
            items={[{ href: "/members", label: t.members.title }, { href: `/members/${member.id}`, label: member.fullNameAr }, { label: t.common.edit }]}
          />
        }
        title={t.members.editMember}
        description={member.fullNameAr}
      />
      <Card>
        <MemberForm
          mode="edit"
          defaults={memberFormValues(member)}
          provinces={provinces}
          cancelHref={`/members/${member.id}`}
          labels={t.members.form}
          statusLabels={t.members.status}
          genderLabels={t.members.gender}
        />
      </Card>
    </div>
  );
}
