import type { AgendaLine } from "@/lib/calendar/programme-queries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { plural } from "@/lib/i18n/format";

/** An agenda: time, item, speaker, one line each. */
export function AgendaLines({ lines, t, locale }: { lines: AgendaLine[]; t: Dictionary["calendar"]["print"]; locale: Locale }) {
  if (lines.length === 0) return null;
  return (
    <table className="mt-2 w-full border-collapse text-sm">
      <caption className="sr-only">{t.agenda}</caption>
      <tbody>
        {lines.map((line) => (
          <tr key={line.position} className="print-keep border-t border-stone-100 first:border-t-0">
            <td className="w-16 py-1 pe-2 align-top tabular-nums text-stone-600">
              <span dir="ltr">{line.startTime ?? ""}</span>
            </td>
            <td className="py-1 align-top">
              {line.title}
              {line.speaker ? <span className="text-stone-600"> — {line.speaker}</span> : null}
            </td>
            <td className="w-20 py-1 ps-2 text-end align-top text-xs whitespace-nowrap text-stone-500">
              {line.durationMinutes ? plural(line.durationMinutes, t.minutes, locale) : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
