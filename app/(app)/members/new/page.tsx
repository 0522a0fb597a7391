import type { Metadata } from "next";
import { MemberForm } from "@/components/members/member-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { branchChoices } from "@/lib/members/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.members.newMember };
}

export default async function NewMemberPage() {
  const viewer = await requirePermission("member.manage");
  const { locale, t } = await getDictionary();
  const provinces = await branchChoices(viewer, locale);
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={<Breadcrumbs label={t.members.breadcrumbs} items={[{ href: "/members", label: t.members.title }, { label: t.members.newMember }]} />}
        title={t.members.newMember}
      />
      <Card>
        <MemberForm
          mode="create"
          defaults={{
            fullNameAr: "",
            fullNameLatin: "",
            memberNumber: "",
            phone: "",
            email: "",
            gender: "",
            provinceId: provinces.length === 1 ? String(provinces[0].id) : "",
            branchId: "",
            status: "active",
            joinedOn: "",
          }}
          provinces={provinces}
          cancelHref="/members"
          labels={t.members.form}
          statusLabels={t.members.status}
          genderLabels={t.members.gender}
        />
      </Card>
    </div>
  );
}
