import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintSheet } from "@/components/print/print-sheet";
import { WorkshopAgendaView } from "@/components/print/workshop-agenda";
import { requirePermission } from "@/lib/auth/current-user";
import { workshopHref } from "@/lib/calendar/links";
import { chromiumPath } from "@/lib/pdf/browser";
import { workshopProgramme } from "@/lib/calendar/programme-queries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { getParty, partyName } from "@/lib/settings/queries";
import * as clock from "@/lib/clock";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.calendar.print.workshopAgenda };
}

/** A workshop's agenda on A4. */
export default async function WorkshopPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("session.read");
  const { locale, t } = await getDictionary();
  const id = parseId((await params).id);
  const [programme, party] = await Promise.all([workshopProgramme(viewer, id), getParty()]);
  if (!programme) notFound();
  const p = t.calendar.print;
  const { workshop } = programme;
  return (
    <PrintSheet
      party={partyName(party, locale).name}
      kind={p.workshopAgenda}
      title={`${fill(p.workshopNumber, { number: workshop.number })}: ${workshop.title}`}
      backHref={workshopHref(workshop.sessionId, workshop.id)}
      backLabel={t.common.back}
      pdfHref={chromiumPath() ? `/print/workshops/${id}/pdf` : null}
      labels={{ print: p.print, pdf: p.pdf }}
      footer={fill(p.printedOn, { date: formatDateTime(clock.now(), locale) })}
    >
      <WorkshopAgendaView programme={programme} locale={locale} t={t.calendar} />
    </PrintSheet>
  );
}
