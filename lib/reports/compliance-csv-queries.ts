import "server-only";
import { dictionaryFor } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { EvaluationCampaign } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { answersFor, complianceBodies, officersCovering } from "./compliance-queries";
import { db } from "@/db";
import { nameIn } from "@/lib/i18n/names";

/** A cell: quoted, and defused when it would start a spreadsheet formula. */
function cell(value: string | number | null | undefined): string {
  let text = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The compliance of a campaign as CSV, one row per body in the viewer's scope: UTF-8 with a byte
 * order mark so that Excel reads the Arabic, CRLF line ends, headers in the viewer's language.
 */
export async function complianceCsv(viewer: Actor, campaign: EvaluationCampaign, locale: Locale, origin = ""): Promise<string> {
  const t = dictionaryFor(locale).reports;
  const h = t.compliance.csvHeaders;
  const rows = await complianceBodies(viewer, campaign);
  const officers = await officersCovering(db, rows);
  const lines = [[h.region, h.province, h.status, h.submittedAt, h.timeliness, h.daysLate, h.acceptedAt, h.officers, h.link].map(cell).join(",")];
  for (const r of rows) {
    const names = officers.filter((o) => answersFor(o, r)).map((o) => `${o.name} <${o.email}>`);
    lines.push(
      [
        nameIn(locale, r.regionNameAr, r.regionNameFr),
        nameIn(locale, r.provinceNameAr, r.provinceNameFr) ?? "",
        t.reportStatuses[r.status],
        r.submittedAt ? formatDateTime(r.submittedAt, locale) : "",
        r.onTime === null ? "" : r.onTime ? t.onTime : t.compliance.late,
        r.daysLate,
        r.acceptedAt ? formatDateTime(r.acceptedAt, locale) : "",
        names.join("; "),
        r.reportId ? `${origin}/reports/${campaign.id}/reports/${r.reportId}` : "",
      ]
        .map(cell)
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
