import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintSheet } from "@/components/print/print-sheet";
import { SessionProgrammeView } from "@/components/print/session-programme";
import { requirePermission } from "@/lib/auth/current-user";
import { sessionHref } from "@/lib/calendar/links";
import { chromiumPath } from "@/lib/pdf/browser";
import { sessionProgramme } from "@/lib/calendar/programme-queries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { getParty, partyName } from "@/lib/settings/queries";
import * as clock from "@/lib/clock";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.calendar.print.programme };
}

/** A session's programme on A4: to print, or to download as a PDF. */
export default async function SessionPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("session.read");
  const { locale, t } = await getDictionary();
  const id = parseId((await params).id);
  const [programme, party] = await Promise.all([sessionProgramme(viewer, id), getParty()]);
  if (!programme) notFound();
  const p = t.calendar.print;
  return (
    <PrintSheet
      party={partyName(party, locale).name}
      kind={p.programme}
      title={programme.session.title}
      backHref={sessionHref(id)}
      backLabel={t.common.back}
      pdfHref={chromiumPath() ? `/print/sessions/${id}/pdf` : null}
      labels={{ print: p.print, pdf: p.pdf }}
      footer={fill(p.printedOn, { date: formatDateTime(clock.now(), locale) })}
    >
      <SessionProgrammeView programme={programme} locale={locale} t={t.calendar} />
    </PrintSheet>
  );
}
