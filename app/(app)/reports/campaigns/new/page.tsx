import type { Metadata } from "next";
import { CampaignForm } from "@/components/reports/campaign-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { todayInMorocco } from "@/lib/i18n/format";
import { listRegionChoices, listTemplateCampaigns } from "@/lib/reports/queries";
import { localName } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.reports.campaign.newTitle };
}

export default async function NewCampaignPage() {
  const viewer = await requirePermission("campaign.manage");
  const { locale, t } = await getDictionary();
  const r = t.reports;
  const [regions, earlier] = await Promise.all([listRegionChoices(), listTemplateCampaigns(viewer)]);
  const today = todayInMorocco();
  return (
    <div className="max-w-3xl">
      <PageHeader crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/reports", label: r.title }, { label: r.campaign.newTitle }]} />} title={r.campaign.newTitle} />
      <Card>
        <CampaignForm
          mode="create"
          defaults={{ title: "", purpose: "", level: "provincial", allTerritories: true, opensOn: today, deadline: "", synthesisMeeting: "", synthesisMeetingOn: "", copyFrom: "standard" }}
          regions={regions.map((region) => ({ value: region.id, label: localName(region, locale) }))}
          chosenRegions={[]}
          templates={[
            { value: "standard", label: r.questions.standardTemplate },
            ...earlier.map((campaign) => ({ value: campaign.id, label: fill(r.questions.fromCampaign, { title: campaign.title }) })),
          ]}
          locked={false}
          cancelHref="/reports"
          t={r}
        />
      </Card>
    </div>
  );
}
