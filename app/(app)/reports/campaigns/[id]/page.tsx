import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/reports/campaign-form";
import { CampaignStatusActions } from "@/components/reports/campaign-status-actions";
import { CopyTemplateForm } from "@/components/reports/copy-template-form";
import { QuestionEditor } from "@/components/reports/question-editor";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { CreatedNotice } from "@/components/ui/created-notice";
import { firstParam } from "@/lib/validation";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, plural, formatList } from "@/lib/i18n/format";
import { getCampaign, listRegionChoices, listTemplateCampaigns } from "@/lib/reports/queries";
import { idOrNull } from "@/lib/params";
import { localName } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.reports.campaign.editTitle };
}

const statusTones = { draft: "neutral", open: "blue", closed: "green" } as const;

/** The Bureau's editor of one campaign: its fields, its questions, and opening or closing it. */
export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string | string[] }> }) {
  const viewer = await requirePermission("campaign.manage");
  const id = idOrNull((await params).id);
  if (!id) notFound();
  const campaign = await getCampaign(viewer, id);
  if (!campaign) notFound();
  const { locale, t } = await getDictionary();
  const r = t.reports;
  const c = r.campaign;
  const [regions, earlier] = await Promise.all([listRegionChoices(), campaign.status === "draft" ? listTemplateCampaigns(viewer, id) : []]);
  const regionName = (region: { nameAr: string; nameFr: string }) => localName(region, locale);
  const territories = campaign.allTerritories ? r.allRegions : formatList(campaign.regions.map(regionName), locale);

  const summary: [string, string][] = [
    [c.summary.level, r.levels[campaign.level]],
    [c.summary.territories, territories],
    [c.summary.opensOn, formatDate(campaign.opensOn, locale)],
    [c.summary.deadline, formatDate(campaign.deadline, locale)],
    ...(campaign.status !== "draft" ? [[c.summary.reports, plural(campaign.reports, c.reportsCount, locale)] as [string, string]] : []),
    ...(campaign.synthesisMeeting
      ? [[c.summary.synthesisMeeting, [campaign.synthesisMeeting, campaign.synthesisMeetingOn ? formatDate(campaign.synthesisMeetingOn, locale) : null].filter(Boolean).join(" — ")] as [string, string]]
      : []),
  ];

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/reports", label: r.title }, { label: campaign.title }]} />}
        title={campaign.title}
        description={<Badge tone={statusTones[campaign.status]}>{r.campaignStatuses[campaign.status]}</Badge>}
        actions={
          campaign.status !== "draft" ? (
            <>
              <ButtonLink href={`/reports/compliance?campaign=${campaign.id}`} variant="secondary">
                {r.landing.compliance}
              </ButtonLink>
              <ButtonLink href={`/reports/${campaign.id}/synthesis`} variant="secondary">
                {r.landing.synthesis}
              </ButtonLink>
            </>
          ) : null
        }
      />
      {campaign.status === "draft" && firstParam((await searchParams).created) === "campaign" ? (
        <CreatedNotice message={t.created.campaign.done} steps={[{ href: "/reports", label: t.created.campaign.back }]} />
      ) : null}

      <Card>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          {summary.map(([label, value]) => (
            <div key={label}>
              <dt className="text-stone-600">{label}</dt>
              <dd className="font-medium text-stone-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>

      {campaign.status !== "closed" ? (
        <Card aria-labelledby="campaign-status">
          <h2 id="campaign-status" className="mb-3 text-lg font-semibold text-stone-900">
            {c.statusTitle}
          </h2>
          <CampaignStatusActions campaignId={campaign.id} status={campaign.status} t={c} />
        </Card>
      ) : null}

      <Card>
        <CardTitle>{r.questions.title}</CardTitle>
        <QuestionEditor campaignId={campaign.id} questions={campaign.questions} editable={campaign.status === "draft"} t={r} />
      </Card>

      {campaign.status === "draft" ? (
        <Card>
          <CardTitle>{r.questions.copyTitle}</CardTitle>
          <CopyTemplateForm
            campaignId={campaign.id}
            sources={[
              { value: "standard", label: r.questions.standardTemplate },
              ...earlier.map((e) => ({ value: String(e.id), label: fill(r.questions.fromCampaign, { title: e.title }) })),
            ]}
            t={r.questions}
          />
        </Card>
      ) : null}

      <Card>
        <CardTitle>{c.details}</CardTitle>
        {campaign.status === "closed" ? (
          <p className="text-sm text-stone-600">{c.closedReadOnly}</p>
        ) : (
          <CampaignForm
            mode="edit"
            defaults={{
              id: String(campaign.id),
              title: campaign.title,
              purpose: campaign.purpose ?? "",
              level: campaign.level,
              allTerritories: campaign.allTerritories,
              opensOn: campaign.opensOn,
              deadline: campaign.deadline,
              synthesisMeeting: campaign.synthesisMeeting ?? "",
              synthesisMeetingOn: campaign.synthesisMeetingOn ?? "",
            }}
            regions={regions.map((region) => ({ value: region.id, label: regionName(region) }))}
            chosenRegions={campaign.regions.map((region) => region.id)}
            templates={[]}
            locked={campaign.status === "open"}
            lockedSummary={`${r.levels[campaign.level]} — ${territories} — ${formatDate(campaign.opensOn, locale)}`}
            cancelHref="/reports"
            t={r}
          />
        )}
      </Card>
    </div>
  );
}
