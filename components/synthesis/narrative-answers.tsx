import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { plural } from "@/lib/i18n/format";
import type { NarrativeRegion } from "@/lib/synthesis/queries";
import { localName, nameIn } from "@/lib/i18n/names";

/** The bodies' answers to one question, by region, each linked to its source report. */
export function NarrativeAnswers({
  groups,
  campaignId,
  open,
  locale,
  t,
}: {
  groups: NarrativeRegion[];
  campaignId: number;
  /** Open every region (the print view); otherwise each region opens on demand. */
  open: boolean;
  locale: Locale;
  t: Dictionary["reports"]["synthesis"];
}) {
  if (groups.length === 0) return <p className="text-stone-600">{t.noAnswers}</p>;
  return (
    <div className="space-y-2">
      {groups.map((g) => (
        <details key={g.regionId} open={open} className="group rounded-lg border border-stone-200 bg-white print:border-0">
          <summary className="cursor-pointer px-3 py-2 font-medium text-stone-900 print:px-0">
            {localName(g, locale)}{" "}
            <span className="text-sm font-normal text-stone-600">({plural(g.answers.length, t.answersCount, locale)})</span>
          </summary>
          <ul className="space-y-3 px-3 pb-3 print:px-0">
            {g.answers.map((a) => (
              <li key={a.reportId} className="border-s-2 border-stone-200 ps-3">
                <p className="leading-7 whitespace-pre-line text-stone-800">{a.text}</p>
                <Link href={`/reports/${campaignId}/reports/${a.reportId}`} className="text-sm text-brand-800 underline underline-offset-4">
                  {fill(t.sourceOf, { body: nameIn(locale, a.bodyAr, a.bodyFr) })}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
