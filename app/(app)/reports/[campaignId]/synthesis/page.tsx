import { Printer } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FinalizeForm } from "@/components/synthesis/finalize-form";
import { SynthesisDocument } from "@/components/synthesis/synthesis-document";
import { SynthesisEditor } from "@/components/synthesis/synthesis-editor";
import { SynthesisMeta } from "@/components/synthesis/synthesis-meta";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { synthesisPage, synthesisVersionText } from "@/lib/synthesis/queries";
import { firstParam, toId } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.reports.synthesis.title };
}

type Props = { params: Promise<{ campaignId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const positive = (value: string | string[] | undefined) => toId(firstParam(value));

/** التقرير التركيبي: the Bureau compiles the reports of a campaign, section by section, every save kept. */
export default async function SynthesisPage({ params, searchParams }: Props) {
  const viewer = await requirePermission("synthesis.manage");
  const campaignId = positive((await params).campaignId);
  if (!campaignId) notFound();
  const data = await synthesisPage(viewer, campaignId);
  const { locale, t } = await getDictionary();
  const r = t.reports;
  const s = r.synthesis;
  const { campaign, synthesis, versions } = data;

  const asked = positive((await searchParams).version);
  const viewing = asked && asked !== synthesis?.version ? await synthesisVersionText(campaign.id, asked) : null;
  if (asked && asked !== synthesis?.version && !viewing) notFound();
  const final = synthesis?.status === "final";
  const mode = viewing || final ? "read" : "edit";
  const sections = viewing?.sections ?? synthesis?.sections ?? {};
  const here = `/reports/${campaign.id}/synthesis`;

  const document = (
    <SynthesisDocument
      campaignId={campaign.id}
      questions={data.questions}
      figures={data.figures}
      narrative={data.narrative}
      sections={sections}
      mode={mode}
      locale={locale}
      t={s}
    />
  );

  return (
    <>
      <PageHeader
        crumbs={<Breadcrumbs label={r.breadcrumbs} items={[{ href: "/reports", label: r.title }, { label: campaign.title }, { label: s.title }]} />}
        title={s.title}
        description={campaign.title}
        actions={
          <ButtonLink href={`/print/synthesis/${campaign.id}`} variant="secondary">
            <Printer aria-hidden="true" size={18} />
            {s.print}
          </ButtonLink>
        }
      />
      <div className="mb-5 space-y-3">
        <div className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
          <Badge tone={final ? "green" : "amber"}>{s.statuses[synthesis?.status ?? "draft"]}</Badge>
          <span>{synthesis?.version ? fill(s.version, { version: formatNumber(synthesis.version, locale) }) : s.noVersionYet}</span>
        </div>
        <SynthesisMeta campaign={campaign} reports={data.figures.national.reports} locale={locale} t={s} />
        {final && synthesis?.finalizedAt ? <Alert tone="success">{fill(s.finalOn, { date: formatDateTime(synthesis.finalizedAt, locale) })}</Alert> : null}
        {viewing ? (
          <Alert tone="info">
            {fill(s.viewing, { version: formatNumber(asked!, locale), date: formatDateTime(viewing.savedAt, locale) })}{" "}
            <Link href={here} className="font-medium underline underline-offset-4">
              {s.backToCurrent}
            </Link>
          </Alert>
        ) : null}
      </div>

      <div className="space-y-6">
        <div className="min-w-0">
          {mode === "edit" ? (
            <SynthesisEditor campaignId={campaign.id} version={synthesis?.version ?? 0} labels={{ save: s.save, saving: t.common.saving, hint: s.unsaved }}>
              {document}
            </SynthesisEditor>
          ) : (
            document
          )}
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          <Card>
            <CardTitle>{s.versions}</CardTitle>
            {versions.length ? (
              <ol className="space-y-2 text-sm">
                {versions.map((v) => {
                  const line = fill(s.versionLine, { version: formatNumber(v.version, locale), date: formatDateTime(v.savedAt, locale), name: v.savedByName ?? "—" });
                  const current = v.version === (viewing ? asked : synthesis?.version);
                  return (
                    <li key={v.version}>
                      {current ? (
                        <span aria-current="true" className="font-semibold text-stone-900">
                          {line}
                        </span>
                      ) : (
                        <Link
                          href={v.version === synthesis?.version ? here : `${here}?version=${v.version}`}
                          aria-label={fill(s.view, { version: formatNumber(v.version, locale) })}
                          className="text-brand-800 underline underline-offset-4"
                        >
                          {line}
                        </Link>
                      )}
                    </li>
                  );
                })}
              </ol>
            ) : (
              <p className="text-sm text-stone-600">{s.noVersions}</p>
            )}
          </Card>
          {!final && synthesis && synthesis.version > 0 && !viewing ? (
            <Card>
              <CardTitle>{s.finalize}</CardTitle>
              <FinalizeForm
                campaignId={campaign.id}
                version={synthesis.version}
                labels={{ finalize: s.finalize, confirm: s.finalizeConfirm, hint: s.finalizeHint, cancel: t.common.cancel }}
              />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
