import { Paperclip } from "lucide-react";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";
import { Markdown } from "./markdown";

export const attachmentHref = (paperId: number, version: number) => `/api/papers/${paperId}/versions/${version}/attachment`;

/** One version's text and its attached file. */
export function PaperText({
  paperId,
  version,
  t,
  locale,
}: {
  paperId: number;
  version: { version: number; body: string; attachmentName: string | null; attachmentSize: number | null };
  t: Dictionary["papers"];
  locale: Locale;
}) {
  return (
    <div className="space-y-4">
      {version.body.trim() ? <Markdown text={version.body} /> : <p className="text-stone-600">{t.editor.noText}</p>}
      {version.attachmentName ? (
        <p className="flex flex-wrap items-center gap-2 border-t border-stone-100 pt-3 text-sm">
          <Paperclip aria-hidden="true" size={16} />
          <span className="text-stone-600">{t.versions.attachment}:</span>
          <a href={attachmentHref(paperId, version.version)} className="font-medium text-brand-800 underline" download>
            {fill(t.versions.download, { name: version.attachmentName })}
          </a>
          {version.attachmentSize ? <span className="text-stone-500 ltr-nums">({formatNumber(Math.ceil(version.attachmentSize / 1024), locale)} KB)</span> : null}
        </p>
      ) : null}
    </div>
  );
}
