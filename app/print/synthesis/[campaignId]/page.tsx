import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintSheet } from "@/components/print/print-sheet";
import { SynthesisDocument } from "@/components/synthesis/synthesis-document";
import { SynthesisMeta } from "@/components/synthesis/synthesis-meta";
import { requirePermission } from "@/lib/auth/current-user";
import { chromiumPath } from "@/lib/pdf/browser";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getParty, partyName } from "@/lib/settings/queries";
import { synthesisPage } from "@/lib/synthesis/queries";
import * as clock from "@/lib/clock";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.reports.synthesis.title };
}

/** The synthesis report on A4, as last saved: to print, or to download as a PDF. */
export default async function SynthesisPrintPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const viewer = await requirePermission("synthesis.manage");
  const id = parseId((await params).campaignId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [data, party] = await Promise.all([synthesisPage(viewer, id), getParty()]);
  const { locale, t } = await getDictionary();
  const s = t.reports.synthesis;
  const status = data.synthesis
    ? `${s.statuses[data.synthesis.status]} — ${fill(s.version, { version: formatNumber(data.synthesis.version, locale) })}`
    : s.noVersionYet;
  return (
    <PrintSheet
      party={partyName(party, locale).name}
      kind={`${s.title} — ${status}`}
      title={data.campaign.title}
      backHref={`/reports/${id}/synthesis`}
      backLabel={s.back}
      pdfHref={chromiumPath() ? `/print/synthesis/${id}/pdf` : null}
      labels={{ print: s.printNow, pdf: s.pdf }}
      footer={fill(s.printedOn, { date: formatDateTime(clock.now(), locale) })}
    >
      <div className="mb-6">
        <SynthesisMeta campaign={data.campaign} reports={data.figures.national.reports} locale={locale} t={s} />
      </div>
      <SynthesisDocument
        campaignId={data.campaign.id}
        questions={data.questions}
        figures={data.figures}
        narrative={data.narrative}
        sections={data.synthesis?.sections ?? {}}
        mode="print"
        locale={locale}
        t={s}
      />
    </PrintSheet>
  );
}
