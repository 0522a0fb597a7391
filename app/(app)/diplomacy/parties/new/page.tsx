import type { Metadata } from "next";
import { PartyForm } from "@/components/diplomacy/party-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { countryChoices } from "@/lib/diplomacy/countries";
import { getDictionary } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.diplomacy.parties.new };
}

export default async function NewPartyPage() {
  await requirePermission("diplomacy.manage");
  const { locale, t } = await getDictionary();
  const d = t.diplomacy;
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={d.breadcrumbs}
            items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/parties", label: d.parties.title }, { label: d.parties.new }]}
          />
        }
        title={d.parties.new}
      />
      <Card>
        <PartyForm
          mode="create"
          defaults={{ nameAr: "", nameOriginal: "", country: "", orientation: "", relationsSince: "", contacts: "", notes: "" }}
          countries={countryChoices(locale)}
          cancelHref="/diplomacy/parties"
          labels={d.parties.form}
        />
      </Card>
    </div>
  );
}
